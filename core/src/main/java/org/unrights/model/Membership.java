package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state's seat in a body for a period: an elected term or a permanent seat.
 *
 * <p>JSON: {@code {"state":"TCD","body":"unsc","kind":"elected","start":"2014-01-01","end":"2015-12-31","sources":["..."]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {

  /**
   * Returns the state.
   *
   * @return the value, not null
   */
  public abstract State state();

  /**
   * Returns the body.
   *
   * @return the value, not null
   */
  public abstract Body body();

  /**
   * Returns permanent or elected.
   *
   * @return the value, not null
   */
  public abstract MembershipKind kind();

  /**
   * Returns when the seat was taken.
   *
   * @return the value, not null
   */
  public abstract PartialDate start();

  /**
   * Returns when it ends; empty while it runs.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> end();

  /**
   * Returns the ids of the sources the membership was checked against.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> sources();

  @Value.Check
  void check() {
    end().ifPresent(e -> InvalidValueException.check(start().compareTo(e) <= 0, "Membership", "end", e, "must not precede start " + start()));
  }

  /**
   * Tells whether the state sat in the body on the given day.
   *
   * @param day  the day, not null
   * @return true when the day lies within the term
   */
  public boolean isSittingOn(java.time.LocalDate day) {
    boolean started = start().earliest().map(s -> !day.isBefore(s)).orElse(false);
    boolean notEnded = end().flatMap(PartialDate::latest).map(e -> !day.isAfter(e)).orElse(true);
    return started && notEnded;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Membership}. */
  public static final class Builder extends ImmutableMembership.Builder {}
}
