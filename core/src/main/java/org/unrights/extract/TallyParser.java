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

  // where each pattern's matches may begin (see StartFilteredMatcher)
  private static final String COUNT_FIRSTS = "0123456789nNzZoOtTfFsSeE";
  /** A count, then "votes", "members"... or "in" ("in favour"). */
  private static final StartFilteredMatcher.Starts COUNT_IN_STARTS =
      StartFilteredMatcher.Starts.of(COUNT_FIRSTS, (x, i) -> countThen(x, i, "vmscdi"));
  /** A count, then "votes", "members"... or "for". */
  private static final StartFilteredMatcher.Starts COUNT_FOR_STARTS =
      StartFilteredMatcher.Starts.of(COUNT_FIRSTS, (x, i) -> countThen(x, i, "vmscdf"));
  /** A count, then "votes", "members"... or "against". */
  private static final StartFilteredMatcher.Starts COUNT_AGAINST_STARTS =
      StartFilteredMatcher.Starts.of(COUNT_FIRSTS, (x, i) -> countThen(x, i, "vmscda"));
  /** A count, then "votes" or "to"; or "vote of". */
  private static final StartFilteredMatcher.Starts COUNT_TO_STARTS =
      StartFilteredMatcher.Starts.of(COUNT_FIRSTS + "vV", (x, i) -> countThen(x, i, "vt")
          || StartFilteredMatcher.startsWithIgnoreCase(x, i, "vote") && StartFilteredMatcher.wordStart(x, i));
  /** A count, then "votes" or "voices". */
  private static final StartFilteredMatcher.Starts COUNT_VOTES_STARTS =
      StartFilteredMatcher.Starts.of(COUNT_FIRSTS, (x, i) -> countThen(x, i, "v"));
  private static final StartFilteredMatcher.Starts VOTED_STARTS = StartFilteredMatcher.Starts.of("vV",
      (x, i) -> StartFilteredMatcher.startsWithIgnoreCase(x, i, "voted"));
  private static final StartFilteredMatcher.Starts DASHED_STARTS =
      StartFilteredMatcher.Starts.of("0123456789", TallyParser::dashedStart);
  private static final StartFilteredMatcher.Starts WITHOUT_STARTS = StartFilteredMatcher.Starts.of("wW",
      (x, i) -> StartFilteredMatcher.startsWithIgnoreCase(x, i, "without") && StartFilteredMatcher.wordStart(x, i));
  private static final StartFilteredMatcher.Starts CONSENSUS_STARTS = StartFilteredMatcher.Starts.of("bBcCuU",
      (x, i) -> StartFilteredMatcher.wordStart(x, i)
          && StartFilteredMatcher.startsWithIgnoreCase(x, i, "by", "consensus", "unanimous"));

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
    List<VoteMention> out = mayHoldVote(text, from, to) ? findPatterns(text, lowerSentence, from, to)
        : new ArrayList<>();
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
    CharSequence s = text.subSequence(from, to);
    String lower = lowerSentence != null ? lowerSentence : s.toString().toLowerCase(Locale.ROOT);
    boolean favour = lower.contains("favo");
    boolean against = favour && lower.contains("against"); // both patterns with it need the word
    boolean digits = hasDigit(lower);
    // each pattern runs only when the words it needs occur; a match can begin only where its start test allows
    if (against) {
      StartFilteredMatcher f = StartFilteredMatcher.of(FAVOUR_AGAINST, s, COUNT_IN_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), count(m.group(4)),
            m.group(3) == null ? List.of() : splitNames(m.group(3)));
      }
      f = StartFilteredMatcher.of(AGAINST_FAVOUR, s, COUNT_AGAINST_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(2)), count(m.group(1)), count(m.group(3)), List.of());
      }
    }
    if (favour && lower.contains("opposed")) {
      findFavourOpposed(out, s, from);
    }
    if (lower.contains("affirmative") && lower.contains("negative")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(AFFIRMATIVE_NEGATIVE, s, COUNT_AGAINST_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(3)),
            m.group(2) != null ? count(m.group(2)) : count(m.group(5)),
            m.group(4) == null ? List.of() : splitNames(m.group(4)));
      }
    }
    if (digits && lower.contains(" for") && lower.contains("against")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(FOR_AGAINST, s, COUNT_FOR_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), count(m.group(4)),
            m.group(3) == null ? List.of() : splitNames(m.group(3)));
      }
    }
    if (digits && lower.contains(", ") && lower.contains(" against")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(VOTES_COMMA_AGAINST, s, COUNT_VOTES_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), count(m.group(3)), List.of());
      }
    }
    if (favour && lower.contains("abst")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(FAVOUR_ABSTAIN, s, COUNT_IN_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), 0, count(m.group(2)), List.of());
      }
    }
    if (digits && lower.contains("voted ")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(VOTED_TO, s, VOTED_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        add(out, from, m, count(m.group(1)), count(m.group(2)), m.group(3) == null ? 0 : count(m.group(3)),
            List.of());
      }
    }
    // counts in words ("by fifteen votes to four") hold no digit, but say "votes to" or "vote of"
    if ((digits || lower.contains("votes to") || lower.contains("vote of")) && lower.contains(" to ")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(VOTES_TO, s, COUNT_TO_STARTS);
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
      StartFilteredMatcher f = StartFilteredMatcher.of(DASHED, s, DASHED_STARTS);
      while (f.find()) {
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
      StartFilteredMatcher f = StartFilteredMatcher.of(WITHOUT_VOTE, s, WITHOUT_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        addMode(out, from + m.start(), from + m.end(), VoteMention.Mode.WITHOUT_VOTE);
      }
    }
    if (lower.contains("unanim") || lower.contains("consensus") || lower.contains("acclamation")) {
      StartFilteredMatcher f = StartFilteredMatcher.of(CONSENSUS, s, CONSENSUS_STARTS);
      while (f.find()) {
        Matcher m = f.matcher();
        addMode(out, from + m.start(), from + m.end(), VoteMention.Mode.CONSENSUS);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }


  /** "32 in favour and 12 opposed, with 6 abstaining" (see {@link #FAVOUR_OPPOSED}). */
  private static void findFavourOpposed(List<VoteMention> out, CharSequence s, int from) {
    StartFilteredMatcher f = StartFilteredMatcher.of(FAVOUR_OPPOSED, s, COUNT_IN_STARTS);
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
   * Where a pattern that opens with {@code \b} and a count ({@link #N}) may match: at a word
   * start, a digit or a whole word of {@link #COUNT_WORDS} (its ASCII letters end where the word
   * does, as the count's look-ahead wants no letter after it).
   */
  private static boolean countStart(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c >= '0' && c <= '9') {
      return StartFilteredMatcher.wordStart(s, i);
    }
    int e = i;
    while (e < s.length() && e - i <= 8 && ((s.charAt(e) | 0x20) >= 'a' && (s.charAt(e) | 0x20) <= 'z')) {
      e++;
    }
    if (e - i < 2 || e - i > 8 || !StartFilteredMatcher.wordStart(s, i)) {
      return false;
    }
    for (String w : COUNT_WORDS) {
      if (w.length() == e - i && StartFilteredMatcher.startsWithIgnoreCase(s, i, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a pattern that opens with {@code \b}, a count and white space may match: a count (see
   * {@link #countStart}) of at most three digits or a count word, then white space, then a word
   * whose first letter, in lower case, is one of {@code nextFirsts}.
   */
  private static boolean countThen(CharSequence s, int i, String nextFirsts) {
    if (!countStart(s, i)) {
      return false;
    }
    int e = i;
    boolean digit = s.charAt(i) >= '0' && s.charAt(i) <= '9';
    while (e < s.length() && (digit ? s.charAt(e) >= '0' && s.charAt(e) <= '9'
        : (s.charAt(e) | 0x20) >= 'a' && (s.charAt(e) | 0x20) <= 'z')) {
      e++;
    }
    if (digit && e - i > 3 || e >= s.length() || !StartFilteredMatcher.space(s.charAt(e))) {
      return false; // \d{1,3} or the count word must be followed by white space
    }
    while (e < s.length() && StartFilteredMatcher.space(s.charAt(e))) {
      e++;
    }
    if (e >= s.length()) {
      return false;
    }
    char next = s.charAt(e);
    return next < 128 && nextFirsts.indexOf(next >= 'A' && next <= 'Z' ? next + 32 : next) >= 0;
  }


  /** Where {@link #DASHED} may match: a digit not after a digit, slash, period or dash. */
  private static boolean dashedStart(CharSequence s, int i) {
    if (!StartFilteredMatcher.digit(s, i)) {
      return false;
    }
    char b = i == 0 ? ' ' : s.charAt(i - 1);
    return !(b >= '0' && b <= '9' || b == '/' || b == '.' || b == '-');
  }

  /** A cheap test that spares the patterns: a digit, or the stem of "vote", "unanimous", "consensus", "acclamation". */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean mayHoldVote(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      char l = (char) (c | 0x20); // lower case, for ASCII letters
      if ((l == 'v' || l == 'u' || l == 'c' || l == 'a') && c < 128
          && i + 4 < to && (i == from || !letter(text.charAt(i - 1)))) {
        if (AsciiCase.regionMatches(text, i, "vote") || AsciiCase.regionMatches(text, i, "unan")
            || AsciiCase.regionMatches(text, i, "cons") || AsciiCase.regionMatches(text, i, "accl")) {
          return true;
        }
      }
    }
    return false;
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
