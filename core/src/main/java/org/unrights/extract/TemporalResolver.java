package org.unrights.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?![\\p{L}])");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?![:.]\\d)");
  private static final Pattern LAST_MONTH_NAME =
      Pattern.compile("\\b(?i:last|this\\s+past)\\s+" + MONTH + "(?![\\p{L}])");
  private static final Pattern MONTH_RELATIVE_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(?i:(last|this)\\s+year)\\b");
  private static final Pattern IN_MONTH = Pattern.compile(
      "\\b(?i:in|since|by|during|until|from|early|late|mid-|on|this|that|next|before|after)\\s+"
          + MONTH + "(?![\\p{L}])");
  private static final Pattern YEAR_ALONE =
      Pattern.compile("(?<![\\d/.-])(?<!\\d \\()(?<!\\d\\()" + YEAR + "(?![\\d/]|-\\d)");
  private static final Pattern WEEKDAY_PATTERN = Pattern.compile("\\b" + WEEKDAY + "\\b");
  private static final Pattern RELATIVE = Pattern.compile(
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

  /** The month of a publication date known only to the month ("2010-12"), else 0. */
  private final int publishedMonth;

  private final int publishedYear;
  /** The year of each day and month the document has already given in full (month * 100 + day). */
  private final java.util.Map<Integer, Integer> fullDays = new java.util.HashMap<>();

  /** The characters of the text last read (array reads skip the checks of {@link String#charAt}). */
  private String charsOf;
  private char[] chars;

  private char[] chars(String text) {
    if (text != charsOf) {
      chars = text.toCharArray();
      charsOf = text;
    }
    return chars;
  }

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
    List<int[]> months = new ArrayList<>();
    List<int[]> weekdays = new ArrayList<>();
    List<int[]> relatives = new ArrayList<>();
    List<int[]> years = new ArrayList<>();
    boolean digits = false;
    char[] t = chars(text);
    List<int[]> agos = null;
    for (int i = from; i < to; i++) {
      char c = t[i];
      digits |= c >= '0' && c <= '9';
      if (i > from && letterOrDigit(t[i - 1])) {
        continue;
      }
      if (letter(c)) {
        int e = i;
        while (e < to && letter(t[e])) {
          e++;
        }
        if (e - i >= 3) {
          if (upperCase(c) && startsWithAny(text, i, MONTH_PREFIXES, false)) {
            months.add(new int[] {i, e});
          } else if (upperCase(c) && startsWithAny(text, i, WEEKDAY_PREFIXES, false)) {
            weekdays.add(new int[] {i, e});
          } else if (e - i >= 4 && startsWithAny(text, i, RELATIVE_PREFIXES, true)) {
            relatives.add(new int[] {i, e});
          } else if (e - i == 5 && text.startsWith(" ago", e) && text.regionMatches(true, i, "years", 0, 5)) {
            if (agos == null) {
              agos = new ArrayList<>();
            }
            agos.add(new int[] {i, e});
          }
        }
        i = e - 1;
      } else if (c == '1' || c == '2') {
        int e = i;
        while (e < to && digit(t[e])) {
          e++;
        }
        if (e - i == 4) {
          years.add(new int[] {i, e});
        }
        i = e - 1;
      }
    }
    if (!digits && months.isEmpty() && weekdays.isEmpty() && relatives.isEmpty() && agos == null) {
      return out; // no digit and no anchor: no pattern can match
    }
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int[] a : months) {
      boolean digitBefore = hasDigit(text, Math.max(from, a[0] - 9), a[0]);
      boolean digitAfter = hasDigit(text, a[1], Math.min(to, a[1] + 10));
      // a pattern's window is set only when the pattern can match: a day or year needs a digit
      if (digitBefore) {
        window(m, a, from, to, 9, 14);
        while (m.find()) {
          full(out, 0, m, year(m.group(3)), month(m.group(2)), day(m.group(1)));
        }
      }
      if (digitAfter) {
        window(m.usePattern(MONTH_DAY_YEAR), a, from, to, 0, 22);
        while (m.find()) {
          full(out, 0, m, year(m.group(3)), month(m.group(1)), day(m.group(2)));
        }
        window(m.usePattern(MONTH_YEAR), a, from, to, 0, 22);
      }
      while (digitAfter && m.find()) {
        // only the month at this anchor: "from 23 September until 4 October 2024" leaves "4 October
        // 2024" to its own anchor, whole
        if (m.start() == a[0] && free(out, m.start(), m.end())) {
          int y = year(m.group(2));
          int mo = month(m.group(1));
          add(out, m.start(), m.end(), safe(() -> PartialDate.ofYearMonth(y, mo)), false);
        }
      }
      window(m.usePattern(LAST_MONTH_NAME), a, from, to, 14, 0);
      // "last" or "this past" must be in the window
      boolean last = containsIgnoreCase(text, m.regionStart(), m.regionEnd(), "last")
          || containsIgnoreCase(text, m.regionStart(), m.regionEnd(), "past");
      while (last && m.find()) {
        if (free(out, m.start(), m.end()) && published.isPresent()) {
          int mo = month(m.group(1));
          LocalDate p = published.get();
          int y = mo < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
          add(out, m.start(), m.end(), safe(() -> PartialDate.ofYearMonth(y, mo)), false);
        }
      }
      if (digitBefore) {
        window(m.usePattern(DAY_MONTH), a, from, to, 8, 0);
        while (m.find()) {
          monthDay(out, 0, m, month(m.group(2)), day(m.group(1)));
        }
      }
      if (digitAfter) {
        window(m.usePattern(MONTH_DAY), a, from, to, 0, 8);
        while (m.find()) {
          monthDay(out, 0, m, month(m.group(1)), day(m.group(2)));
        }
      }
      boolean relativeYear = text.startsWith(" last year", a[1]) || text.startsWith(" this year", a[1]);
      if (relativeYear) {
        window(m.usePattern(MONTH_RELATIVE_YEAR), a, from, to, 0, 16);
      }
      while (relativeYear && m.find()) {
        // "in August last year": that month of the year before publication
        if (free(out, m.start(), m.end()) && published.isPresent()) {
          int mo = month(m.group(1));
          int y = published.get().getYear() - (m.group(2).equalsIgnoreCase("last") ? 1 : 0);
          add(out, m.start(), m.end(), safe(() -> PartialDate.ofYearMonth(y, mo)), false);
        }
      }
      window(m.usePattern(IN_MONTH), a, from, to, 9, 0);
      while (inMonthWordBefore(text, a[0]) && m.find()) {
        int start = m.start(1);
        if (free(out, start, m.end())) {
          int mo = month(m.group(1));
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
      m.usePattern(DAY_MONTH_YEAR);
    }
    if (agos != null && published.isPresent()) {
      for (int[] a : agos) {
        yearsAgo(out, text, from, a);
      }
    }
    m.usePattern(RELATIVE);
    for (int[] a : relatives) {
      window(m, a, from, to, 0, 22);
      while (m.find()) {
        if (free(out, m.start(), m.end())) {
          relative(out, m.start(), m.end(), m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    m.usePattern(WEEKDAY_PATTERN);
    for (int[] a : weekdays) {
      window(m, a, from, to, 0, 0);
      while (m.find()) {
        if (free(out, m.start(), m.end()) && published.isPresent()) {
          DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
          LocalDate d = published.get();
          int back = (d.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
          add(out, m.start(), m.end(), Optional.of(PartialDate.of(d.minusDays(back))), false);
        }
      }
    }
    m.usePattern(YEAR_ALONE);
    for (int[] a : years) {
      window(m, a, from, to, 3, 1);
      while (m.find()) {
        if (free(out, m.start(), m.end()) && !namedFor(text, m.start()) // "the Constitution of 2010": a name
            && !resolutionNumber(text, m.start())) { // "resolution 1970": a number
          // "since 2014" dates a span, not the narrative: it does not frame later day-month dates
          boolean since = a[0] >= 6 && AsciiCase.regionMatches(text, a[0] - 6, "since ");
          out.add(new DateMention(m.start(), m.end(), Optional.of(PartialDate.ofYear(year(m.group(1)))),
              OptionalInt.empty(), since));
        }
      }
    }
    if (digits && containsSession(text, from, to)) {
      m.usePattern(SESSION);
      StartFilteredMatcher sessions = new StartFilteredMatcher(m, text, from, to, SESSION_STARTS);
      while (sessions.find()) {
        if (free(out, m.start(), m.end())) {
          out.add(new DateMention(m.start(), m.end(), Optional.empty(),
              OptionalInt.of(Integer.parseInt(m.group(1))), false));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (DateMention d : out) {
      d.date().flatMap(x -> x.year().isPresent() ? Optional.of(x.year().getAsInt())
          : Optional.<Integer>empty()).ifPresent(y -> {
            boolean afterPublication = published.isPresent() && d.date().get().earliest()
                .map(e -> e.isAfter(published.get())).orElse(false);
            if (!d.future() && !afterPublication && !inRelativeClause(text, from, d.start())
                && !attributive(text, d.start(), d.end())) {
              contextYear = y;
            }
          });
    }
    return out;
  }

  /** The words that {@link #IN_MONTH} takes before a month, lower-cased ("mid-" is tested apart). */
  private static final Set<String> IN_MONTH_WORDS = Set.of("in", "since", "by", "during", "until", "from",
      "early", "late", "on", "this", "that", "next", "before", "after");

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
      return e - b <= 6 && IN_MONTH_WORDS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
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
      if (!(c == '1' && t[i + 1] == '9' || c == '2' && t[i + 1] == '0')
          || !Character.isDigit(text.charAt(i + 2)) || !Character.isDigit(text.charAt(i + 3))) {
        continue;
      }
      char before = i > from ? text.charAt(i - 1) : ' ';
      char after = i + 4 < to ? text.charAt(i + 4) : ' ';
      if (Character.isLetterOrDigit(before) || before == '/' || before == '-' || before == '.'
          || Character.isDigit(after) || after == '/') {
        continue;
      }
      if (i - from >= 6 && AsciiCase.regionMatches(text, i - 6, "since ") || resolutionNumber(text, i)) {
        continue;
      }
      int y = (c - '0') * 1000 + (text.charAt(i + 1) - '0') * 100 + (text.charAt(i + 2) - '0') * 10
          + (text.charAt(i + 3) - '0');
      if (published.isPresent() && y > published.get().getYear() || inRelativeClause(text, from, i)
          || attributive(text, i, i + 4)) {
        continue;
      }
      contextYear = y;
    }
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
        && !startsWithAny(text, w, MONTH_PREFIXES, false); // "the UPR of 2014" is a date
  }

  private static boolean containsIgnoreCase(String text, int from, int to, String lowerWord) {
    for (int i = from; i + lowerWord.length() <= to; i++) {
      if (AsciiCase.regionMatches(text, i, lowerWord)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static void window(Matcher m, int[] anchor, int from, int to, int before, int after) {
    m.region(Math.max(from, anchor[0] - before), Math.min(to, anchor[1] + after));
  }

  private static boolean containsSession(String text, int from, int to) {
    for (int i = from; i + 7 <= to; i++) {
      if ((text.charAt(i) == 's' || text.charAt(i) == 'S') && AsciiCase.regionMatches(text, i, "session")) {
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

  /** {@link Character#isLetterOrDigit(char)}, with a fast path for ASCII. */
  private static boolean letterOrDigit(char c) {
    return c < 128 ? letter(c) || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isDigit(char)}, with a fast path for ASCII. */
  private static boolean digit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** {@link Character#isUpperCase(char)}, with a fast path for ASCII. */
  private static boolean upperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static final String[] MONTH_PREFIXES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final String[] WEEKDAY_PREFIXES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] RELATIVE_PREFIXES = {"toda", "yest", "toni", "this", "last", "next", "earl"};

  /** The first letters of each prefix list, as a table over ASCII. */
  private static final boolean[] MONTH_FIRSTS = firstLetters(MONTH_PREFIXES);
  private static final boolean[] WEEKDAY_FIRSTS = firstLetters(WEEKDAY_PREFIXES);
  private static final boolean[] RELATIVE_FIRSTS = firstLetters(RELATIVE_PREFIXES);

  private static boolean[] firstLetters(String[] prefixes) {
    boolean[] table = new boolean[128];
    for (String p : prefixes) {
      table[p.charAt(0)] = true;
    }
    return table;
  }

  private static boolean startsWithAny(String text, int i, String[] prefixes, boolean ignoreCase) {
    char c = text.charAt(i);
    char first = !ignoreCase ? c : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
    boolean[] firsts = prefixes == MONTH_PREFIXES ? MONTH_FIRSTS
        : prefixes == WEEKDAY_PREFIXES ? WEEKDAY_FIRSTS : RELATIVE_FIRSTS;
    if (first >= 128 || !firsts[first]) {
      return false; // the first letter decides most cases without a region comparison
    }
    for (String p : prefixes) {
      // the first letter decides most cases without a region comparison
      if (p.charAt(0) == first && (ignoreCase ? AsciiCase.regionMatches(text, i, p) : text.startsWith(p, i))) {
        return true;
      }
    }
    return false;
  }

  private void full(List<DateMention> out, int from, Matcher m, int y, int mo, int d) {
    if (free(out, from + m.start(), from + m.end())) {
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
        fullDays.put(mo * 100 + d, y); // "until 4 October 2024 ... On 4 October": that day again
      }
      add(out, from + m.start(), from + m.end(), safe(() -> PartialDate.of(y, mo, d)), false);
    }
  }

  private void monthDay(List<DateMention> out, int from, Matcher m, int mo, int d) {
    if (!free(out, from + m.start(), from + m.end())) {
      return;
    }
    Integer given = fullDays.get(mo * 100 + d);
    int written = given != null ? given : yearWrittenBefore(out, from + m.start());
    int y = written != 0 ? written : yearFor(mo, d);
    add(out, from + m.start(), from + m.end(),
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
  private void yearsAgo(List<DateMention> out, String text, int from, int[] a) {
    int w = a[0] - 1;
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
    if (n < 2 || !free(out, s, a[1] + 4)) {
      return;
    }
    LocalDate p = published.get();
    int y = p.getYear() - n;
    int end = a[1] + 4;
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
    String key = phrase.replaceAll("\\s+", " ");
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

  private static int year(String y) {
    return Integer.parseInt(y);
  }

  private static int day(String d) {
    return Integer.parseInt(d);
  }

  private static final String[] MONTH_NAMES = new String[12];

  static {
    for (Month mo : Month.values()) {
      MONTH_NAMES[mo.getValue() - 1] = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }
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
