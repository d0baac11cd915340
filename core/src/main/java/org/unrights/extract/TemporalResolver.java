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
  private static final Pattern IN_MONTH = Pattern.compile(
      "\\b(?i:in|since|by|during|until|from|early|late|mid-|on|this|next|before|after)\\s+"
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
  }

  private final int publishedYear;

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
    if (!mayHoldDate(text, from, to)) {
      return out;
    }
    CharSequence s = text.subSequence(from, to);
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      full(out, from, m, year(m.group(3)), month(m.group(2)), day(m.group(1)));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      full(out, from, m, year(m.group(3)), month(m.group(1)), day(m.group(2)));
    }
    m = MONTH_YEAR.matcher(s);
    while (m.find()) {
      if (free(out, from + m.start(), from + m.end())) {
        int y = year(m.group(2));
        int mo = month(m.group(1));
        add(out, from + m.start(), from + m.end(), safe(() -> PartialDate.ofYearMonth(y, mo)), false);
      }
    }
    m = LAST_MONTH_NAME.matcher(s);
    while (m.find()) {
      if (free(out, from + m.start(), from + m.end()) && published.isPresent()) {
        int mo = month(m.group(1));
        LocalDate p = published.get();
        int y = mo < p.getMonthValue() ? p.getYear() : p.getYear() - 1;
        add(out, from + m.start(), from + m.end(), safe(() -> PartialDate.ofYearMonth(y, mo)), false);
      }
    }
    m = DAY_MONTH.matcher(s);
    while (m.find()) {
      monthDay(out, from, m, month(m.group(2)), day(m.group(1)));
    }
    m = MONTH_DAY.matcher(s);
    while (m.find()) {
      monthDay(out, from, m, month(m.group(1)), day(m.group(2)));
    }
    m = IN_MONTH.matcher(s);
    while (m.find()) {
      int start = from + m.start(1);
      if (free(out, start, from + m.end())) {
        int mo = month(m.group(1));
        int y = yearFor(mo, 1);
        add(out, start, from + m.end(), y == 0 ? Optional.empty()
            : safe(() -> PartialDate.ofYearMonth(y, mo)), false);
      }
    }
    m = RELATIVE.matcher(s);
    while (m.find()) {
      if (free(out, from + m.start(), from + m.end())) {
        relative(out, from + m.start(), from + m.end(), m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    m = WEEKDAY_PATTERN.matcher(s);
    while (m.find()) {
      if (free(out, from + m.start(), from + m.end()) && published.isPresent()) {
        DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate d = published.get();
        int back = (d.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        add(out, from + m.start(), from + m.end(), Optional.of(PartialDate.of(d.minusDays(back))),
            false);
      }
    }
    m = YEAR_ALONE.matcher(s);
    while (m.find()) {
      if (free(out, from + m.start(), from + m.end())) {
        add(out, from + m.start(), from + m.end(), Optional.of(PartialDate.ofYear(year(m.group(1)))),
            false);
      }
    }
    m = SESSION.matcher(s);
    while (m.find()) {
      if (free(out, from + m.start(), from + m.end())) {
        out.add(new DateMention(from + m.start(), from + m.end(), Optional.empty(),
            OptionalInt.of(Integer.parseInt(m.group(1))), false));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (DateMention d : out) {
      d.date().flatMap(x -> x.year().isPresent() ? Optional.of(x.year().getAsInt())
          : Optional.<Integer>empty()).ifPresent(y -> {
            if (!d.future()) {
              contextYear = y;
            }
          });
    }
    return out;
  }

  private static boolean mayHoldDate(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == 't' || c == 'y' || c == 'l') {
        return true;
      }
    }
    return false;
  }

  private void full(List<DateMention> out, int from, Matcher m, int y, int mo, int d) {
    if (free(out, from + m.start(), from + m.end())) {
      add(out, from + m.start(), from + m.end(), safe(() -> PartialDate.of(y, mo, d)), false);
    }
  }

  private void monthDay(List<DateMention> out, int from, Matcher m, int mo, int d) {
    if (!free(out, from + m.start(), from + m.end())) {
      return;
    }
    int y = yearFor(mo, d);
    add(out, from + m.start(), from + m.end(),
        y == 0 ? safe(() -> PartialDate.ofMonthDay(mo, d)) : safe(() -> PartialDate.of(y, mo, d)),
        false);
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

  static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (Month mo : Month.values()) {
      String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(key)) {
        return mo.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
