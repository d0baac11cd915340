package org.unrights.testing;

import java.util.List;
import org.unrights.query.ProcessStep;
import org.unrights.query.Timeline;

/**
 * Assertions on a {@link Timeline}: the steps a filter selected, in date order.
 *
 * <pre>{@code
 * assertThat(query.timeline(TimelineFilter.of(States.require("PRK"))))
 *     .isInChronologicalOrder().containsStepOfType(AGENDA_ITEM_ADDED);
 * }</pre>
 */
public class TimelineAssert extends AbstractStepsAssert<TimelineAssert, Timeline> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Timeline)}.
   *
   * @param actual  the timeline under test, may be null (the assertions then fail)
   */
  public TimelineAssert(Timeline actual) {
    super(actual, TimelineAssert.class);
  }

  @Override
  protected List<ProcessStep> steps() {
    return actual.steps();
  }

  @Override
  protected String what() {
    return "timeline";
  }
}
