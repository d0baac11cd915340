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
  private static final Pattern NAME_THEN_ROLE = Pattern.compile(
      NAME + ",\\s+(?:the\\s+|a\\s+|who\\s+is\\s+the\\s+)?(?:UN's\\s+|U\\.N\\.'s\\s+|UN\\s+|U\\.N\\.\\s+"
          + "|United\\s+Nations\\s+|new\\s+)*" + ROLE);
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

  // where each pattern's matches may begin (see StartFilteredMatcher)
  private static final StartFilteredMatcher.Starts ROLE_STARTS =
      StartFilteredMatcher.Starts.of("sihrcpSIHRCP", PersonFinder::roleStart);
  private static final StartFilteredMatcher.Starts NAME_STARTS =
      StartFilteredMatcher.Starts.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", PersonFinder::nameStart);
  private static final StartFilteredMatcher.Starts VERB_STARTS =
      StartFilteredMatcher.Starts.of("clhnad", PersonFinder::verbStart);

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
    CharSequence s = text.subSequence(from, to);
    boolean verb = lower.contains("led by") || lower.contains("headed") || lower.contains("chaired")
        || lower.contains("named") || lower.contains("appointed") || lower.contains("nominated")
        || lower.contains("designated");
    boolean role = lower.contains("rapporteur") || lower.contains("expert") || lower.contains("commissioner")
        || lower.contains("secretary") || lower.contains("chief") || lower.contains("envoy")
        || lower.contains("chair") || lower.contains("president of") || lower.contains("prosecutor");
    for (Pattern p : List.of(ROLE_THEN_NAME, NAME_THEN_ROLE, VERB_THEN_NAME)) {
      if (p == VERB_THEN_NAME ? !verb : !role) {
        continue;
      }
      if (p == NAME_THEN_ROLE && lower.indexOf(',') < 0) {
        continue;
      }
      StartFilteredMatcher search = StartFilteredMatcher.of(p, s,
          p == ROLE_THEN_NAME ? ROLE_STARTS : p == NAME_THEN_ROLE ? NAME_STARTS : VERB_STARTS);
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

  private static boolean isName(String name) {
    String[] words = name.split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (NOT_NAMES.contains(w) || w.endsWith("'s") && NOT_NAMES.contains(w.substring(0, w.length() - 2))) {
        return false;
      }
      if (org.unrights.model.States.byDemonym(w).isPresent()) {
        return false; // "the Occupied Palestinian Territory", "the Syrian Arab Republic": a place
      }
    }
    return true;
  }
}
