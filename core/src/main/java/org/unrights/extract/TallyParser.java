package org.unrights.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unrights.model.Tally;

/**
 * The pipeline stage that reads how a decision was taken: vote tallies in the forms texts use
 * ("by a recorded vote of 116 in favour to 20 against, with 53 abstentions", "111-19-55",
 * "116 votes to 20", "by 30 votes to 6 with 11 abstentions", "13 in favour, 2 against (China,
 * Russian Federation)", "23-12, with 12 abstentions", "by a vote of 22 to 5", "19 for, 7 against
 * and 21 abstaining", "with 19 members voting in favour, 7 against"), and the modes
 * without counts ("without a vote", "by consensus", "unanimously").
 *
 * <p>Patterns are precompiled, use bounded repetition only and run on one sentence at a time, so
 * no input can make them backtrack for long. Counts above 200 are not read as votes (no UN body
 * has more than 193 members voting). This class is stateless and thread-safe.
 */
final class TallyParser {

  /** The words {@link #N} reads as counts, in the pattern's order. */
  private static final List<String> COUNT_WORDS = List.of("no", "none", "zero", "nil", "one", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
      "fourteen", "fifteen");
  private static final String N = "(\\d{1,3}|" + String.join("|", COUNT_WORDS) + ")(?![\\p{L}])";
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty");
  private static final String VOTES = "(?:\\s+(?:votes?|voices|members?|states?|countries|delegations)(?:\\s+voting)?)?";
  private static final String ABST = "(?:abstentions?|abstaining|abstained|abstain)";

  // Each pattern below is searched only from the positions its *_STARTS (after the patterns) allow:
  // a pattern that gains an alternative opening with another word must have its starts widened.
  /** "116 in favour to 20 against, with 53 abstentions", "13 in favour, 2 against (A, B)". */
  private static final Pattern FAVOUR_AGAINST = Pattern.compile(
      "\\b" + N + VOTES + "\\s+in\\s+favou?r(?:\\s+of\\s+(?:it|the\\s+(?:text|resolution|draft)))?"
          + "(?:\\s*\\([^()]{1,300}\\))?" // "4 in favour (China, Egypt, ...) to 9 against": the voters named
          + "\\s*,?\\s*(?:to\\s+|and\\s+|with\\s+|versus\\s+)?" + N + VOTES + "\\s+against"
          + "(?:\\s*\\(([^()]{1,300})\\))?"
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)?" + N + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /** "19 votes for, 7 against and 21 abstentions", "by a vote of 19 for, 7 against, and 21 abstaining". */
  private static final Pattern FOR_AGAINST = Pattern.compile(
      "\\b" + N + VOTES + "\\s+for\\s*,?\\s*(?:to\\s+|and\\s+|with\\s+)?" + N + VOTES + "\\s+against"
          + "(?:\\s*\\(([^()]{1,300})\\))?"
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)?" + N + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /**
   * "11 affirmative votes, two abstentions (A and B), and two negative votes (C and D)", "9
   * affirmative votes to 4 negative votes, with 2 abstentions": the Security Council's wording.
   */
  private static final Pattern AFFIRMATIVE_NEGATIVE = Pattern.compile(
      "\\b" + N + "\\s+affirmative\\s+votes?(?:\\s*\\([^()]{1,300}\\))?\\s*,?\\s*(?:to\\s+|and\\s+|with\\s+)?"
          + "(?:" + N + "\\s+" + ABST + "(?:\\s*\\([^()]{1,300}\\))?\\s*,?\\s*(?:and\\s+|with\\s+)?)?"
          + N + "\\s+negative\\s+votes?(?:\\s*\\(([^()]{1,300})\\))?"
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)?" + N + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /** "78 against to 35 in favour, with 59 abstentions". */
  private static final Pattern AGAINST_FAVOUR = Pattern.compile(
      "\\b" + N + VOTES + "\\s+against\\s*,?\\s*(?:to\\s+|and\\s+|with\\s+)?" + N + VOTES
          + "\\s+in\\s+favou?r"
          + "(?:\\s*\\([^()]{1,300}\\))?" // "90 against to 4 in favour (A, B), with 43 abstentions": the voters named
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)?" + N + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /**
   * "32 in favour and 12 opposed, with 6 member States abstaining": "opposed" for "against", and
   * up to three words between the abstentions' count and "abstaining".
   */
  private static final Pattern FAVOUR_OPPOSED = Pattern.compile(
      "\\b" + N + VOTES + "\\s+in\\s+favou?r(?:\\s*\\([^()]{1,300}\\))?"
          + "\\s*,?\\s*(?:to\\s+|and\\s+|with\\s+|versus\\s+)?" + N + VOTES + "\\s+opposed\\b"
          + "(?:\\s*\\(([^()]{1,300})\\))?"
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)?" + N + "(?:\\s+[\\p{L}-]{1,20}){0,3}?\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /** "by 30 votes to 6 with 11 abstentions", "by a vote of 22 to 5, with 20 abstentions". */
  private static final Pattern VOTES_TO = Pattern.compile(
      "\\b(?:vote\\s+of\\s+)?" + N + "(\\s+(?:votes?|voices))?\\s+to\\s+" + N + "(?:\\s+(?:votes?|voices))?(?:\\s+against)?"
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)" + N + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /** "12 votes in favour and 3 abstentions": nobody against. */
  private static final Pattern FAVOUR_ABSTAIN = Pattern.compile(
      "\\b" + N + VOTES + "\\s+in\\s+favou?r\\s*,?\\s*(?:and|with)\\s+" + N + VOTES + "\\s+" + ABST,
      Pattern.CASE_INSENSITIVE);

  /** "voted 93 to 24 to suspend ..., with 58 countries abstaining". */
  private static final Pattern VOTED_TO = Pattern.compile(
      "\\bvoted\\s+" + N + "\\s+to\\s+" + N + "\\b(?:[^.;]{0,80}?\\bwith\\s+" + N + VOTES + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /** "111-19-55", "23-12, with 12 abstentions", "13-2". */
  private static final Pattern DASHED = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,3})\\s?-\\s?(\\d{1,3})(?:\\s?-\\s?(\\d{1,3}))?(?![\\d/-])"
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)" + N + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  /** "by 19 votes, with 16 against and 12 abstentions", "22 votes, 6 against and 19 abstentions". */
  private static final Pattern VOTES_COMMA_AGAINST = Pattern.compile(
      "\\b" + N + "\\s+(?:votes|voices)\\s*,\\s*(?:with\\s+)?" + N + "\\s+against"
          + "(?:\\s*,?\\s*(?:and\\s+|with\\s+)?" + N + "\\s+" + ABST + ")?",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern VOTE_WORD = Pattern.compile(
      "\\b(?:vot(?:e|es|ed|ing)|passed|adopted|approved|rejected|tally|margin|ballot)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern WITHOUT_VOTE = Pattern.compile(
      "\\bwithout\\s+(?:a\\s+)?(?:vote|voting|a\\s+recorded\\s+vote)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONSENSUS = Pattern.compile(
      "\\b(?:by\\s+consensus|by\\s+acclamation|consensus\\s+(?:resolution|text|decision)"
          + "|unanimously|unanimous(?:\\s+vote)?)\\b",
      Pattern.CASE_INSENSITIVE);

  // where each pattern's matches may begin: the patterns that open with a count (N), VOTES_TO and
  // DASHED at the starts CountStarts lists; the others where these StartFilteredMatcher.Starts allow
  private static final StartFilteredMatcher.Starts VOTED_STARTS = StartFilteredMatcher.Starts.of("vV",
      (x, i) -> StartFilteredMatcher.startsWithIgnoreCase(x, i, "voted"));
  private static final StartFilteredMatcher.Starts WITHOUT_STARTS = StartFilteredMatcher.Starts.words("without");
  private static final StartFilteredMatcher.Starts CONSENSUS_STARTS =
      StartFilteredMatcher.Starts.words("by", "consensus", "unanimous");

  private TallyParser() {}

  /**
   * Finds the vote statements in one sentence.
   *
   * @param text  the normalised text, not null
   * @param from  the sentence's start
   * @param to  the sentence's end
   * @return the statements in text order, possibly empty, not null
   */
  static List<VoteMention> find(String text, int from, int to) {
    return find(text, null, from, to);
  }

  /**
   * Finds the vote statements in one sentence whose lower-case text the caller has already made.
   *
   * @param text  the normalised text, not null
   * @param lowerSentence  the sentence lower-cased character by character, or null to make it here
   * @param from  the sentence's start
   * @param to  the sentence's end
   * @return the statements in text order, possibly empty, not null
   */
  static List<VoteMention> find(String text, String lowerSentence, int from, int to) {
    boolean mayHold = lowerSentence != null
        ? hasDigit(lowerSentence) || mayHoldVoteWord(text, lowerSentence, from, to) : mayHoldVote(text, from, to);
    List<VoteMention> out = mayHold ? findPatterns(text, lowerSentence, from, to) : new ArrayList<>();
    addClauseTally(out, text, lowerSentence, from, to);
    if (!out.isEmpty() && (lowerSentence != null ? lowerSentence.contains("average of ")
        : AsciiCase.indexOf(text, "average of ", from, to) >= 0)) {
      // "an average of 21 votes in favour, six against and 20 abstentions": counts of many votes, the tally of none
      out.removeIf(v -> AsciiCase.indexOf(text, "average of", Math.max(0, v.start() - 12), v.start()) >= 0);
    }
    return out;
  }

  private static List<VoteMention> findPatterns(String text, String lowerSentence, int from, int to) {
    List<VoteMention> out = new ArrayList<>();
    String lower = lowerSentence != null ? lowerSentence : text.substring(from, to).toLowerCase(Locale.ROOT);
    boolean favour = lower.contains("favo");
    boolean against = lower.contains("against"); // "against" is rarer than " for" and ", ": looked up first, once
    boolean digits = hasDigit(lower);
    // each pattern runs only when the words it needs occur, and is tried only at the starts listed
    // for it (the starts are looked for, and the sentence copied, only when some pattern runs)
    CountStarts starts = new CountStarts(text, lowerSentence, from, to);
    if (favour && against) { // both patterns with it need the words
      StartFilteredMatcher f = starts.search(FAVOUR_AGAINST, CountStarts.IN | CountStarts.VOTES);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), count(m.group(4)),
            m.group(3) == null ? List.of() : splitNames(m.group(3)));
      }
      f = starts.search(AGAINST_FAVOUR, CountStarts.AGAINST | CountStarts.VOTES);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(2)), count(m.group(1)), count(m.group(3)), List.of());
      }
    }
    if (favour && lower.contains("opposed")) {
      findFavourOpposed(out, starts, from);
    }
    if (lower.contains("affirmative") && lower.contains("negative")) {
      StartFilteredMatcher f = starts.search(AFFIRMATIVE_NEGATIVE, CountStarts.AFFIRMATIVE);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(3)),
            m.group(2) != null ? count(m.group(2)) : count(m.group(5)),
            m.group(4) == null ? List.of() : splitNames(m.group(4)));
      }
    }
    if (digits && against && lower.contains(" for")) {
      StartFilteredMatcher f = starts.search(FOR_AGAINST, CountStarts.FOR | CountStarts.VOTES);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), count(m.group(4)),
            m.group(3) == null ? List.of() : splitNames(m.group(3)));
      }
    }
    if (digits && against && lower.contains(" against") && lower.contains(", ")) {
      StartFilteredMatcher f = starts.search(VOTES_COMMA_AGAINST, CountStarts.VOTE);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), count(m.group(3)), List.of());
      }
    }
    if (favour && lower.contains("abst")) {
      StartFilteredMatcher f = starts.search(FAVOUR_ABSTAIN, CountStarts.IN | CountStarts.VOTES);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), 0, count(m.group(2)), List.of());
      }
    }
    if (digits && lower.contains("voted ")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(VOTED_TO, starts.sentence(), VOTED_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), m.group(3) == null ? 0 : count(m.group(3)),
            List.of());
      }
    }
    // counts in words ("by fifteen votes to four") hold no digit, but say "votes to" or "vote of"
    if ((digits || lower.contains("votes to") || lower.contains("vote of")) && lower.contains(" to ")) {
      StartFilteredMatcher f = starts.search(VOTES_TO, CountStarts.VOTE | CountStarts.TO | CountStarts.VOTE_OF);
      while (f.find()) {
        Matcher m = f.matcher();
        boolean strong = m.group(2) != null || m.group(0).toLowerCase(Locale.ROOT).startsWith("vote")
            || m.group(4) != null;
        if (strong) {
          add(out, from, m, count(m.group(1)), count(m.group(3)), count(m.group(4)), List.of());
        }
      }
    }
    if (digits && lower.indexOf('-') >= 0) {
      StartFilteredMatcher f = starts.search(DASHED, CountStarts.DASH);
      while (f.find()) {
        CharSequence s = starts.sentence();
        Matcher m = f.matcher();
        boolean three = m.group(3) != null;
        boolean withAbstentions = m.group(4) != null;
        if (!(three || withAbstentions) && !twoNumberVote(s, m)) {
          continue;
        }
        int windowStart = Math.max(0, m.start() - 80);
        if (!VOTE_WORD.matcher(s.subSequence(windowStart, Math.min(s.length(), m.end() + 40))).find()
            && !withAbstentions) {
          continue;
        }
        int abstain = three ? count(m.group(3)) : count(m.group(4));
        add(out, from, m, count(m.group(1)), count(m.group(2)), abstain, List.of());
      }
    }
    if (lower.contains("without")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(WITHOUT_VOTE, starts.sentence(), WITHOUT_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        addMode(out, from + m.start(), from + m.end(), VoteMention.Mode.WITHOUT_VOTE);
      }
    }
    if (lower.contains("unanim") || lower.contains("consensus") || lower.contains("acclamation")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(CONSENSUS, starts.sentence(), CONSENSUS_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        addMode(out, from + m.start(), from + m.end(), VoteMention.Mode.CONSENSUS);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }


  /** "32 in favour and 12 opposed, with 6 abstaining" (see {@link #FAVOUR_OPPOSED}). */
  private static void findFavourOpposed(List<VoteMention> out, CountStarts starts, int from) {
    StartFilteredMatcher f = starts.search(FAVOUR_OPPOSED, CountStarts.IN | CountStarts.VOTES);
    while (f.find()) {
      Matcher m = f.matcher();
      add(out, from, m, count(m.group(1)), count(m.group(2)), count(m.group(4)),
          m.group(3) == null ? List.of() : splitNames(m.group(3)));
    }
  }

  /**
   * Whether two dashed numbers without abstentions ("passed 143-5", "a 19-17 vote", "by a vote of
   * 28-14") are a vote: a vote noun just after them, or a vote word (a verb of voting, "vote of",
   * "margin of") before them in the same clause while what follows them is not a noun they count
   * ("10-15 people", "pages 12-14 of", "aged 12-17 were").
   */
  private static boolean twoNumberVote(CharSequence s, Matcher m) {
    if (VOTE_NOUN_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
      return true;
    }
    if (!AFTER_TWO_NUMBERS.matcher(s).region(m.end(), s.length()).lookingAt()) {
      return false;
    }
    int from = Math.max(0, m.start() - 70);
    for (int i = m.start() - 1; i > from; i--) {
      char c = s.charAt(i);
      if (c == ';' || c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        from = i;
        break;
      }
    }
    return VOTE_BEFORE.matcher(s.subSequence(from, m.start())).find();
  }

  private static final Pattern VOTE_NOUN_AFTER = Pattern.compile(
      "\\s+(?:(?:recorded|roll-call|procedural)\\s+)?(?:votes?|margin|tally|ballot|decision|majority)\\b",
      Pattern.CASE_INSENSITIVE);
  /** What may follow a tally: the end, punctuation, or a word that starts a new phrase. */
  private static final Pattern AFTER_TWO_NUMBERS = Pattern.compile(
      "\\s*(?:$|[,;.:)]|(?:on|in|at|with|and|after|before|when|while|as|last|this|today|yesterday|late|early|a|an|the"
          + "|votes?|margin)\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VOTE_BEFORE = Pattern.compile(
      "\\b(?:vot(?:e|es|ed|ing)|passed|adopted|approved|rejected|defeated|endorsed|tally|margin|ballot)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Where the patterns that open with a count ({@link #N}), {@link #VOTES_TO} and {@link #DASHED}
   * may begin in one sentence. Each pattern used to test every word of the sentence for a count,
   * the most part of the parser's time; now the words a count must be followed by ("in", "votes",
   * "to"...) are looked up in the lower-case sentence ({@link String#indexOf(String, int)}, far
   * faster than reading the sentence a character at a time), and each is checked for a count
   * before it.
   *
   * <p>A count start is a count at a word start (a run of one to three digits, or an ASCII word of
   * {@link #COUNT_WORDS}, with no ASCII letter, digit or underscore before it; another character
   * before it is left to the pattern's {@code \b}), then white space, then a word; its kinds say
   * which words of the patterns that next word may begin ({@link #IN} for "in favour",
   * {@link #VOTES} for "votes", "members"..., and so on). A pattern is tried only at the starts of
   * the kinds it can go on with, which every match of it has (see the masks where {@link #search}
   * is called): a pattern that gains an alternative opening or another word after its count must
   * have its kinds widened. Per call and not thread-safe.
   */
  private static final class CountStarts {
    /** A count, then "in" and white space ("in favour"). */
    static final int IN = 1;
    /** A count, then a word that begins with "for". */
    static final int FOR = 1 << 1;
    /** A count, then "against". */
    static final int AGAINST = 1 << 2;
    /** A count, then "to" and white space. */
    static final int TO = 1 << 3;
    /** A count, then "vote..." or "voices". */
    static final int VOTE = 1 << 4;
    /** A count, then a word of {@link #VOTES}: "vote...", "voices", "member...", "state...", "countries", "delegations". */
    static final int VOTES = 1 << 5;
    /** A count, then "affirmative". */
    static final int AFFIRMATIVE = 1 << 6;
    /** Not a count: "vote", white space and "of" at a word start, where {@link #VOTES_TO} may begin. */
    static final int VOTE_OF = 1 << 7;
    /**
     * Not (only) a count: where {@link #DASHED} may begin, a run of one to three digits, not after
     * a slash, period or dash, then a dash (one white-space character on either side allowed) and a digit.
     */
    static final int DASH = 1 << 8;

    /** The words that follow a count, the kinds of {@link #nextWord}, looked up by their index. */
    private static final String[] NEXT_WORDS = {"in", "for", "against", "to", "vote", "voices", "member", "state",
        "countries", "delegations", "affirmative"};
    /** For each kind of count start, by its bit, the indexes in {@link #NEXT_WORDS} of the words that begin it. */
    private static final int[] NEXT_WORDS_OF_KIND = {1, 1 << 1, 1 << 2, 1 << 3, 1 << 4 | 1 << 5, 0x3f << 4, 1 << 10};

    /** The counts with the first letters of {@link #COUNT_WORDS}, by that letter. */
    private static final String[][] COUNT_WORDS_BY_FIRST = new String[26][];

    static {
      for (char c = 'a'; c <= 'z'; c++) {
        List<String> words = new ArrayList<>();
        for (String w : COUNT_WORDS) {
          if (w.charAt(0) == c) {
            words.add(w);
          }
        }
        COUNT_WORDS_BY_FIRST[c - 'a'] = words.toArray(new String[0]);
      }
    }

    private final String text;
    /** The sentence lower-cased character by character, made here when the caller has none. */
    private String lower;
    private final int from;
    private final int to;
    /** The sentence, copied when a pattern first runs on it. */
    private CharSequence sentence;
    /** The indexes in {@link #NEXT_WORDS} of the words looked up so far. */
    private int looked;
    private boolean lookedVoteOf;
    private boolean lookedDash;
    /** The starts found so far (offsets in the sentence), ascending, and the kinds of each. */
    private int[] at = new int[8];
    private int[] kinds = new int[8];
    private int size;

    /**
     * Prepares the starts of one sentence.
     *
     * @param text  the text
     * @param lower  the sentence lower-cased character by character (each character at the same
     *     offset), or null to make it when a word is first looked up
     * @param from  the sentence's start
     * @param to  the sentence's end
     */
    CountStarts(String text, String lower, int from, int to) {
      this.text = text;
      this.lower = lower;
      this.from = from;
      this.to = to;
    }

    /**
     * Returns the sentence, the input of every pattern.
     *
     * @return {@code text.subSequence(from, to)}, not null
     */
    CharSequence sentence() {
      if (sentence == null) {
        sentence = text.subSequence(from, to);
      }
      return sentence;
    }

    /**
     * Creates the search of a pattern over the sentence from the starts of some kinds.
     *
     * @param pattern  the pattern, not null
     * @param mask  the kinds of start every match of the pattern begins at
     * @return the search, not null
     */
    StartFilteredMatcher search(Pattern pattern, int mask) {
      int words = 0;
      for (int k = 0; k < NEXT_WORDS_OF_KIND.length; k++) {
        if ((mask & 1 << k) != 0) {
          words |= NEXT_WORDS_OF_KIND[k];
        }
      }
      for (int w = 0; w < NEXT_WORDS.length; w++) {
        if ((words & ~looked & 1 << w) != 0) {
          for (int j = next(NEXT_WORDS[w], from); j >= 0; j = next(NEXT_WORDS[w], j + 1)) {
            addCountBefore(j);
          }
        }
      }
      looked |= words;
      if ((mask & VOTE_OF) != 0 && !lookedVoteOf) {
        for (int j = next("vote", from); j >= 0; j = next("vote", j + 1)) {
          addVoteOf(j);
        }
        lookedVoteOf = true;
      }
      if ((mask & DASH) != 0 && !lookedDash) {
        for (int d = next("-", from); d >= 0; d = next("-", d + 1)) {
          addDash(d);
        }
        lookedDash = true;
      }
      int[] picked = new int[size];
      int n = 0;
      for (int k = 0; k < size; k++) {
        if ((kinds[k] & mask) != 0) {
          picked[n++] = at[k];
        }
      }
      // with no start, the search ends at once and neither copies the sentence nor makes a matcher
      return StartFilteredMatcher.at(pattern, n == 0 ? "" : sentence(), picked, n);
    }

    /**
     * The next offset at or after {@code k} where a lower-case ASCII word may be, ignoring case:
     * every place it is, and perhaps others (the caller checks).
     */
    private int next(String word, int k) {
      if (lower == null) {
        lower = AsciiCase.lowerCase(text, from, to);
      }
      return AsciiCase.indexOf(text, lower, from, to, word, k);
    }

    /** Adds the count start, if any, whose count and white space come just before {@code j}. */
    private void addCountBefore(int j) {
      if (j <= from || !StartFilteredMatcher.space(text.charAt(j - 1))) {
        return;
      }
      int e = j - 1;
      while (e > from && StartFilteredMatcher.space(text.charAt(e - 1))) {
        e--;
      }
      if (e == from) {
        return;
      }
      int i = e - 1;
      char c = text.charAt(i);
      if (digit(c)) {
        while (i > from && digit(text.charAt(i - 1))) {
          i--;
        }
        if (e - i > 3) {
          return; // \d{1,3}
        }
      } else if (asciiLetter(c)) {
        while (i > from && asciiLetter(text.charAt(i - 1))) {
          i--;
        }
        if (!countWord(i, e)) {
          return;
        }
      } else {
        return;
      }
      if (i > from && asciiWordChar(text.charAt(i - 1))) {
        return; // no \b before the count
      }
      int k = nextWord(e);
      if (k != 0) {
        add(i, k);
      }
    }

    /** Adds a VOTE_OF start at {@code j} if there is one. */
    private void addVoteOf(int j) {
      if ((j == from || !asciiWordChar(text.charAt(j - 1))) && at(j, "vote") && j + 4 < to
          && StartFilteredMatcher.space(text.charAt(j + 4))) {
        int k = skipSpace(j + 4);
        if (at(k, "of") && k + 2 < to && StartFilteredMatcher.space(text.charAt(k + 2))) {
          add(j, VOTE_OF);
        }
      }
    }

    /** Adds the DASH start, if any, whose dash is at {@code d}. */
    private void addDash(int d) {
      int e = d > from && StartFilteredMatcher.space(text.charAt(d - 1)) ? d - 1 : d;
      if (e <= from || !digit(text.charAt(e - 1))) {
        return;
      }
      int i = e - 1;
      while (i > from && digit(text.charAt(i - 1))) {
        i--;
      }
      char before = i == from ? ' ' : text.charAt(i - 1);
      if (e - i <= 3 && before != '/' && before != '.' && before != '-' && dashAfter(e)) {
        add(i, DASH);
      }
    }

    /** Adds a start, or the kinds to the start already at that offset, keeping the starts in order. */
    private void add(int i, int k) {
      int o = i - from;
      int p = size;
      while (p > 0 && at[p - 1] > o) {
        p--;
      }
      if (p > 0 && at[p - 1] == o) {
        kinds[p - 1] |= k;
        return;
      }
      if (size == at.length) {
        at = Arrays.copyOf(at, 2 * size);
        kinds = Arrays.copyOf(kinds, 2 * size);
      }
      System.arraycopy(at, p, at, p + 1, size - p);
      System.arraycopy(kinds, p, kinds, p + 1, size - p);
      at[p] = o;
      kinds[p] = k;
      size++;
    }

    /** Whether the ASCII letters from {@code i} to {@code e} are a word of {@link #COUNT_WORDS}, in any case. */
    private boolean countWord(int i, int e) {
      int n = e - i;
      if (n < 2 || n > 8) {
        return false;
      }
      for (String w : COUNT_WORDS_BY_FIRST[(text.charAt(i) | 0x20) - 'a']) {
        if (w.length() == n && at(i, w)) {
          return true;
        }
      }
      return false;
    }

    /** The kinds of the word after the white space at {@code e} (see the constants). */
    private int nextWord(int e) {
      int j = skipSpace(e);
      if (j >= to) {
        return 0;
      }
      switch (text.charAt(j) | 0x20) {
        case 'i':
          return at(j, "in") && j + 2 < to && StartFilteredMatcher.space(text.charAt(j + 2)) ? IN : 0;
        case 'f':
          return at(j, "for") ? FOR : 0;
        case 'a':
          return at(j, "against") ? AGAINST : at(j, "affirmative") ? AFFIRMATIVE : 0;
        case 't':
          return at(j, "to") && j + 2 < to && StartFilteredMatcher.space(text.charAt(j + 2)) ? TO : 0;
        case 'v':
          return at(j, "vote") || at(j, "voices") ? VOTE | VOTES : 0;
        case 'm':
          return at(j, "member") ? VOTES : 0;
        case 's':
          return at(j, "state") ? VOTES : 0;
        case 'c':
          return at(j, "countries") ? VOTES : 0;
        case 'd':
          return at(j, "delegations") ? VOTES : 0;
        default:
          return 0;
      }
    }

    /** Whether a dash and a digit follow the digits that end at {@code e}, as in {@link #DASHED}. */
    private boolean dashAfter(int e) {
      int k = e;
      if (k < to && StartFilteredMatcher.space(text.charAt(k))) {
        k++;
      }
      if (k >= to || text.charAt(k) != '-') {
        return false;
      }
      k++;
      if (k < to && StartFilteredMatcher.space(text.charAt(k))) {
        k++;
      }
      return k < to && digit(text.charAt(k));
    }

    private int skipSpace(int k) {
      while (k < to && StartFilteredMatcher.space(text.charAt(k))) {
        k++;
      }
      return k;
    }

    /** Whether a lower-case ASCII word is at {@code i}, within the sentence, ignoring ASCII case as the patterns do. */
    private boolean at(int i, String word) {
      int n = word.length();
      if (i + n > to) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        char c = text.charAt(i + k);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if (c != word.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private static boolean digit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean asciiLetter(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A character that makes {@code \b} fail before a word character: an ASCII letter, digit or underscore. */
    private static boolean asciiWordChar(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
  }

  /** Whether a string holds an ASCII digit. */
  private static boolean hasDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if ((char) (s.charAt(i) - '0') <= 9) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence may hold a vote: a digit, or a word that begins with "vote", "unan", "cons"
   * or "accl" (see {@link #voteWordAt}). Sentences with neither are not read by the patterns,
   * even "two in favour, three against".
   */
  private static boolean mayHoldVote(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || voteWordAt(text, i, from, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #mayHoldVote} finds a word in a sentence, looked up in its lower-case text with
   * {@link String#indexOf(String, int)}, far faster than reading it a character at a time. Where
   * {@link #voteWordAt} holds, the lower-case text has "vote", "unan", "cons" or "accl": these
   * letters are ASCII in the text there ({@link AsciiCase#regionMatches} matches no other
   * character with them, but the long s, which stays itself in lower case, with the "s" of
   * "cons": with a long s in the sentence, "con" is looked up instead).
   *
   * @param lower  the sentence lower-cased character by character
   */
  private static boolean mayHoldVoteWord(String text, String lower, int from, int to) {
    String[] stems = lower.indexOf('\u017f') < 0 ? VOTE_WORD_STEMS : VOTE_WORD_STEMS_LONG_S;
    for (String w : stems) {
      for (int k = lower.indexOf(w); k >= 0; k = lower.indexOf(w, k + 1)) {
        if (voteWordAt(text, from + k, from, to)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] VOTE_WORD_STEMS = {"vote", "unan", "cons", "accl"};
  private static final String[] VOTE_WORD_STEMS_LONG_S = {"vote", "unan", "con", "accl"};

  /**
   * Whether a word that begins with "vote", "unan", "cons" or "accl" (in any case) is at {@code i}
   * of the sentence, with a character after those four.
   */
  private static boolean voteWordAt(String text, int i, int from, int to) {
    char c = text.charAt(i);
    char l = (char) (c | 0x20); // lower case, for ASCII letters
    return (l == 'v' || l == 'u' || l == 'c' || l == 'a') && c < 128
        && i + 4 < to && (i == from || !letter(text.charAt(i - 1)))
        && (AsciiCase.regionMatches(text, i, "vote") || AsciiCase.regionMatches(text, i, "unan")
        || AsciiCase.regionMatches(text, i, "cons") || AsciiCase.regionMatches(text, i, "accl"));
  }

  /** {@link Character#isLetter(char)}, with a fast path for ASCII. */
  private static boolean letter(char c) {
    if (c < 128) {
      char l = (char) (c | 0x20);
      return l >= 'a' && l <= 'z';
    }
    return Character.isLetter(c);
  }

  private static void add(List<VoteMention> out, int offset, Matcher m, int yes, int no, int abstain,
      List<String> against) {
    if (yes < 0 || no < 0 || abstain < 0 || yes > 200 || no > 200 || abstain > 200) {
      return;
    }
    int start = offset + m.start();
    int end = offset + m.end();
    for (VoteMention v : out) {
      if (v.start() < end && start < v.end()) {
        return; // an earlier, more specific pattern already read this span
      }
    }
    out.add(new VoteMention(start, end, VoteMention.Mode.RECORDED_VOTE,
        Optional.of(Tally.of(yes, no, abstain)), against));
  }

  private static void addMode(List<VoteMention> out, int start, int end, VoteMention.Mode mode) {
    for (VoteMention v : out) {
      if (v.start() < end && start < v.end()) {
        return;
      }
    }
    out.add(new VoteMention(start, end, mode, Optional.empty(), List.of()));
  }

  private static final String CLAUSE_N = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
  private static final String CLAUSE_WHO = "(?:\\s+(?:countries|states|member\\s+states|members|delegations|nations))?"
      + "(?:\\s+of\\s+the\\s+[^,;]{1,30}?)?";
  /**
   * "23 countries supported it, two rejected, 22 abstained", "Nine countries voted for the text,
   * five -- including A and B -- opposed it and one abstained": a tally told as three clauses.
   */
  private static final Pattern CLAUSE_TALLY = Pattern.compile(
      "\\b" + CLAUSE_N + CLAUSE_WHO + "\\s+(?:voted\\s+(?:for|in\\s+favou?r)|supported|backed)\\b[^;]{0,60}?,\\s*"
          + CLAUSE_N + CLAUSE_WHO + "\\s*(?:--?[^;]{1,80}?--?\\s*)?(?:voted\\s+against|opposed|rejected)\\b[^;.,]{0,30}?"
          + "(?:,\\s*|\\s+and\\s+|,\\s*and\\s+)" + CLAUSE_N + CLAUSE_WHO + "\\s+abstained\\b");
  /**
   * Adds, first, a tally told as three clauses when the patterns read no tally in the sentence.
   */
  private static void addClauseTally(List<VoteMention> out, String text, String lowerSentence, int from, int to) {
    for (VoteMention v : out) {
      if (v.tally().isPresent()) {
        return;
      }
    }
    String lower = lowerSentence != null ? lowerSentence : text.substring(from, to).toLowerCase(Locale.ROOT);
    if (!lower.contains(" abstained")) {
      return;
    }
    Matcher m = CLAUSE_TALLY.matcher(lower);
    if (!m.find()) {
      return;
    }
    int yes = clauseCount(m.group(1));
    int no = clauseCount(m.group(2));
    int abstain = clauseCount(m.group(3));
    if (yes < 0 || no < 0 || abstain < 0) {
      return;
    }
    out.add(0, new VoteMention(from + m.start(), from + m.end(), VoteMention.Mode.RECORDED_VOTE,
        Optional.of(Tally.of(yes, no, abstain)), List.of(), true));
  }

  private static int clauseCount(String w) {
    if (Character.isDigit(w.charAt(0))) {
      int n = Integer.parseInt(w);
      return n <= 200 ? n : -1;
    }
    return numberWord(w);
  }

  /**
   * The number a lower-case word names, "zero" to "twenty", or -1.
   *
   * @param lowerWord  the word, lower-cased
   * @return its value, or -1 when it is no number word
   */
  static int numberWord(String lowerWord) {
    return NUMBER_WORDS.indexOf(lowerWord);
  }

  /** Reads a count; an absent group (no abstentions stated) counts 0. */
  private static int count(String group) {
    if (group == null) {
      return 0;
    }
    String g = group.toLowerCase(Locale.ROOT);
    if (g.equals("no") || g.equals("none") || g.equals("zero") || g.equals("nil")) {
      return 0;
    }
    int word = numberWord(g);
    if (word >= 0) {
      return word; // "by 11 votes to none, with four abstentions"
    }
    try {
      return Integer.parseInt(g);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<String> splitNames(String list) {
    List<String> names = new ArrayList<>();
    for (String part : Arrays.asList(list.split(",|\\band\\b"))) {
      String name = part.strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
