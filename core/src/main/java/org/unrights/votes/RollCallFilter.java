package org.unrights.votes;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which roll calls an analysis uses: those of one issue (e.g. {@code hr}, human rights) or all,
 * within an optional range of years (inclusive, by the date of the vote).
 *
 * <pre>{@code
 * RollCallFilter.all();                                  // every roll call
 * RollCallFilter.issue("hr").withYears(2000, 2019);      // human rights, 2000 to 2019
 * }</pre>
 *
 * <p>A roll call without a date is left out when a year bound is given. This class is immutable
 * and thread-safe.
 */
public final class RollCallFilter {

  private static final RollCallFilter ALL = new RollCallFilter(Optional.empty(), OptionalInt.empty(),
      OptionalInt.empty());

  private final Optional<String> issue;
  private final OptionalInt fromYear;
  private final OptionalInt toYear;

  private RollCallFilter(Optional<String> issue, OptionalInt fromYear, OptionalInt toYear) {
    this.issue = issue;
    this.fromYear = fromYear;
    this.toYear = toYear;
  }

  /**
   * Returns the filter that keeps every roll call.
   *
   * @return the filter, not null
   */
  public static RollCallFilter all() {
    return ALL;
  }

  /**
   * Returns the filter that keeps the roll calls of one issue.
   *
   * @param code  the issue code as in issues.csv, e.g. {@code hr}; {@code all} means every roll call
   * @return the filter, not null
   * @throws IllegalArgumentException  if the code is blank
   */
  public static RollCallFilter issue(String code) {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("issue code must not be blank");
    }
    return "all".equals(code) ? ALL : new RollCallFilter(Optional.of(code), OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * Returns a copy keeping only roll calls dated within the given years, inclusive.
   *
   * @param from  the first year, or empty for no lower bound
   * @param to  the last year, or empty for no upper bound
   * @return the filter, not null
   * @throws IllegalArgumentException  if {@code from} is after {@code to}
   */
  public RollCallFilter withYears(OptionalInt from, OptionalInt to) {
    if (from.isPresent() && to.isPresent() && from.getAsInt() > to.getAsInt()) {
      throw new IllegalArgumentException("from year " + from.getAsInt() + " is after to year " + to.getAsInt());
    }
    return new RollCallFilter(issue, from, to);
  }

  /**
   * Returns a copy keeping only roll calls dated within the given years, inclusive.
   *
   * @param from  the first year
   * @param to  the last year
   * @return the filter, not null
   * @throws IllegalArgumentException  if {@code from} is after {@code to}
   */
  public RollCallFilter withYears(int from, int to) {
    return withYears(OptionalInt.of(from), OptionalInt.of(to));
  }

  /**
   * Returns the issue code kept.
   *
   * @return the code, or empty for every issue
   */
  public Optional<String> issue() {
    return issue;
  }

  /**
   * Returns the first year kept.
   *
   * @return the year, or empty for no lower bound
   */
  public OptionalInt fromYear() {
    return fromYear;
  }

  /**
   * Returns the last year kept.
   *
   * @return the year, or empty for no upper bound
   */
  public OptionalInt toYear() {
    return toYear;
  }

  /**
   * Tells whether a year bound is set.
   *
   * @return true if from or to is given
   */
  public boolean hasYears() {
    return fromYear.isPresent() || toYear.isPresent();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RollCallFilter)) {
      return false;
    }
    RollCallFilter f = (RollCallFilter) o;
    return issue.equals(f.issue) && fromYear.equals(f.fromYear) && toYear.equals(f.toYear);
  }

  @Override
  public int hashCode() {
    return Objects.hash(issue, fromYear, toYear);
  }

  /**
   * Prints e.g. {@code hr 2000-2019} or {@code all}.
   *
   * @return the filter as text
   */
  @Override
  public String toString() {
    String years = hasYears()
        ? " " + (fromYear.isPresent() ? fromYear.getAsInt() : "") + "-" + (toYear.isPresent() ? toYear.getAsInt() : "")
        : "";
    return issue.orElse("all") + years;
  }
}
