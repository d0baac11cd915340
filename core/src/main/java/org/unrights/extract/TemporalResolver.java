package org.unrights.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unrights.model.InvalidValueException;
import org.unrights.model.PartialDate;

/**
 * The pipeline stage that finds temporal expressions and normalises them against the document's
 * publication date and the dates before them.
 *
 * <p>Read forms: "18 Dec. 2014", "18 December 2014", "October 30, 2014", "December 18th",
 * "on 15 November", "March 2014", "in March", "last March", "2014", "today", "this afternoon",
 * "yesterday", "on Thursday", "last month", "last year", "earlier this year", "next year", and
 * "its 25th session" (left as a session number for the caller to date by body). A day and month
 * without a year take the year of the last dated expression before them in the document, else the
 * publication year (the year before, when that would put the day after publication). Relative
 * expressions need the publication date; without it they are left out, never guessed.
 *
 * <p>Instances keep the document's running context (the last year seen), so use one per
 * document, feeding sentences in text order. Not thread-safe; cheap to create.
 */
final class TemporalResolver {

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
  static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
  static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
  static final Pattern DAY_MONTH =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?![\\p{L}])");
  static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?![:.]\\d)");
  static final Pattern LAST_MONTH_NAME =
      Pattern.compile("\\b(?i:last|this\\s+past)\\s+" + MONTH + "(?![\\p{L}])");
  static final Pattern MONTH_RELATIVE_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(?i:(last|this)\\s+year)\\b");
  static final Pattern IN_MONTH = Pattern.compile(
      "\\b(?i:in|since|by|during|until|from|early|late|mid-|on|this|that|next|before|after)\\s+"
          + MONTH + "(?![\\p{L}])");
  /** A year standing alone; {@link #yearAlone} reads it by hand (the tests hold them to the same answers). */
  static final Pattern YEAR_ALONE =
      Pattern.compile("(?<![\\d/.-])(?<!\\d \\()(?<!\\d\\()" + YEAR + "(?![\\d/]|-\\d)");
  static final Pattern WEEKDAY_PATTERN = Pattern.compile("\\b" + WEEKDAY + "\\b");
  static final Pattern RELATIVE = Pattern.compile(
      "\\b(?i:(today|this\\s+(?:morning|afternoon|evening|week)|tonight|yesterday"
          + "|last\\s+month|earlier\\s+this\\s+month|this\\s+month"
          + "|last\\s+year|earlier\\s+this\\s+year|this\\s+year|next\\s+year|next\\s+month))\\b");
  private static final Pattern SESSION = Pattern.compile(
      "\\b(\\d{1,3})(?:st|nd|rd|th)\\s+(?:regular\\s+)?session\\b", Pattern.CASE_INSENSITIVE);

  /** Where {@link #SESSION} may match: a digit at a word start (widen it if SESSION changes how it opens). */
  private static final StartFilteredMatcher.Starts SESSION_STARTS =
      StartFilteredMatcher.Starts.of("0123456789", StartFilteredMatcher::wordStart);

  private final Optional<LocalDate> published;
  private int contextYear;

  /** The running year: the last year the text gave that frames what follows, else the publication's (for tests). */
  int contextYear() {
    return contextYear;
  }

  /**
   * Creates a resolver for one document.
   *
   * @param published  the publication date; only a full date frames relative expressions, a
   *     year frames day-month expressions
   */
  TemporalResolver(Optional<PartialDate> published) {
    this.published = published.flatMap(PartialDate::toLocalDate);
    this.contextYear = published.flatMap(d -> d.year().isPresent()
        ? Optional.of(d.year().getAsInt()) : Optional.empty()).orElse(0);
    this.publishedYear = contextYear;
    this.publishedMonth = published.flatMap(d -> d.month().isPresent() && d.day().isEmpty()
        ? Optional.of(d.month().getAsInt()) : Optional.empty()).orElse(0);
  }

  /**
   * A resolver like {@link #TemporalResolver(Optional)} for a text whose characters the caller has
   * already copied into an array: the resolver reads the array and never writes it, so every
   * resolver of a document (and its gazetteer) may share one, and none copies the text again.
   *
   * @param published  the publication date, if known
   * @param text  the normalised text the resolver will be asked about
   * @param textChars  the characters of {@code text}
   */
  TemporalResolver(Optional<PartialDate> published, String text, char[] textChars) {
    this(published);
    if (textChars.length != text.length()) {
      throw new IllegalArgumentException("the characters are not the text's: " + textChars.length
          + " for a text of " + text.length());
    }
    read(text, textChars);
  }

  /** The month of a publication date known only to the month ("2010-12"), else 0. */
  private final int publishedMonth;

  private final int publishedYear;
  /** The year of each day and month the document has already given in full (month * 100 + day). */
  private final java.util.Map<Integer, Integer> fullDays = new java.util.HashMap<>();

  /** The characters of the text last read (array reads skip the checks of {@link String#charAt}). */
  private String charsOf;
  private char[] chars;

  /** The characters of a text; a new text also resets the matchers of {@link #matcher} onto it. */
  private char[] chars(String text) {
    if (text != charsOf) {
      read(text, text.toCharArray());
    }
    return chars;
  }

  /** Makes a text, and its characters, the one the resolver reads; its matchers move onto it. */
  private void read(String text, char[] textChars) {
    chars = textChars;
    charsOf = text;
    for (Matcher m : matchers) {
      if (m != null) {
        m.reset(text);
      }
    }
  }

  /** The patterns this resolver keeps a matcher of, by the indexes below. */
  private static final Pattern[] PATTERNS = {DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, LAST_MONTH_NAME,
      DAY_MONTH, MONTH_DAY, MONTH_RELATIVE_YEAR, IN_MONTH, RELATIVE, WEEKDAY_PATTERN, SESSION};
  private static final int DMY = 0;
  private static final int MDY = 1;
  private static final int MY = 2;
  private static final int LAST_M = 3;
  private static final int DM = 4;
  private static final int MD = 5;
  private static final int M_REL_Y = 6;
  private static final int IN_M = 7;
  private static final int REL = 8;
  private static final int WDAY = 9;
  private static final int SESS = 10;

  /**
   * One matcher per pattern, made at its first use and kept for the document: a matcher costs
   * its group arrays to make, and so does {@link Matcher#usePattern} to switch.
   */
  private final Matcher[] matchers = new Matcher[PATTERNS.length];

  /** The matcher of a pattern over the text last read, with transparent, non-anchoring bounds. */
  private Matcher matcher(int pattern) {
    Matcher m = matchers[pattern];
    if (m == null) {
      m = PATTERNS[pattern].matcher(charsOf).useTransparentBounds(true).useAnchoringBounds(false);
      matchers[pattern] = m;
    }
    return m;
  }

  /**
   * The ASCII characters a match may begin with, for the patterns searched by {@link #find}: each
   * opens with {@code \b} and then a digit ({@link #DAY}), a month ({@link #MONTH}, case-sensitive)
   * or one of its words (ASCII case-insensitive). Widen them if a pattern changes how it opens.
   */
  static final boolean[] DIGIT_STARTS = table("0123456789");
  static final boolean[] MONTH_STARTS = table("JFMASOND");
  static final boolean[] LAST_STARTS = table("lLtT");
  static final boolean[] IN_MONTH_STARTS = table("iIsSbBdDuUfFeElLmMoOtTnNaA");
  static final boolean[] WEEKDAY_STARTS = table("MTWFS");

  private static boolean[] table(String firsts) {
    boolean[] table = new boolean[128];
    for (int k = 0; k < firsts.length(); k++) {
      table[firsts.charAt(k)] = true;
    }
    return table;
  }

  /** The window {@link #find} searches: from {@code searchAt} (moved past each match) to {@code searchEnd}. */
  private int searchAt;
  private int searchEnd;

  /**
   * Sets the window around an anchor word that {@link #find} searches next, within the sentence.
   *
   * @return the pattern's matcher
   */
  private Matcher window(int pattern, int anchorStart, int anchorEnd, int from, int to, int before, int after) {
    searchAt = Math.max(from, anchorStart - before);
    searchEnd = Math.min(to, anchorEnd + after);
    return matcher(pattern);
  }

  /**
   * Finds the next match in the window, as {@link Matcher#find()} over the window as a region with
   * transparent, non-anchoring bounds would: the same matches in the same order. The pattern is
   * tried (with {@link Matcher#lookingAt()}) only where a match can begin, at a character of
   * {@code starts} (or any non-ASCII one) not preceded by an ASCII letter, digit or underscore, for
   * the patterns open with {@code \b} and a word character; {@code find()} would try every position
   * of the window.
   */
  private boolean find(Matcher m, boolean[] starts) {
    return find(m, (t, i) -> t[i] >= 128 || starts[t[i]]);
  }

  /** Where a window's search may try a pattern: a test of the position's characters. */
  @FunctionalInterface
  private interface StartTest {
    boolean mayStart(char[] t, int i);
  }

  /**
   * {@link #find(Matcher, boolean[])} with any test of where a match may begin, tried only after a
   * character other than an ASCII letter, digit or underscore.
   */
  private boolean find(Matcher m, StartTest start) {
    char[] t = chars;
    for (int i = searchAt; i < searchEnd; i++) {
      if ((i == 0 || !asciiWordChar(t[i - 1])) && start.mayStart(t, i)) {
        m.region(i, searchEnd);
        if (m.lookingAt()) {
          searchAt = m.end() == i ? i + 1 : m.end();
          return true;
        }
      }
    }
    searchAt = searchEnd;
    return false;
  }

  /**
   * The last match {@link #findDayMonth} found: its start and end, then the start and end of its
   * groups in the pattern's order (0 for a group the pattern has not).
   */
  private final int[] found = new int[8];

  /**
   * {@link #find} for {@link #DAY_MONTH_YEAR}, {@link #DAY_MONTH} or {@link #MONTH_DAY} (by {@code
   * form}), whose match it leaves in {@link #found}: at each position {@code find} tries, {@link
   * #dayMonthAt} or {@link #monthFirstAt} reads the
   * pattern by hand, and the pattern runs only where that cannot tell (a character other than ASCII
   * where the pattern's answer may depend on it).
   */
  private boolean findDayMonth(Matcher m, int form) {
    char[] t = chars;
    boolean[] starts = form >= MONTH_DAY_FORM ? MONTH_STARTS : DIGIT_STARTS;
    for (int i = searchAt; i < searchEnd; i++) {
      char c = t[i];
      if ((c >= 128 || starts[c]) && (i == 0 || !asciiWordChar(t[i - 1]))) {
        int read = form >= MONTH_DAY_FORM ? monthFirstAt(charsOf, t, i, searchEnd, form, found)
            : dayMonthAt(charsOf, t, i, searchEnd, form == DAY_MONTH_YEAR_FORM, found);
        if (read < 0) {
          m.region(i, searchEnd);
          read = m.lookingAt() ? 1 : 0;
          if (read == 1) {
            found[0] = m.start();
            found[1] = m.end();
            found[6] = 0;
            found[7] = 0;
            for (int g = 1; g <= (form == DAY_MONTH_YEAR_FORM || form == MONTH_DAY_YEAR_FORM ? 3 : 2); g++) {
              found[2 * g] = m.start(g);
              found[2 * g + 1] = m.end(g);
            }
          }
        }
        if (read == 1) {
          searchAt = found[1]; // a match is never empty
          return true;
        }
      }
    }
    searchAt = searchEnd;
    return false;
  }

  /**
   * The forms {@link #findDayMonth} reads: {@link #DAY_MONTH_YEAR}, {@link #DAY_MONTH}, and those
   * that open with a month, {@link #MONTH_DAY}, {@link #MONTH_DAY_YEAR}, {@link #MONTH_YEAR}.
   */
  static final int DAY_MONTH_YEAR_FORM = 0;
  static final int DAY_MONTH_FORM = 1;
  static final int MONTH_DAY_FORM = 2;
  static final int MONTH_DAY_YEAR_FORM = 3;
  static final int MONTH_YEAR_FORM = 4;

  /**
   * Reads {@link #MONTH_DAY}, {@link #MONTH_DAY_YEAR} or {@link #MONTH_YEAR} (by {@code form}) by
   * hand at {@code i}, as {@link #dayMonthAt} reads the day-month patterns (the same conditions and
   * answers; {@code found} takes the groups in the pattern's order). No backtracking either: a day
   * shorter than the one read (without its suffix, or one digit of two) is followed by a letter or
   * digit, where {@code \b}, a comma and white space all fail; without "of" a year would begin with
   * 'o'.
   */
  static int monthFirstAt(String text, char[] t, int i, int end, int form, int[] found) {
    if (i > 0 && text.charAt(i - 1) >= 128) {
      return -1; // \b before the month
    }
    int monthEnd = i + monthNameLength(t, i, end);
    if (monthEnd == i) {
      return 0;
    }
    int e = monthEnd;
    if (e < end && t[e] == '.') {
      e++;
    }
    found[0] = i;
    found[2] = i;
    found[3] = monthEnd;
    found[6] = 0;
    found[7] = 0;
    if (form == MONTH_YEAR_FORM) {
      // ,?\s+(?:of\s+)?((?:19|20)\d\d)\b
      if (e < end && t[e] == ',') {
        e++;
      }
      int q = spaces(t, e, end);
      if (q == e) {
        return 0;
      }
      if (q + 2 < end && t[q] == 'o' && t[q + 1] == 'f') {
        int r = spaces(t, q + 2, end);
        if (r > q + 2) {
          q = r;
        }
      }
      int read = yearAt(text, t, q, end);
      if (read == 1) {
        found[1] = q + 4;
        found[4] = q;
        found[5] = q + 4;
      }
      return read;
    }
    // \s+([0-3]?\d)(?:st|nd|rd|th)?
    int q = spaces(t, e, end);
    if (q == e || q == end || !asciiDigit(t[q])) {
      return 0;
    }
    int p = t[q] <= '3' && q + 1 < end && asciiDigit(t[q + 1]) ? q + 2 : q + 1;
    int dayEnd = p;
    if (p + 1 < end) {
      char a = t[p];
      char b = t[p + 1];
      if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
        p += 2;
      }
    }
    found[4] = q;
    found[5] = dayEnd;
    if (form == MONTH_DAY_YEAR_FORM) {
      // ,?\s+((?:19|20)\d\d)\b
      if (p < end && t[p] == ',') {
        p++;
      }
      int y = spaces(t, p, end);
      if (y == p) {
        return 0;
      }
      int read = yearAt(text, t, y, end);
      if (read == 1) {
        found[1] = y + 4;
        found[6] = y;
        found[7] = y + 4;
      }
      return read;
    }
    // \b(?![:.]\d)
    if (p < text.length()) {
      char a = text.charAt(p);
      if (a >= 128) {
        return -1; // \b after the day
      }
      if (asciiWordChar(a)) {
        return 0;
      }
      if ((a == ':' || a == '.') && p + 1 < text.length() && asciiDigit(text.charAt(p + 1))) {
        return 0; // (?![:.]\d): "May 12:30"
      }
    }
    found[1] = p;
    return 1;
  }

  /**
   * Reads {@code ((?:19|20)\d\d)\b} at {@code y}, within {@code end}: 1 for a year, 0 for none, -1
   * where {@code \b} would depend on how the JDK classes the character other than ASCII after it.
   */
  private static int yearAt(String text, char[] t, int y, int end) {
    if (y + 4 > end) {
      return 0;
    }
    char c = t[y];
    char d = t[y + 1];
    if (!(c == '1' && d == '9' || c == '2' && d == '0') || !asciiDigit(t[y + 2]) || !asciiDigit(t[y + 3])) {
      return 0;
    }
    int e = y + 4;
    if (e < text.length()) {
      char a = text.charAt(e);
      if (a >= 128) {
        return -1; // \b after the year
      }
      if (asciiWordChar(a)) {
        return 0;
      }
    }
    return 1;
  }

  /**
   * Reads {@link #DAY_MONTH_YEAR} ({@code withYear}) or {@link #DAY_MONTH} by hand at {@code i}, as
   * {@link Matcher#lookingAt()} over the region {@code [i, end)} with transparent, non-anchoring
   * bounds would, for {@code i} where the previous character is no ASCII letter, digit or
   * underscore. The patterns need no backtracking to read: a two-digit day leaves no one-digit day
   * that a space could follow; a day's suffix or "of" once read leaves nothing else that could go
   * on; a month's first name that matches (the alternation lists full names first, "Sept" before
   * "Sep") leaves only shorter ones, each followed by a letter of the longer, which neither pattern
   * lets follow a month; and white space is followed by no more of itself.
   *
   * @param text  the text read, for the look-arounds past {@code end}
   * @param t  its characters, copied at least to {@code end}
   * @param found  takes the match's start and end and its groups' (as {@link #found})
   * @return 1 for a match, 0 for none, -1 where the answer would depend on how a JDK classes a
   *     character other than ASCII ({@code \b}, {@code \p{L}}): the pattern must be run
   */
  static int dayMonthAt(String text, char[] t, int i, int end, boolean withYear, int[] found) {
    if (i > 0 && text.charAt(i - 1) >= 128) {
      return -1; // \b before the day
    }
    // ([0-3]?\d): two digits when they can be, else one (a one-digit day then a digit fails)
    int p = i;
    if (!asciiDigit(t[p])) {
      return 0;
    }
    if (t[p] <= '3' && p + 1 < end && asciiDigit(t[p + 1])) {
      p += 2;
    } else {
      p++;
    }
    int dayEnd = p;
    // (?:st|nd|rd|th)?
    if (p + 1 < end) {
      char a = t[p];
      char b = t[p + 1];
      if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
        p += 2;
      }
    }
    // \s+(?:of\s+)?
    int q = spaces(t, p, end);
    if (q == p) {
      return 0;
    }
    if (q + 2 < end && t[q] == 'o' && t[q + 1] == 'f') {
      int r = spaces(t, q + 2, end);
      if (r > q + 2) {
        q = r; // without "of", a month would begin with 'o': none does
      }
    }
    int monthEnd = q + monthNameLength(t, q, end);
    if (monthEnd == q) {
      return 0;
    }
    int e = monthEnd;
    if (withYear) {
      // \.?,?\s+((?:19|20)\d\d)\b
      if (e < end && t[e] == '.') {
        e++;
      }
      if (e < end && t[e] == ',') {
        e++;
      }
      int y = spaces(t, e, end);
      if (y == e || y + 4 > end) {
        return 0;
      }
      char c = t[y];
      char d = t[y + 1];
      if (!(c == '1' && d == '9' || c == '2' && d == '0') || !asciiDigit(t[y + 2]) || !asciiDigit(t[y + 3])) {
        return 0;
      }
      e = y + 4;
      if (e < text.length()) {
        char a = text.charAt(e);
        if (a >= 128) {
          return -1; // \b after the year
        }
        if (asciiWordChar(a)) {
          return 0;
        }
      }
      found[6] = y;
      found[7] = e;
    } else {
      // \.?(?![\p{L}]): after a dot a letter sends the match back before the dot
      if (e < end && t[e] == '.' && !(e + 1 < text.length() && letterAt(text, e + 1))) {
        if (e + 1 < text.length() && text.charAt(e + 1) >= 128) {
          return -1;
        }
        e++;
      } else {
        if (e < text.length() && text.charAt(e) >= 128) {
          return -1;
        }
        if (e < text.length() && letterAt(text, e)) {
          return 0;
        }
      }
      found[6] = 0;
      found[7] = 0;
    }
    found[0] = i;
    found[1] = e;
    found[2] = i;
    found[3] = dayEnd;
    found[4] = q;
    found[5] = monthEnd;
    return 1;
  }

  /** The end of the run of white space ({@code \s}) at {@code p}, before {@code end}. */
  private static int spaces(char[] t, int p, int end) {
    while (p < end && regexSpace(t[p])) {
      p++;
    }
    return p;
  }

  /** Whether an ASCII letter is at {@code k} (only called where the character is ASCII). */
  private static boolean letterAt(String text, int k) {
    char c = text.charAt(k);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The names {@link #MONTH} tries, in its order. */
  private static final String[] MONTH_ALTERNATIVES = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
      "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"};

  /** The length of the first of {@link #MONTH}'s names written at {@code q} before {@code end}; else 0. */
  private static int monthNameLength(char[] t, int q, int end) {
    for (String name : MONTH_ALTERNATIVES) {
      int n = name.length();
      if (q + n <= end && t[q] == name.charAt(0)) {
        int k = 1;
        while (k < n && t[q + k] == name.charAt(k)) {
          k++;
        }
        if (k == n) {
          return n;
        }
      }
    }
    return 0;
  }

  /**
   * {@link #find} for {@link #RELATIVE}: tried only where {@link #relativeMayStart} agrees, which
   * reads the phrase's first word and the letter after it.
   */
  private boolean findRelative(Matcher m) {
    return find(m, TemporalResolver::relativeMayStart);
  }

  private static boolean asciiWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** The offsets of the anchor words of one kind in the sentence read, as start and end pairs; reused. */
  private static final class Anchors {
    int[] at = new int[16];
    /** Twice the number of anchors. */
    int size;

    void add(int start, int end) {
      if (size + 2 > at.length) {
        at = java.util.Arrays.copyOf(at, at.length * 2);
      }
      at[size++] = start;
      at[size++] = end;
    }
  }

  private final Anchors months = new Anchors();
  private final Anchors weekdays = new Anchors();
  private final Anchors relatives = new Anchors();
  private final Anchors years = new Anchors();
  private final Anchors agos = new Anchors();
  /** Whether the sentence holds the word "session", which {@link #SESSION} needs. */
  private boolean session;
  /** The text and sentence the anchors are of. */
  private String scannedText;
  private int scannedFrom;
  private int scannedTo;

  /**
   * Finds and normalises the temporal expressions of one sentence; the sentence's explicit years
   * become the context for the sentences after it.
   *
   * @param text  the normalised text, not null
   * @param from  the sentence's start
   * @param to  the sentence's end
   * @return the expressions in text order, not null
   */
  List<DateMention> resolve(String text, int from, int to) {
    List<DateMention> out = new ArrayList<>();
    resolving = text;
    // one scan for anchors; each pattern then runs only in a small window around an anchor
    char[] t = chars(text);
    if (text != scannedText || from != scannedFrom || to != scannedTo) {
      // the reader asks again about the sentence it is reading: its anchors are those found last
      months.size = 0;
      weekdays.size = 0;
      relatives.size = 0;
      years.size = 0;
      agos.size = 0;
      session = scan(text, t, from, to);
      scannedText = text;
      scannedFrom = from;
      scannedTo = to;
    }
    if (months.size == 0 && weekdays.size == 0 && relatives.size == 0 && agos.size == 0 && years.size == 0
        && !session) {
      return out; // no anchor: no pattern can match
    }
    for (int k = 0; k < months.size; k += 2) {
      aroundMonth(out, text, t, from, to, months.at[k], months.at[k + 1]);
    }
    if (published.isPresent()) {
      for (int k = 0; k < agos.size; k += 2) {
        yearsAgo(out, text, from, agos.at[k], agos.at[k + 1]);
      }
    }
    readRelatives(out, from, to);
    readWeekdays(out, from, to);
    readYears(out, text, t);
    if (session) {
      readSessions(out, text, from, to);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    noteContext(out, text, from);
    return out;
  }

  /** Reads the relative phrases ("today", "last year") in the windows of their anchors. */
  private void readRelatives(List<DateMention> out, int from, int to) {
    for (int k = 0; k < relatives.size; k += 2) {
      Matcher m = window(REL, relatives.at[k], relatives.at[k + 1], from, to, 0, 22);
      while (findRelative(m)) {
        if (free(out, m.start(), m.end())) {
          relative(out, m.start(), m.end(), m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /** Reads the weekdays ("on Thursday") at their anchors: the last such day up to publication. */
  private void readWeekdays(List<DateMention> out, int from, int to) {
    for (int k = 0; k < weekdays.size; k += 2) {
      Matcher m = window(WDAY, weekdays.at[k], weekdays.at[k + 1], from, to, 0, 0);
      while (find(m, WEEKDAY_STARTS)) {
        if (free(out, m.start(), m.end()) && published.isPresent()) {
          DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
          LocalDate d = published.get();
          int back = (d.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
          add(out, m.start(), m.end(), Optional.of(PartialDate.of(d.minusDays(back))), false);
        }
      }
    }
  }

  /** Reads the years standing alone at their anchors. */
  private void readYears(List<DateMention> out, String text, char[] t) {
    for (int k = 0; k < years.size; k += 2) {
      int a0 = years.at[k];
      int a1 = a0 + 4;
      if (yearAlone(t, a0) && free(out, a0, a1) && !namedFor(text, a0) // "the Constitution of 2010": a name
          && !resolutionNumber(text, a0)) { // "resolution 1970": a number
        // "since 2014" dates a span, not the narrative: it does not frame later day-month dates
        boolean since = a0 >= 6 && AsciiCase.regionMatches(text, a0 - 6, "since ");
        int y = (t[a0] - '0') * 1000 + (t[a0 + 1] - '0') * 100 + (t[a0 + 2] - '0') * 10 + (t[a0 + 3] - '0');
        out.add(new DateMention(a0, a1, Optional.of(PartialDate.ofYear(y)), OptionalInt.empty(), since));
      }
    }
  }

  /** Reads the session numbers ("its 25th session") of the sentence. */
  private void readSessions(List<DateMention> out, String text, int from, int to) {
    StartFilteredMatcher sessions = new StartFilteredMatcher(matcher(SESS), text, from, to, SESSION_STARTS);
    Matcher m = sessions.matcher();
    while (sessions.find()) {
      if (free(out, m.start(), m.end())) {
        out.add(new DateMention(m.start(), m.end(), Optional.empty(),
            OptionalInt.of(Integer.parseInt(m.group(1))), false));
      }
    }
  }

  /** Takes the year of the sentence's last dated mention that frames the narrative as the context. */
  private void noteContext(List<DateMention> out, String text, int from) {
    for (DateMention d : out) {
      PartialDate date = d.date().orElse(null);
      if (date == null || date.year().isEmpty()) {
        continue;
      }
      boolean afterPublication = published.isPresent()
          && date.earliest().map(e -> e.isAfter(published.get())).orElse(false);
      if (!d.future() && !afterPublication && !inRelativeClause(text, from, d.start())
          && !attributive(text, d.start(), d.end())) {
        contextYear = date.year().getAsInt();
      }
    }
  }

  /**
   * Reads the dates around one month anchor {@code [a0, a1)} of the sentence {@code [from, to)}:
   * each pattern that holds a month is searched in its window around the anchor.
   */
  private void aroundMonth(List<DateMention> out, String text, char[] t, int from, int to, int a0, int a1) {
    boolean digitBefore = hasDigit(t, Math.max(from, a0 - 9), a0);
    boolean digitAfter = hasDigit(t, a1, Math.min(to, a1 + 10));
    // a pattern's window is searched only when the pattern can match: a day or year needs a digit
    if (digitBefore) {
      Matcher m = window(DMY, a0, a1, from, to, 9, 14);
      boolean year = yearIn(t, searchAt, searchEnd); // each match ends with a year
      while (year && findDayMonth(m, DAY_MONTH_YEAR_FORM)) {
        full(out, found[0], found[1], number(found[6], found[7]), month(found[4], found[5]),
            number(found[2], found[3]));
      }
    }
    if (digitAfter) {
      Matcher m = window(MDY, a0, a1, from, to, 0, 22);
      boolean year = yearIn(t, searchAt, searchEnd); // each match of both patterns ends with a year
      while (year && findDayMonth(m, MONTH_DAY_YEAR_FORM)) {
        full(out, found[0], found[1], number(found[6], found[7]), month(found[2], found[3]),
            number(found[4], found[5]));
      }
      m = window(MY, a0, a1, from, to, 0, 22);
      while (year && findDayMonth(m, MONTH_YEAR_FORM)) {
        // only the month at this anchor: "from 23 September until 4 October 2024" leaves "4 October
        // 2024" to its own anchor, whole
        if (found[0] == a0 && free(out, found[0], found[1])) {
          int y = number(found[4], found[5]);
          int mo = month(found[2], found[3]);
          add(out, found[0], found[1], safe(() -> PartialDate.ofYearMonth(y, mo)), false);
        }
      }
    }
    Matcher m = window(LAST_M, a0, a1, from, to, 14, 0);
    // "last" or "this past" must be in the window
    boolean last = holdsWord(t, searchAt, searchEnd, "last") || holdsWord(t, searchAt, searchEnd, "past");
    while (last && find(m, LAST_STARTS)) {
      if (free(out, m.start(), m.end()) && published.isPresent()) {
        int mo = month(m, 1);
        LocalDate p = published.get();
        int y = mo < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        add(out, m.start(), m.end(), safe(() -> PartialDate.ofYearMonth(y, mo)), false);
      }
    }
    if (digitBefore) {
      m = window(DM, a0, a1, from, to, 8, 0);
      while (findDayMonth(m, DAY_MONTH_FORM)) {
        monthDay(out, found[0], found[1], month(found[4], found[5]), number(found[2], found[3]));
      }
    }
    if (digitAfter) {
      m = window(MD, a0, a1, from, to, 0, 8);
      while (findDayMonth(m, MONTH_DAY_FORM)) {
        monthDay(out, found[0], found[1], month(found[2], found[3]), number(found[4], found[5]));
      }
    }
    if (text.startsWith(" last year", a1) || text.startsWith(" this year", a1)) {
      m = window(M_REL_Y, a0, a1, from, to, 0, 16);
      while (find(m, MONTH_STARTS)) {
        // "in August last year": that month of the year before publication
        if (free(out, m.start(), m.end()) && published.isPresent()) {
          int mo = month(m, 1);
          int y = published.get().getYear() - (m.group(2).equalsIgnoreCase("last") ? 1 : 0);
          add(out, m.start(), m.end(), safe(() -> PartialDate.ofYearMonth(y, mo)), false);
        }
      }
    }
    if (!inMonthWordBefore(text, a0)) {
      return;
    }
    m = window(IN_M, a0, a1, from, to, 9, 0);
    while (find(m, IN_MONTH_STARTS)) {
      int start = m.start(1);
      if (free(out, start, m.end())) {
        int mo = month(m, 1);
        int named = yearNamedAfter(text, m.end(), to);
        if (named != 0) {
          // "in June this year", "in August last year": the month of the year the words name
          add(out, start, m.end() + 10, safe(() -> PartialDate.ofYearMonth(named, mo)), false);
          continue;
        }
        if (published.isPresent() && startsAhead(text, m.start())) {
          // "terms starting in June": the next June, which frames no later date
          LocalDate p = published.get();
          int ahead = mo >= p.getMonthValue() ? p.getYear() : p.getYear() + 1;
          add(out, start, m.end(), safe(() -> PartialDate.ofYearMonth(ahead, mo)), true);
          continue;
        }
        int written = yearWrittenBefore(out, start);
        int y = written != 0 ? written : yearFor(mo, 1);
        add(out, start, m.end(), y == 0 ? Optional.empty()
            : safe(() -> PartialDate.ofYearMonth(y, mo)), false);
      }
    }
  }

  /** {@link #KINDS}: not a letter or digit; a letter or digit; one that may begin an anchor word. */
  private static final byte NONE = 0;
  private static final byte WORD = 1;
  private static final byte OPENS = 3;

  /**
   * The kind of each character for {@link #scan}, a table over all of them (64 KiB) so that the scan
   * makes no test of its own per character: {@link #WORD} for a letter or digit
   * ({@link Character#isLetterOrDigit(char)}), {@link #OPENS} for one that may begin an anchor word
   * (a month or weekday written with a capital; the first word of a {@link #RELATIVE} phrase, "years"
   * or "session" in any case, all ASCII) or a year (1 and 2).
   */
  private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      KINDS[c] = Character.isLetterOrDigit((char) c) ? WORD : NONE;
    }
    for (char c : "ADEFJLMNOSTWYelnsty12".toCharArray()) {
      KINDS[c] = OPENS;
    }
  }

  /**
   * Finds the sentence's anchor words: a word starts at a letter or digit with no letter or digit
   * before it in the sentence, and is looked at only when its first character may open an anchor
   * ({@link #KINDS}: most words are passed over a character at a time, with no branch at their
   * ends). A word's letters (or a year's digits) are read to their end, and the letters and digits
   * glued after them begin no anchor.
   *
   * @return whether the sentence holds the word "session", which {@link #SESSION} needs
   */
  private boolean scan(String text, char[] t, int from, int to) {
    boolean session = false;
    int after = 0; // 1 after a letter or digit of the sentence
    for (int i = from; i < to; i++) {
      char c = t[i];
      int kind = KINDS[c];
      if ((kind | after << 2) == OPENS) { // an opening character at a word start
        int e = i + 1;
        if (c <= '9') {
          while (e < to && digit(t[e])) {
            e++;
          }
          if (e - i == 4) {
            years.add(i, e);
          }
        } else {
          while (e < to && letter(t[e])) {
            e++;
          }
          if (e - i >= 3) {
            anchor(text, t, i, e);
            // SESSION ends with the word "session" (ASCII case-insensitive), after white space
            session |= e - i == 7 && sameLetters(t, i, "session");
          }
        }
        i = e - 1;
        after = 1;
        continue;
      }
      after = kind & 1;
    }
    return session;
  }

  /**
   * Files the word {@code [i, e)} (three letters or more, at a word start) under the anchors it
   * may begin: a month (its first three letters as written: "Dec", "December", "Decembers"), a
   * weekday (likewise), the first word of a {@link #RELATIVE} phrase (ASCII case-insensitive), or
   * "years" before " ago".
   */
  private void anchor(String text, char[] t, int i, int e) {
    char c = t[i];
    char b = t[i + 1];
    char d = t[i + 2];
    if (c >= 'A' && c <= 'Z') {
      if (monthPrefix(c, b, d)) {
        months.add(i, e);
        return;
      }
      if (weekdayPrefix(c, b, d)) {
        weekdays.add(i, e);
        return;
      }
    }
    int n = e - i;
    boolean relative = false;
    if (n >= 4) {
      switch (c | 0x20) { // the first letters of RELATIVE's phrases, as AsciiCase compares them
        case 't':
          relative = AsciiCase.regionMatches(text, i, "toda") || AsciiCase.regionMatches(text, i, "toni")
              || AsciiCase.regionMatches(text, i, "this");
          break;
        case 'y':
          relative = AsciiCase.regionMatches(text, i, "yest");
          break;
        case 'l':
          relative = AsciiCase.regionMatches(text, i, "last");
          break;
        case 'n':
          relative = AsciiCase.regionMatches(text, i, "next");
          break;
        case 'e':
          relative = AsciiCase.regionMatches(text, i, "earl");
          break;
        default:
          break;
      }
    }
    if (relative) {
      relatives.add(i, e);
    } else if (n == 5 && text.startsWith(" ago", e) && text.regionMatches(true, i, "years", 0, 5)) {
      agos.add(i, e);
    }
  }

  /**
   * Whether {@link #YEAR_ALONE} matches the four digits at {@code at}, a word start: its only
   * possible match in the window {@code [at - 3, at + 5)} the pattern was searched in (no digit
   * just before a word start, and a match one further would have a digit behind it). The look-arounds
   * see the whole text, as the pattern's transparent bounds did.
   */
  static boolean yearAlone(char[] t, int at) {
    char c = t[at];
    char d = t[at + 1];
    if (!(c == '1' && d == '9' || c == '2' && d == '0') || !asciiDigit(t[at + 2]) || !asciiDigit(t[at + 3])) {
      return false;
    }
    if (at >= 1) {
      char b = t[at - 1];
      if (asciiDigit(b) || b == '/' || b == '.' || b == '-') {
        return false; // (?<![\d/.-])
      }
      if (b == '(' && (at >= 3 && asciiDigit(t[at - 3]) && t[at - 2] == ' ' || at >= 2 && asciiDigit(t[at - 2]))) {
        return false; // (?<!\d \()(?<!\d\()
      }
    }
    int e = at + 4;
    if (e < t.length) {
      char a = t[e];
      if (asciiDigit(a) || a == '/' || a == '-' && e + 1 < t.length && asciiDigit(t[e + 1])) {
        return false; // (?![\d/]|-\d)
      }
    }
    return true;
  }

  /** Whether {@link #YEAR} can match in {@code [from, to)}: "19" or "20" and two more ASCII digits. */
  private static boolean yearIn(char[] t, int from, int to) {
    for (int i = from; i + 4 <= to; i++) {
      char c = t[i];
      if ((c == '1' && t[i + 1] == '9' || c == '2' && t[i + 1] == '0') && asciiDigit(t[i + 2])
          && asciiDigit(t[i + 3])) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The words that {@link #IN_MONTH} takes before a month, lower-cased ("mid-" is tested apart). */
  private static final String[] IN_MONTH_WORDS = {"in", "since", "by", "during", "until", "from",
      "early", "late", "on", "this", "that", "next", "before", "after"};

  /**
   * Whether {@link #IN_MONTH} can match the month at {@code monthStart}: white space before it, and
   * before that one of its words standing alone ("in", "since", ...) or "mid-". A cheap test that
   * spares the pattern most months ("5 March", "of March").
   */
  private static boolean inMonthWordBefore(String text, int monthStart) {
    int e = monthStart;
    while (e > 0 && regexSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e == monthStart) {
      return false;
    }
    int b = e;
    while (b > 0 && (text.charAt(b - 1) >= 'a' && text.charAt(b - 1) <= 'z' || text.charAt(b - 1) >= 'A'
        && text.charAt(b - 1) <= 'Z')) {
      b--;
    }
    if (b < e) {
      for (String w : IN_MONTH_WORDS) {
        if (w.length() == e - b && AsciiCase.regionMatches(text, b, w)) {
          return true;
        }
      }
      return false;
    }
    return e >= 4 && text.charAt(e - 1) == '-' && text.regionMatches(true, e - 4, "mid", 0, 3);
  }

  /** A character of the regular expressions' {@code \s}. */
  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Updates the running year from a sentence without resolving its dates: the last year written
   * in it (not after "since", not after the publication year) frames later day-month dates.
   *
   * @param text  the normalised text, not null
   * @param from  the sentence's start
   * @param to  the sentence's end
   */
  void noteYears(String text, int from, int to) {
    char[] t = chars(text);
    for (int i = from; i + 4 <= to; i++) {
      char c = t[i];
      if (c == '1' && t[i + 1] == '9' || c == '2' && t[i + 1] == '0') {
        noteYearAt(text, from, to, i);
      }
    }
  }

  /**
   * {@link #noteYears(String, int, int)}, given the sentence as a string ({@code text.substring(from,
   * to)}): its "19" and "20" are found with {@link String#indexOf(String, int)} (vectorised), not by
   * a test at every character.
   *
   * @param text  the normalised text
   * @param from  the sentence's start
   * @param to  the sentence's end
   * @param sentence  {@code text.substring(from, to)}
   */
  void noteYears(String text, int from, int to, String sentence) {
    chars(text);
    int nineteen = sentence.indexOf("19");
    int twenty = sentence.indexOf("20");
    while (nineteen >= 0 || twenty >= 0) {
      int k;
      if (twenty < 0 || nineteen >= 0 && nineteen < twenty) {
        k = nineteen;
        nineteen = sentence.indexOf("19", nineteen + 1);
      } else {
        k = twenty;
        twenty = sentence.indexOf("20", twenty + 1);
      }
      if (from + k + 4 > to) {
        return; // in text order: every later one is as near the end
      }
      noteYearAt(text, from, to, from + k);
    }
  }

  /** The step of {@link #noteYears} at a "19" or "20" at {@code i}: the running year, if it is one. */
  private void noteYearAt(String text, int from, int to, int i) {
    char c = text.charAt(i);
    if (!Character.isDigit(text.charAt(i + 2)) || !Character.isDigit(text.charAt(i + 3))) {
      return;
    }
    char before = i > from ? text.charAt(i - 1) : ' ';
    char after = i + 4 < to ? text.charAt(i + 4) : ' ';
    if (Character.isLetterOrDigit(before) || before == '/' || before == '-' || before == '.'
        || Character.isDigit(after) || after == '/') {
      return;
    }
    if (i - from >= 6 && AsciiCase.regionMatches(text, i - 6, "since ") || resolutionNumber(text, i)) {
      return;
    }
    int y = (c - '0') * 1000 + (text.charAt(i + 1) - '0') * 100 + (text.charAt(i + 2) - '0') * 10
        + (text.charAt(i + 3) - '0');
    if (published.isPresent() && y > published.get().getYear() || inRelativeClause(text, from, i)
        || attributive(text, i, i + 4)) {
      return;
    }
    contextYear = y;
  }

  /**
   * True when a position lies in a relative clause set off by a comma (", which it signed in
   * 2008"): background about something else, whose year does not frame the narrative.
   */
  private static boolean inRelativeClause(String text, int from, int pos) {
    int comma = pos - 1;
    int floor = Math.max(from, pos - 60); // only a comma in the sentence, at most 60 back, counts
    while (comma >= floor && text.charAt(comma) != ',') {
      comma--;
    }
    if (comma < floor) {
      return false;
    }
    return text.startsWith(", which ", comma) || text.startsWith(", who ", comma);
  }

  /** True for a year used as a modifier ("the 2021 protests", "its 2018 review"): it frames nothing. */
  private static boolean attributive(String text, int start, int end) {
    boolean determiner = start >= 4 && AsciiCase.regionMatches(text, start - 4, "the ")
        || start >= 4 && AsciiCase.regionMatches(text, start - 4, "its ")
        || start >= 6 && AsciiCase.regionMatches(text, start - 6, "their ");
    return determiner && end + 1 < text.length() && text.charAt(end) == ' '
        && Character.isLowerCase(text.charAt(end + 1)) || namedFor(text, start);
  }

  /**
   * True for a year that ends a name: "the Constitution of 2010", "the Refugee Act of 2021" (a
   * capitalised word before "of", not a month: "December of 2010" is a date).
   */
  private static boolean namedFor(String text, int start) {
    if (start < 6 || !text.startsWith(" of ", start - 4) || !Character.isLetter(text.charAt(start - 5))) {
      return false;
    }
    int w = start - 5;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return Character.isUpperCase(text.charAt(w)) && Character.isLowerCase(text.charAt(w + 1))
        && !monthPrefix(text.charAt(w), text.charAt(w + 1), text.charAt(w + 2)); // "the UPR of 2014" is a date
  }

  /**
   * Whether a lower-case ASCII word is in {@code [from, to)}, ignoring ASCII case: where a
   * {@link Pattern#CASE_INSENSITIVE} pattern (which leaves other characters as they are) may find it.
   */
  private static boolean holdsWord(char[] t, int from, int to, String lowerWord) {
    char first = lowerWord.charAt(0);
    for (int i = from, last = to - lowerWord.length(); i <= last; i++) {
      if ((t[i] | 0x20) == first && sameLetters(t, i, lowerWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text at {@code i} spells a lower-case ASCII word, ignoring ASCII case only (as a
   * {@link Pattern#CASE_INSENSITIVE} pattern compares letters): {@code c | 0x20} is an ASCII letter
   * only for that letter in either case.
   */
  private static boolean sameLetters(char[] t, int i, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      if ((t[i + k] | 0x20) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(char[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t[i];
      if (c >= '0' && c <= '9') {
        return true;
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

  /** {@link Character#isDigit(char)}, with a fast path for ASCII. */
  private static boolean digit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** Whether three letters begin a month's name as {@link #MONTH} writes it: "Jan" ... "Dec". */
  private static boolean monthPrefix(char c, char b, char d) {
    switch (c) {
      case 'J':
        return b == 'a' && d == 'n' || b == 'u' && (d == 'n' || d == 'l');
      case 'F':
        return b == 'e' && d == 'b';
      case 'M':
        return b == 'a' && (d == 'r' || d == 'y');
      case 'A':
        return b == 'p' && d == 'r' || b == 'u' && d == 'g';
      case 'S':
        return b == 'e' && d == 'p';
      case 'O':
        return b == 'c' && d == 't';
      case 'N':
        return b == 'o' && d == 'v';
      case 'D':
        return b == 'e' && d == 'c';
      default:
        return false;
    }
  }

  /** Whether three letters begin a weekday's name as {@link #WEEKDAY} writes it: "Mon" ... "Sun". */
  private static boolean weekdayPrefix(char c, char b, char d) {
    switch (c) {
      case 'M':
        return b == 'o' && d == 'n';
      case 'T':
        return b == 'u' && d == 'e' || b == 'h' && d == 'u';
      case 'W':
        return b == 'e' && d == 'd';
      case 'F':
        return b == 'r' && d == 'i';
      case 'S':
        return b == 'a' && d == 't' || b == 'u' && d == 'n';
      default:
        return false;
    }
  }

  private void full(List<DateMention> out, int start, int end, int y, int mo, int d) {
    if (free(out, start, end)) {
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
        fullDays.put(mo * 100 + d, y); // "until 4 October 2024 ... On 4 October": that day again
      }
      add(out, start, end, safe(() -> PartialDate.of(y, mo, d)), false);
    }
  }

  private void monthDay(List<DateMention> out, int start, int end, int mo, int d) {
    if (!free(out, start, end)) {
      return;
    }
    Integer given = fullDays.get(mo * 100 + d);
    int written = given != null ? given : yearWrittenBefore(out, start);
    int y = written != 0 ? written : yearFor(mo, d);
    add(out, start, end,
        y == 0 ? safe(() -> PartialDate.ofMonthDay(mo, d)) : safe(() -> PartialDate.of(y, mo, d)),
        false);
  }

  /** The year named by " this year" / " last year" just after a month, from the publication year; else 0. */
  private int yearNamedAfter(String text, int end, int to) {
    if (publishedYear == 0 || end + 10 > to || text.charAt(end) != ' ') {
      return 0;
    }
    if (text.regionMatches(true, end, " this year", 0, 10)) {
      return publishedYear;
    }
    return text.regionMatches(true, end, " last year", 0, 10) ? publishedYear - 1 : 0;
  }

  /** Whether the words just before a month look ahead: "starting in", "beginning in", "due in", "next". */
  private static boolean startsAhead(String text, int at) {
    int from = Math.max(0, at - 12);
    String before = text.substring(from, at).toLowerCase(Locale.ROOT);
    String word = text.substring(at, Math.min(text.length(), at + 5)).toLowerCase(Locale.ROOT);
    return word.startsWith("next") || before.endsWith("starting ") || before.endsWith("beginning ")
        || before.endsWith("due ") || before.endsWith("scheduled ") || before.endsWith("expected ");
  }

  private static final List<String> COUNT_WORDS = List.of("two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty");

  /**
   * "ten years ago", "20 years ago this month": that many years before publication (with the
   * publication's month when "this month" follows).
   */
  private void yearsAgo(List<DateMention> out, String text, int from, int a0, int a1) {
    int w = a0 - 1;
    int s = w;
    while (s > from && Character.isLetterOrDigit(text.charAt(s - 1))) {
      s--;
    }
    if (w <= from || text.charAt(w) != ' ' || s == w) {
      return;
    }
    String count = text.substring(s, w).toLowerCase(Locale.ROOT);
    int n = COUNT_WORDS.indexOf(count) + 2;
    if (n == 1 && count.length() <= 2 && Character.isDigit(count.charAt(0))
        && Character.isDigit(count.charAt(count.length() - 1))) {
      n = Integer.parseInt(count);
    }
    if (n < 2 || !free(out, s, a1 + 4)) {
      return;
    }
    LocalDate p = published.get();
    int y = p.getYear() - n;
    int end = a1 + 4;
    if (text.regionMatches(true, end, " this month", 0, 11)) {
      add(out, s, end + 11, safe(() -> PartialDate.ofYearMonth(y, p.getMonthValue())), false);
    } else {
      add(out, s, end, safe(() -> PartialDate.ofYear(y)), false);
    }
  }

  /** True for a number after "resolution" ("in resolution 1970, which ..."): a text's number, not a year. */
  private static boolean resolutionNumber(String text, int start) {
    return start >= 11 && text.regionMatches(true, start - 11, "resolution ", 0, 11);
  }

  /** The text {@link #resolve} reads. */
  private String resolving = "";

  /**
   * The year written out in the last date before a position in the same sentence ("published on
   * 16 September 2020 and presented on 23 September": 2020, whatever year the text told before);
   * 0 when none.
   */
  private int yearWrittenBefore(List<DateMention> out, int pos) {
    DateMention best = null;
    for (DateMention d : out) {
      if (d.start() < pos && !d.future() && d.end() >= 4 && (best == null || d.start() > best.start())
          && d.date().isPresent() && d.date().get().year().isPresent()
          && Character.isDigit(resolving.charAt(d.end() - 1)) && Character.isDigit(resolving.charAt(d.end() - 4))) {
        best = d;
      }
    }
    return best == null ? 0 : best.date().get().year().getAsInt();
  }

  /** The year of a month-day: the document's context year, else the publication's (or the year before). */
  private int yearFor(int mo, int d) {
    if (contextYear != 0 && contextYear != publishedYear) {
      return contextYear;
    }
    if (published.isPresent()) {
      LocalDate p = published.get();
      boolean after = mo > p.getMonthValue() || mo == p.getMonthValue() && d > p.getDayOfMonth();
      return after ? p.getYear() - 1 : p.getYear();
    }
    return contextYear;
  }

  private void relative(List<DateMention> out, int start, int end, String phrase) {
    if (published.isEmpty()) {
      if (publishedYear != 0 && sameDayPhrase(phrase)) {
        // "today" in a story known only to its month or year: that month or year
        out.add(new DateMention(start, end, Optional.of(publishedMonth != 0
            ? PartialDate.ofYearMonth(publishedYear, publishedMonth) : PartialDate.ofYear(publishedYear)),
            OptionalInt.empty(), false));
        return;
      }
      if (publishedYear != 0 && phrase.endsWith("year")) {
        int y = phrase.startsWith("last") ? publishedYear - 1
            : phrase.startsWith("next") ? publishedYear + 1 : publishedYear;
        out.add(new DateMention(start, end, Optional.of(PartialDate.ofYear(y)), OptionalInt.empty(),
            phrase.startsWith("next")));
      }
      return;
    }
    LocalDate p = published.get();
    String key = oneSpace(phrase);
    Optional<PartialDate> date;
    boolean future = false;
    if (key.equals("yesterday")) {
      date = Optional.of(PartialDate.of(p.minusDays(1)));
    } else if (key.startsWith("today") || key.startsWith("this morning") || key.startsWith("this afternoon")
        || key.startsWith("this evening") || key.equals("tonight")) {
      date = Optional.of(PartialDate.of(p));
    } else if (key.equals("last month")) {
      LocalDate d = p.minusMonths(1);
      date = Optional.of(PartialDate.ofYearMonth(d.getYear(), d.getMonthValue()));
    } else if (key.endsWith("this month")) {
      date = Optional.of(PartialDate.ofYearMonth(p.getYear(), p.getMonthValue()));
    } else if (key.equals("next month")) {
      LocalDate d = p.plusMonths(1);
      date = Optional.of(PartialDate.ofYearMonth(d.getYear(), d.getMonthValue()));
      future = true;
    } else if (key.equals("last year")) {
      date = Optional.of(PartialDate.ofYear(p.getYear() - 1));
    } else if (key.equals("next year")) {
      date = Optional.of(PartialDate.ofYear(p.getYear() + 1));
      future = true;
    } else if (key.endsWith("this year")) {
      date = Optional.of(PartialDate.ofYear(p.getYear()));
    } else {
      return; // "this week": no useful precision
    }
    out.add(new DateMention(start, end, date, OptionalInt.empty(), future));
  }

  /** {@code phrase.replaceAll("\\s+", " ")}, without compiling the expression for each phrase. */
  private static String oneSpace(String phrase) {
    StringBuilder b = null;
    for (int k = 0; k < phrase.length(); k++) {
      char c = phrase.charAt(k);
      if (regexSpace(c)) {
        if (b == null) {
          if (c == ' ' && (k + 1 == phrase.length() || !regexSpace(phrase.charAt(k + 1)))) {
            continue; // a single space stays as it is
          }
          b = new StringBuilder(phrase.length()).append(phrase, 0, k);
        }
        b.append(' ');
        while (k + 1 < phrase.length() && regexSpace(phrase.charAt(k + 1))) {
          k++;
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? phrase : b.toString();
  }

  private static boolean sameDayPhrase(String phrase) {
    return phrase.startsWith("today") || phrase.startsWith("this morning") || phrase.startsWith("this afternoon")
        || phrase.startsWith("this evening") || phrase.equals("tonight");
  }

  private static boolean free(List<DateMention> out, int start, int end) {
    for (DateMention d : out) {
      if (d.start() < end && start < d.end()) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<DateMention> out, int start, int end, Optional<PartialDate> date,
      boolean future) {
    if (date.isPresent()) {
      out.add(new DateMention(start, end, date, OptionalInt.empty(), future));
    }
  }

  private interface DateSupplier {
    PartialDate get();
  }

  private static Optional<PartialDate> safe(DateSupplier s) {
    try {
      return Optional.of(s.get());
    } catch (InvalidValueException | NumberFormatException e) {
      return Optional.empty(); // "31 February": not a date
    }
  }

  private static final String[] MONTH_NAMES = new String[12];

  static {
    for (Month mo : Month.values()) {
      MONTH_NAMES[mo.getValue() - 1] = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Whether {@link #RELATIVE} may match at {@code i}: one of its first words ("today", "this", ...,
   * ASCII case-insensitive), and after "this" one or more white-space characters and the first
   * letter of "morning", "afternoon", "evening", "week", "month" or "year"; after "last" and
   * "next", of "month" or "year"; after "earlier", of "this". Spares the pattern "this report",
   * "last week".
   */
  static boolean relativeMayStart(char[] t, int i) {
    int next;
    switch (t[i] | 0x20) {
      case 't':
        if (startsWord(t, i, "today") || startsWord(t, i, "tonight")) {
          return true;
        }
        next = startsWord(t, i, "this") ? letterAfterSpace(t, i + 4) : 0;
        return next == 'm' || next == 'a' || next == 'e' || next == 'w' || next == 'y';
      case 'y':
        return startsWord(t, i, "yesterday");
      case 'l':
      case 'n':
        next = startsWord(t, i, "last") || startsWord(t, i, "next") ? letterAfterSpace(t, i + 4) : 0;
        return next == 'm' || next == 'y';
      case 'e':
        return startsWord(t, i, "earlier") && letterAfterSpace(t, i + 7) == 't';
      default:
        return false;
    }
  }

  private static boolean startsWord(char[] t, int i, String lowerWord) {
    return i + lowerWord.length() <= t.length && sameLetters(t, i, lowerWord);
  }

  /** The character after one or more white-space characters at {@code i}, ASCII lower-cased; else 0. */
  private static int letterAfterSpace(char[] t, int i) {
    int k = i;
    while (k < t.length && regexSpace(t[k])) {
      k++;
    }
    return k > i && k < t.length ? t[k] | 0x20 : 0;
  }

  /** The number of a month group, as {@link #month(String)} reads it, without making its string. */
  private int month(Matcher m, int group) {
    return month(m.start(group), m.end(group));
  }

  /** The number of the month whose name (or its abbreviation) is {@code [start, end)} of the text read. */
  private int month(int start, int end) {
    int n = end - start;
    for (int i = 0; i < 12; i++) {
      String name = MONTH_NAMES[i];
      int k = 0;
      while (k < n && k < name.length() && (chars[start + k] | 0x20) == name.charAt(k)) {
        k++;
      }
      if (k == n) {
        return i + 1; // the first month whose name begins with the group, as month(String) answers
      }
    }
    throw new IllegalArgumentException("not a month: " + charsOf.substring(start, end));
  }

  /** The value of a group of ASCII digits (a day or year), without making its string. */
  private int number(Matcher m, int group) {
    return number(m.start(group), m.end(group));
  }

  /** The value of the ASCII digits {@code [start, end)} of the text read. */
  private int number(int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + chars[i] - '0';
    }
    return value;
  }

  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < 12; i++) {
      if (MONTH_NAMES[i].startsWith(key)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
