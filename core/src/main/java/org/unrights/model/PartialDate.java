package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as its source gives it: a year ({@code 2014}), a year and month
 * ({@code 2014-03}), a full date ({@code 2014-12-18}), or a month and day whose year is unknown
 * ({@code --12-18}, as ISO 8601 allows).
 *
 * <p>A partial date is never invented to a day: "March 2014" stays {@code 2014-03}. Dates sort by
 * the earliest day they may denote, and at equal start the less precise first, so {@code 2014}
 * sorts before {@code 2014-01} which sorts before {@code 2014-01-01}; dates with an unknown year
 * sort after all dates with a year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year, e.g. {@code 2014}. */
    YEAR,
    /** The year and month, e.g. {@code 2014-03}. */
    YEAR_MONTH,
    /** A full calendar date, e.g. {@code 2014-12-18}. */
    DAY,
    /** Month and day with the year unknown, e.g. {@code --12-18}. */
    MONTH_DAY
  }

  private static final Pattern FORM =
      Pattern.compile("(?:(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?)|(?:--(\\d{2})-(\\d{2}))");

  private final int year; // 0 when unknown
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Obtains a year-only date.
   *
   * @param year  the year, from 1 to 9999
   * @return the date, not null
   * @throws InvalidValueException  if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * Obtains a year-and-month date.
   *
   * @param year  the year, from 1 to 9999
   * @param month  the month, from 1 to 12
   * @return the date, not null
   * @throws InvalidValueException  if a field is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) { // the value is boxed for the message only when it is wrong
      throw InvalidValueException.of("PartialDate", "month", month, "must be 1-12");
    }
    return new PartialDate(year, month, 0);
  }

  /**
   * Obtains a full date.
   *
   * @param date  the date, not null
   * @return the date, not null
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Obtains a full date.
   *
   * @param year  the year
   * @param month  the month, 1-12
   * @param day  the day of month
   * @return the date, not null
   * @throws InvalidValueException  if the fields do not form a valid calendar date
   */
  public static PartialDate of(int year, int month, int day) {
    try {
      return of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new InvalidValueException(
          "PartialDate is not a calendar date, was: " + year + "-" + month + "-" + day);
    }
  }

  /**
   * Obtains a month and day whose year is unknown.
   *
   * @param month  the month, 1-12
   * @param day  the day of month (29 February allowed)
   * @return the date, not null
   * @throws InvalidValueException  if the fields do not form a valid month-day
   */
  public static PartialDate ofMonthDay(int month, int day) {
    try {
      MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw new InvalidValueException("PartialDate is not a month-day, was: --" + month + "-" + day);
    }
    return new PartialDate(0, month, day);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code --MM-DD}.
   *
   * @param text  the text to parse, not null
   * @return the date, not null
   * @throws InvalidValueException  if the text is not one of those forms or not a valid date
   */
  @JsonCreator
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.toString().trim());
    if (!m.matches()) {
      throw new InvalidValueException(
          "PartialDate must be YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, was: '" + text + "'");
    }
    if (m.group(4) != null) {
      return ofMonthDay(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }
    int y = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return ofYear(y);
    }
    if (m.group(3) == null) {
      return ofYearMonth(y, Integer.parseInt(m.group(2)));
    }
    return of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) { // the value is boxed for the message only when it is wrong
      throw InvalidValueException.of("PartialDate", "year", year, "must be 1-9999");
    }
  }

  /**
   * Returns how much of this date is known.
   *
   * @return the precision, not null
   */
  public Precision precision() {
    if (year == 0) {
      return Precision.MONTH_DAY;
    }
    if (month == 0) {
      return Precision.YEAR;
    }
    return day == 0 ? Precision.YEAR_MONTH : Precision.DAY;
  }

  /**
   * Tells whether any part of the date is unknown.
   *
   * @return true unless this is a full calendar date
   */
  public boolean isPartial() {
    return precision() != Precision.DAY;
  }

  /**
   * Returns the year, if known.
   *
   * @return the year, or empty for a month-day
   */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /**
   * Returns the month, if known.
   *
   * @return the month 1-12, or empty
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * Returns the day of month, if known.
   *
   * @return the day, or empty
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns the full date when this date is one.
   *
   * @return the calendar date, or empty when partial
   */
  public Optional<LocalDate> toLocalDate() {
    return isPartial() ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Returns the first day this date may denote.
   *
   * @return the earliest day, or empty when the year is unknown
   */
  public Optional<LocalDate> earliest() {
    if (year == 0) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day));
  }

  /**
   * Returns the last day this date may denote.
   *
   * @return the latest day, or empty when the year is unknown
   */
  public Optional<LocalDate> latest() {
    if (year == 0) {
      return Optional.empty();
    }
    if (month == 0) {
      return Optional.of(LocalDate.of(year, 12, 31));
    }
    return Optional.of(day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day));
  }

  /**
   * Returns this date with its year set, for a month-day read against a known year.
   *
   * @param newYear  the year
   * @return a date with the year, not null
   * @throws InvalidValueException  if the combination is not a calendar date (29 February)
   */
  public PartialDate withYear(int newYear) {
    if (month == 0) {
      return ofYear(newYear);
    }
    return day == 0 ? ofYearMonth(newYear, month) : of(newYear, month, day);
  }

  /**
   * Tells whether the given day may be the day this date denotes.
   *
   * @param date  the day, not null
   * @return true when the known fields agree with the day
   */
  public boolean contains(LocalDate date) {
    return (year == 0 || year == date.getYear())
        && (month == 0 || month == date.getMonthValue())
        && (day == 0 || day == date.getDayOfMonth());
  }

  /**
   * Tells whether this date and another may denote the same day: no known field disagrees.
   *
   * @param other  the other date, not null
   * @return true when compatible
   */
  public boolean isCompatibleWith(PartialDate other) {
    return (year == 0 || other.year == 0 || year == other.year)
        && (month == 0 || other.month == 0 || month == other.month)
        && (day == 0 || other.day == 0 || day == other.day);
  }

  /**
   * Returns the month as a {@link Month}, if known.
   *
   * @return the month, or empty
   */
  public Optional<Month> monthOfYear() {
    return month == 0 ? Optional.empty() : Optional.of(Month.of(month));
  }

  @Override
  public int compareTo(PartialDate other) {
    // dates with a year first, then by year, month and day (0, unknown, sorts first); no boxing
    int c = Boolean.compare(year == 0, other.year == 0);
    if (c == 0) {
      c = Integer.compare(year, other.year);
    }
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).year == year
        && ((PartialDate) o).month == month
        && ((PartialDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /**
   * Prints the ISO 8601 form: {@code 2014}, {@code 2014-03}, {@code 2014-12-18} or {@code --12-18}.
   *
   * @return the date as text, not null
   */
  @JsonValue
  @Override
  public String toString() {
    switch (precision()) {
      case YEAR:
        return String.format("%04d", year);
      case YEAR_MONTH:
        return String.format("%04d-%02d", year, month);
      case DAY:
        return String.format("%04d-%02d-%02d", year, month, day);
      default:
        return String.format("--%02d-%02d", month, day);
    }
  }
}
