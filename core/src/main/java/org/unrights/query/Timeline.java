package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The steps a {@link TimelineFilter} lets through, in date order: partial dates sort by the first
 * day they may denote, a year before its months and a month before its days, and each step says
 * whether its date is partial ({@link ProcessStep#partialDate()}); undated steps come last.
 *
 * <p>JSON: {@code {"filter":{...},"steps":[...]}}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeline.class)
@JsonDeserialize(as = ImmutableTimeline.class)
public abstract class Timeline {

  /**
   * Returns the filter applied.
   *
   * @return the filter, not null
   */
  public abstract TimelineFilter filter();

  /**
   * Returns the steps, in date order.
   *
   * @return the steps, possibly empty
   */
  public abstract List<ProcessStep> steps();

  /**
   * Prints the timeline, a step a line ({@code ~} marks a partial date) with its quotes.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder s = new StringBuilder("Timeline (").append(steps().size())
        .append(steps().size() == 1 ? " step)" : " steps)").append(System.lineSeparator());
    Rendering.steps(s, steps());
    return s.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Timeline}. */
  public static final class Builder extends ImmutableTimeline.Builder {}
}
