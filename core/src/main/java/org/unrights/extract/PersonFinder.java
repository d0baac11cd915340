package org.unrights.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pipeline stage that finds person names next to a role: "Special Rapporteur X Y", "the
 * Special Rapporteur on ..., X Y", "X Y, the UN special rapporteur", "chaired by X Y", "named X
 * Y", "U.N. human rights chief X Y".
 *
 * <p>A name is two to four capitalised words (initials and particles such as "de" or "van"
 * allowed); names that contain institutional words ("Council", "Republic"), place words
 * ("Occupied", "Territory") or a demonym ("Palestinian") are not persons.
 * This class is stateless and thread-safe.
 */
final class PersonFinder {

  /**
   * A person found next to a role.
   *
   * @param start  the offset of the name's first character
   * @param end  the offset just past the name
   * @param name  the name as written
   */
  record Found(int start, int end, String name) {}

  private static final String WORD = "\\p{Lu}[\\p{L}'\\-]+";
  private static final String NAME = "(" + WORD
      + "(?:\\s(?:\\p{Lu}\\.|" + WORD + "|(?:de|da|del|van|von|bin|ibn|dos|di|al|le|la)(?=\\s\\p{Lu}))){1,3})";
  private static final String ROLE = "(?i:special\\s+rapporteur|independent\\s+expert"
      + "|high\\s+commissioner(?:\\s+for\\s+human\\s+rights)?|secretary-general|secretary\\s+general"
      + "|human\\s+rights\\s+chief|rights\\s+chief|special\\s+envoy|chair(?:man|woman|person)?"
      + "|president\\s+of\\s+the\\s+(?:human\\s+rights\\s+)?council|prosecutor)";

  // Each pattern below is searched only from the positions its *_STARTS (below) allow:
  // a pattern that gains an alternative opening with another word must have its starts widened.
  private static final Pattern ROLE_THEN_NAME = Pattern.compile(
      ROLE + "(?:\\s+(?:on|for|of)\\s+[^,;()\"]{1,120})?,?\\s+" + NAME);
  /** What follows the name in {@link #NAME_THEN_ROLE}: a comma, then the role. */
  private static final Pattern ROLE_AFTER_NAME = Pattern.compile(
      ",\\s+(?:the\\s+|a\\s+|who\\s+is\\s+the\\s+)?(?:UN's\\s+|U\\.N\\.'s\\s+|UN\\s+|U\\.N\\.\\s+"
          + "|United\\s+Nations\\s+|new\\s+)*" + ROLE);
  private static final Pattern NAME_THEN_ROLE = Pattern.compile(NAME + ROLE_AFTER_NAME.pattern());
  private static final Pattern VERB_THEN_NAME = Pattern.compile(
      "\\b(?:chaired|led|headed|named|appointed|nominated|designated)\\s+(?:by\\s+)?" + NAME);

  private static final Set<String> NOT_NAMES = Set.of("The", "In", "On", "At", "A", "An", "This",
      "That", "His", "Her", "Its", "UN", "United", "Human", "Special", "Security", "General",
      "Council", "Committee", "Assembly", "Republic", "Nations", "Rights", "Commission", "Court",
      "Office", "Government", "Ministry", "State", "States", "Union", "Kingdom", "Federation",
      "Democratic", "Islamic", "People's", "International", "Working", "Group", "Geneva", "New",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "President",
      "Minister", "Ambassador", "Mr", "Ms", "Mrs", "Dr", "January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December",
      "Occupied", "Territory", "Territories", "Region", "Province", "Mission", "Inquiry", "Experts",
      "Expert", "Mechanism", "Panel", "Resolution");

  // where each pattern's matches may begin: ROLE_THEN_NAME where roleStart holds, NAME_THEN_ROLE
  // where nameStart does, VERB_THEN_NAME where verbStart does (see StartFilteredMatcher); the
  // offsets to test are found from the words in the lower-case sentence (see the *Starts methods)
  /** The first words of the roles in {@link #ROLE}: every match of {@link #ROLE_THEN_NAME} begins with one. */
  private static final String[] ROLE_FIRST_WORDS = {"special", "secretary", "independent", "high", "human",
      "rights", "chair", "president", "prosecutor"};
  /** The naming verbs of {@link #VERB_THEN_NAME}: every match of it begins with one. */
  private static final String[] VERBS = {"chaired", "led", "headed", "named", "appointed", "nominated",
      "designated"};

  private PersonFinder() {}

  /**
   * Finds the persons named next to a role in one sentence.
   *
   * @param text  the normalised text, not null
   * @param from  the sentence's start
   * @param to  the sentence's end
   * @return the persons in text order, not null
   */
  static List<Found> find(String text, int from, int to) {
    return find(text, null, from, to);
  }

  /**
   * Finds the persons named next to a role in one sentence whose lower-case text the caller has
   * already made.
   *
   * @param text  the normalised text, not null
   * @param lowerSentence  the sentence lower-cased character by character, or null to make it here
   * @param from  the sentence's start
   * @param to  the sentence's end
   * @return the persons in text order, not null
   */
  static List<Found> find(String text, String lowerSentence, int from, int to) {
    List<Found> out = new ArrayList<>();
    String lower = lowerSentence != null ? lowerSentence
        : text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    if (!mayHoldRole(lower)) {
      return out;
    }
    String s = text.substring(from, to);
    boolean verb = lower.contains("led by") || lower.contains("headed") || lower.contains("chaired")
        || lower.contains("named") || lower.contains("appointed") || lower.contains("nominated")
        || lower.contains("designated");
    boolean role = lower.contains("rapporteur") || lower.contains("expert") || lower.contains("commissioner")
        || lower.contains("secretary") || lower.contains("chief") || lower.contains("envoy")
        || lower.contains("chair") || lower.contains("president of") || lower.contains("prosecutor");
    // the words the patterns begin at are looked up in a lower-case sentence with each character at its offset
    String lookup = lowerSentence != null || !(role || verb) ? lowerSentence : AsciiCase.lowerCase(text, from, to);
    int[] roles = role ? roleStarts(s, lookup) : null;
    for (Pattern p : List.of(ROLE_THEN_NAME, NAME_THEN_ROLE, VERB_THEN_NAME)) {
      if (p == VERB_THEN_NAME ? !verb : !role) {
        continue;
      }
      if (p == NAME_THEN_ROLE && lower.indexOf(',') < 0) {
        continue;
      }
      int[] starts = p == ROLE_THEN_NAME ? roles : p == NAME_THEN_ROLE ? nameStarts(s, roles)
          : verbStarts(s, lookup);
      if (starts.length == 0) {
        continue;
      }
      StartFilteredMatcher search = StartFilteredMatcher.at(p, s, starts, starts.length);
      while (search.find()) {
        Matcher m = search.matcher();
        int start = from + m.start(1);
        int end = from + m.end(1);
        String name = trim(text.substring(start, end));
        if (isName(name)) {
          boolean overlaps = false;
          for (Found f : out) {
            overlaps |= f.start() < end && start < f.end();
          }
          if (!overlaps) {
            out.add(new Found(start, start + name.length(), name));
          }
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * The offsets where {@link #ROLE_THEN_NAME} may begin: those of the roles' first words in the
   * lower-case sentence (or in the sentence, without it) where {@link #roleStart} holds.
   *
   * @param s  the sentence
   * @param lowerSentence  the sentence lower-cased character by character, or null
   * @return the offsets, ascending
   */
  private static int[] roleStarts(String s, String lowerSentence) {
    return StartFilteredMatcher.startsOf(s, lowerSentence, ROLE_FIRST_WORDS, PersonFinder::roleStart);
  }

  /**
   * The offsets where {@link #VERB_THEN_NAME} may begin: those of the naming verbs in the
   * lower-case sentence (or in the sentence, without it) where the verb is in lower case, as the
   * pattern wants, and {@link #verbStart} holds.
   *
   * @param s  the sentence
   * @param lowerSentence  the sentence lower-cased character by character, or null
   * @return the offsets, ascending
   */
  private static int[] verbStarts(String s, String lowerSentence) {
    return StartFilteredMatcher.startsOf(s, lowerSentence, VERBS, (x, i) -> {
      char c = x.charAt(i);
      return (c >= 128 || "clhnad".indexOf(c) >= 0) && verbStart(x, i);
    });
  }

  /**
   * The offsets where {@link #NAME_THEN_ROLE} may begin: a match's name ends at the first comma
   * after its start ({@link #nameStart}), and the role must follow that comma
   * ({@link #ROLE_AFTER_NAME}); so the commas are tried first, and only the capitals before a
   * comma the role follows ({@link #roleAfterName}) are tested, back to the first character no
   * name can hold.
   *
   * @param s  the sentence
   * @param roles  the offsets where {@link #roleStart} holds, ascending
   * @return the offsets, ascending
   */
  private static int[] nameStarts(String s, int[] roles) {
    int[] out = new int[0];
    int r = 0;
    for (int c = s.indexOf(','); c >= 0; c = s.indexOf(',', c + 1)) {
      while (r < roles.length && roles[r] <= c) {
        r++;
      }
      if (r == roles.length) {
        break; // no role after this comma, nor after any later one
      }
      if (!roleAfterName(s, c)) {
        continue;
      }
      // back from the comma over what a name may hold: at most three single white-space characters
      int spaces = 0;
      for (int k = c - 1; k >= 0; k--) {
        char d = s.charAt(k);
        if (StartFilteredMatcher.space(d)) {
          if (++spaces > 3 || k + 1 < c && StartFilteredMatcher.space(s.charAt(k + 1))) {
            break;
          }
          continue;
        }
        if (!(d >= 128 || d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d == '\'' || d == '-' || d == '.')) {
          break;
        }
        if ((d >= 128 || d >= 'A' && d <= 'Z') && nameStart(s, k)) {
          out = StartFilteredMatcher.addStart(out, k);
        }
      }
    }
    return out;
  }

  /**
   * Whether {@link #ROLE_AFTER_NAME} may match at a comma: white space, then the words it allows
   * before the role ("the", "U.N.'s", "United Nations"...; here in any case), then a role start
   * ({@link #roleStart}). The pattern has no choice to make before the role (no role begins with
   * one of those words, nor one of them with another followed by white space), so reading them
   * in turn finds where its role must be.
   */
  private static boolean roleAfterName(String s, int comma) {
    int k = skipSpace(s, comma + 1);
    if (k == comma + 1) {
      return false;
    }
    for (String[] prefix : PREFIXES) {
      int e = wordsThenSpace(s, k, prefix);
      if (e > k) {
        k = e;
        break;
      }
    }
    for (boolean more = true; more; ) {
      more = false;
      for (String[] word : QUALIFIERS) {
        int e = wordsThenSpace(s, k, word);
        if (e > k) {
          k = e;
          more = true;
          break;
        }
      }
    }
    return k < s.length() && roleStart(s, k);
  }

  /** The optional words after the comma of {@link #ROLE_AFTER_NAME}, each a sequence of words. */
  private static final String[][] PREFIXES = {{"the"}, {"a"}, {"who", "is", "the"}};
  /** The repeated words after them in {@link #ROLE_AFTER_NAME}. */
  private static final String[][] QUALIFIERS = {{"un's"}, {"u.n.'s"}, {"un"}, {"u.n."}, {"united", "nations"},
      {"new"}};

  /**
   * The offset after words, each followed by white space, at {@code k}, ignoring ASCII case; or
   * {@code k} when they are not there.
   */
  private static int wordsThenSpace(String s, int k, String[] words) {
    int i = k;
    for (String w : words) {
      if (!StartFilteredMatcher.startsWithIgnoreCase(s, i, w)) {
        return k;
      }
      int e = skipSpace(s, i + w.length());
      if (e == i + w.length()) {
        return k;
      }
      i = e;
    }
    return i;
  }

  private static int skipSpace(String s, int k) {
    while (k < s.length() && StartFilteredMatcher.space(s.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Where {@link #ROLE_THEN_NAME} may match: the words of a role, in any case. */
  private static boolean roleStart(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c >= 'A' && c <= 'Z') {
      c = (char) (c + 32);
    }
    // the words of each role in ROLE, as far as they are fixed
    switch (c) {
      case 's':
        return StartFilteredMatcher.words(s, i, "special", "rapporteur")
            || StartFilteredMatcher.words(s, i, "special", "envoy")
            || StartFilteredMatcher.startsWithIgnoreCase(s, i, "secretary");
      case 'i':
        return StartFilteredMatcher.words(s, i, "independent", "expert");
      case 'h':
        return StartFilteredMatcher.words(s, i, "high", "commissioner")
            || StartFilteredMatcher.words(s, i, "human", "rights", "chief");
      case 'r':
        return StartFilteredMatcher.words(s, i, "rights", "chief");
      case 'c':
        return StartFilteredMatcher.startsWithIgnoreCase(s, i, "chair");
      case 'p':
        return StartFilteredMatcher.startsWithIgnoreCase(s, i, "president", "prosecutor");
      default:
        return false;
    }
  }

  /**
   * Where {@link #NAME_THEN_ROLE} may match: a capital letter (or a surrogate pair, left to the
   * pattern) that opens two to four words, each one white-space character apart, followed by a
   * comma. Only letters, apostrophes, hyphens, periods and those spaces can come before the comma,
   * so the test reads on until the first other character and wants a comma there.
   */
  private static boolean nameStart(CharSequence s, int i) {
    char c = s.charAt(i);
    if (!(Character.isUpperCase(c) || Character.isHighSurrogate(c))) {
      return false;
    }
    int spaces = 0;
    boolean lastSpace = false;
    for (int k = i + 1; k < s.length(); k++) {
      char d = s.charAt(k);
      if (d == ' ' || d == '\t' || d == '\n' || d == '\u000B' || d == '\f' || d == '\r') {
        if (lastSpace || ++spaces > 3) {
          return false; // a name's words are one space apart, and there are at most four
        }
        lastSpace = true;
        continue;
      }
      lastSpace = false;
      if (d >= 128 || d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d == '\'' || d == '-' || d == '.') {
        continue; // may be part of a name (any non-ASCII character is left to the pattern)
      }
      return d == ',' && spaces > 0;
    }
    return false;
  }

  /** Where {@link #VERB_THEN_NAME} may match: a naming verb at a word start. */
  private static boolean verbStart(CharSequence s, int i) {
    return StartFilteredMatcher.wordStart(s, i) && StartFilteredMatcher.startsWithIgnoreCase(s, i,
        "chaired", "led", "headed", "named", "appointed", "nominated", "designated");
  }

  private static final String[] ROLE_STEMS = {"rapporteur", "expert", "commissioner", "secretary",
      "chief", "envoy", "chair", "president", "prosecutor", "led ", "headed", "named", "appointed",
      "nominated", "designated"};

  /** A cheap test of the lower-cased sentence that spares the patterns: some role word or naming verb must occur. */
  private static boolean mayHoldRole(String lower) {
    for (String stem : ROLE_STEMS) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static String trim(String name) {
    String n = name.strip();
    while (n.endsWith("'s") || n.endsWith("-")) {
      n = n.substring(0, n.length() - (n.endsWith("'s") ? 2 : 1));
    }
    return n;
  }

  /**
   * The words of a name: {@code name.split("\\s+")} without the regular expression, which cost
   * more than the rest of {@link #isName}. As that split, it keeps an empty word before white space
   * at the start, drops empty words at the end and gives the name itself when it holds no white space.
   */
  private static String[] words(String name) {
    List<String> out = new ArrayList<>(4);
    int start = 0;
    int i = 0;
    int n = name.length();
    while (i < n) {
      if (StartFilteredMatcher.space(name.charAt(i))) {
        out.add(name.substring(start, i));
        while (i < n && StartFilteredMatcher.space(name.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    if (out.isEmpty()) {
      return new String[] {name};
    }
    out.add(name.substring(start));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) {
      size--;
    }
    return out.subList(0, size).toArray(new String[0]);
  }

  private static boolean isName(String name) {
    String[] words = words(name);
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (NOT_NAMES.contains(w) || w.endsWith("'s") && NOT_NAMES.contains(w.substring(0, w.length() - 2))) {
        return false;
      }
    }
    for (String w : words) { // after the cheap test of every word: a demonym is looked up in normalised names
      if (org.unrights.model.States.byDemonym(w).isPresent()) {
        return false; // "the Occupied Palestinian Territory", "the Syrian Arab Republic": a place
      }
    }
    return true;
  }
}
