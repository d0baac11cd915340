package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.unrights.model.Body;
import org.unrights.model.InvalidValueException;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.StepType;

/**
 * Which steps a {@link Timeline} shows: by subject state, by actor, by step type and by period; an
 * absent criterion lets every step through.
 *
 * <p>The period is inclusive and compares what dates may denote: a step dated {@code 2014} is in a
 * period from {@code 2014-06} because it may fall in it; undated steps are left out when a period is
 * set. JSON: {@code {"state":"PRK","actor":"ga","types":["resolution-adopted"],"since":"2014","until":"2014-12"}}.
 * This class is immutable and thread-safe.
 *
 * <pre>{@code
 * TimelineFilter f = TimelineFilter.builder().state(States.require("PRK"))
 *     .addType(StepType.RESOLUTION_ADOPTED).since(PartialDate.parse("2014")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimelineFilter.class)
@JsonDeserialize(as = ImmutableTimelineFilter.class)
public abstract class TimelineFilter {

  /**
   * Returns the subject state steps must concern.
   *
   * @return the state, or empty for any
   */
  public abstract Optional<State> state();

  /**
   * Returns the body that must have acted.
   *
   * @return the body, or empty for any
   */
  public abstract Optional<Body> actor();

  /**
   * Returns the step types let through.
   *
   * @return the types, empty for all
   */
  public abstract Set<StepType> types();

  /**
   * Returns the start of the period, inclusive.
   *
   * @return the date, or empty for no start
   */
  public abstract Optional<PartialDate> since();

  /**
   * Returns the end of the period, inclusive.
   *
   * @return the date, or empty for no end
   */
  public abstract Optional<PartialDate> until();

  @Value.Check
  void check() {
    since().ifPresent(f -> InvalidValueException.check(f.year().isPresent(), "TimelineFilter", "since", f, "must have a year"));
    until().ifPresent(t -> InvalidValueException.check(t.year().isPresent(), "TimelineFilter", "until", t, "must have a year"));
    if (since().isPresent() && until().isPresent()) {
      InvalidValueException.check(!since().get().earliest().orElseThrow().isAfter(until().get().latest().orElseThrow()),
          "TimelineFilter", "until", until().get(), "must not precede since " + since().get());
    }
  }

  /**
   * Returns the filter that lets every step through.
   *
   * @return the filter, not null
   */
  public static TimelineFilter all() {
    return builder().build();
  }

  /**
   * Returns the filter for the steps concerning a state.
   *
   * @param state  the state, not null
   * @return the filter, not null
   */
  public static TimelineFilter of(State state) {
    return builder().state(state).build();
  }

  /**
   * Tells whether a step passes the filter.
   *
   * @param step  the step, not null
   * @return true when every criterion lets it through
   */
  public boolean test(ProcessStep step) {
    if (state().isPresent() && !state().equals(step.state())) {
      return false;
    }
    if (actor().isPresent() && !actor().equals(step.actor())) {
      return false;
    }
    if (!types().isEmpty() && !types().contains(step.type())) {
      return false;
    }
    if (since().isEmpty() && until().isEmpty()) {
      return true;
    }
    if (step.date().isEmpty() || step.date().get().year().isEmpty()) {
      return false;
    }
    PartialDate d = step.date().get();
    if (since().isPresent() && d.latest().orElseThrow().isBefore(since().get().earliest().orElseThrow())) {
      return false;
    }
    return until().isEmpty() || !d.earliest().orElseThrow().isAfter(until().get().latest().orElseThrow());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TimelineFilter}. */
  public static final class Builder extends ImmutableTimelineFilter.Builder {}
}
