package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The counts of a recorded vote: in favour, against, abstaining and, where known, not voting.
 *
 * <pre>{@code
 * Tally t = Tally.of(116, 20, 53);   // A/RES/69/188
 * t.presentAndVoting();              // 136
 * }</pre>
 *
 * <p>JSON: {@code {"yes":116,"no":20,"abstain":53,"notVoting":4}}, {@code notVoting} omitted when
 * unknown. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTally.class)
@JsonDeserialize(as = ImmutableTally.class)
public abstract class Tally {

  /**
   * Returns the votes in favour.
   *
   * @return the count, not negative
   */
  public abstract int yes();

  /**
   * Returns the votes against.
   *
   * @return the count, not negative
   */
  public abstract int no();

  /**
   * Returns the abstentions.
   *
   * @return the count, not negative
   */
  public abstract int abstain();

  /**
   * Returns the members recorded as not voting or absent, where the record gives it.
   *
   * @return the count, or empty when not stated
   */
  public abstract OptionalInt notVoting();

  /**
   * Returns the members present and voting: yes plus no (abstentions are not counted).
   *
   * @return yes + no
   */
  public int presentAndVoting() {
    return yes() + no();
  }

  /**
   * Returns all votes cast including abstentions.
   *
   * @return yes + no + abstain
   */
  public int cast() {
    return yes() + no() + abstain();
  }

  @Value.Check
  void check() {
    InvalidValueException.check(yes() >= 0, "Tally", "yes", yes(), "must not be negative");
    InvalidValueException.check(no() >= 0, "Tally", "no", no(), "must not be negative");
    InvalidValueException.check(abstain() >= 0, "Tally", "abstain", abstain(), "must not be negative");
    InvalidValueException.check(notVoting().orElse(0) >= 0, "Tally", "notVoting", notVoting(), "must not be negative");
  }

  /**
   * Obtains a tally without a not-voting count.
   *
   * @param yes  in favour
   * @param no  against
   * @param abstain  abstaining
   * @return the tally, not null
   * @throws InvalidValueException  if a count is negative
   */
  public static Tally of(int yes, int no, int abstain) {
    return builder().yes(yes).no(no).abstain(abstain).build();
  }

  /**
   * Obtains a tally with a not-voting count.
   *
   * @param yes  in favour
   * @param no  against
   * @param abstain  abstaining
   * @param notVoting  not voting or absent
   * @return the tally, not null
   * @throws InvalidValueException  if a count is negative
   */
  public static Tally of(int yes, int no, int abstain, int notVoting) {
    return builder().yes(yes).no(no).abstain(abstain).notVoting(notVoting).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tally}. */
  public static final class Builder extends ImmutableTally.Builder {}

  /**
   * Prints {@code 116-20-53} or {@code 116-20-53 (4 not voting)}.
   *
   * @return the tally as text, not null
   */
  @Override
  public String toString() {
    return yes() + "-" + no() + "-" + abstain()
        + (notVoting().isPresent() ? " (" + notVoting().getAsInt() + " not voting)" : "");
  }
}
