package org.unrights.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.unrights.model.Body;
import org.unrights.model.RequestedAction;
import org.unrights.model.StepType;
import org.unrights.query.OpenEnd;
import org.unrights.query.ProcessStep;
import org.unrights.query.Trace;

/**
 * Assertions on a {@link Trace}: a process followed across bodies, its steps in date order, the
 * bodies it passes through and its open ends.
 *
 * <pre>{@code
 * assertThat(query.trace("coi-dprk"))
 *     .containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED)
 *     .endsOpenAt(REFERRAL_RECOMMENDED)
 *     .hasOpenEnd(RequestedAction.REFER_TO_ICC);
 * }</pre>
 */
public class TraceAssert extends AbstractStepsAssert<TraceAssert, Trace> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Trace)}.
   *
   * @param actual  the trace under test, may be null (the assertions then fail)
   */
  public TraceAssert(Trace actual) {
    super(actual, TraceAssert.class);
  }

  /**
   * Verifies that the process stops open at a step of this type: the trace has an open end, and
   * the last step of this type is not followed by a step completing it (see
   * {@link AbstractStepsAssert}).
   *
   * <pre>{@code
   * assertThat(trace).endsOpenAt(REFERRAL_RECOMMENDED);
   * }</pre>
   *
   * @param type  the step type, not null
   * @return this assertion
   */
  @Override
  public TraceAssert endsOpenAt(StepType type) {
    super.endsOpenAt(type);
    if (actual.openEnds().isEmpty()) {
      failBecause("to end open at " + type + " but the trace has no open end");
    }
    return myself;
  }

  /**
   * Verifies that the process has an open end for this action, e.g. a referral to the ICC
   * recommended and never made.
   *
   * <pre>{@code
   * assertThat(trace).hasOpenEnd(RequestedAction.REFER_TO_ICC);
   * }</pre>
   *
   * @param action  the action, not null
   * @return this assertion
   */
  public TraceAssert hasOpenEnd(RequestedAction action) {
    isNotNull();
    Objects.requireNonNull(action, "action");
    if (actual.openEnds().stream().noneMatch(o -> o.action() == action)) {
      failBecause("to have an open end for " + action + " but its open ends are " + openEnds());
    }
    return myself;
  }

  /**
   * Verifies that the process has no open end.
   *
   * <pre>{@code
   * assertThat(trace).hasNoOpenEnds();
   * }</pre>
   *
   * @return this assertion
   */
  public TraceAssert hasNoOpenEnds() {
    isNotNull();
    if (!actual.openEnds().isEmpty()) {
      failBecause("to have no open end but it has " + openEnds());
    }
    return myself;
  }

  /**
   * Verifies that these bodies acted, first acting in this order (other bodies allowed between).
   *
   * <pre>{@code
   * assertThat(trace).passesThrough(Body.HRC, Body.GA, Body.UNSC);
   * }</pre>
   *
   * @param bodies  the bodies in their expected order
   * @return this assertion
   */
  public TraceAssert passesThrough(Body... bodies) {
    isNotNull();
    List<Body> seen = actual.bodies();
    int next = 0;
    for (Body b : seen) {
      if (next < bodies.length && b == bodies[next]) {
        next++;
      }
    }
    if (next < bodies.length) {
      failBecause("to pass through " + Arrays.asList(bodies) + " in order but the bodies acting are " + seen);
    }
    return myself;
  }

  /**
   * Verifies that an entity is part of the process.
   *
   * <pre>{@code
   * assertThat(trace).containsEntity("ga-res-69-188");
   * }</pre>
   *
   * @param id  the entity's id
   * @return this assertion
   */
  public TraceAssert containsEntity(String id) {
    isNotNull();
    if (!actual.entities().contains(id)) {
      failBecause("to contain the entity " + id + " but its entities are " + actual.entities());
    }
    return myself;
  }

  private List<String> openEnds() {
    return actual.openEnds().stream().map(OpenEnd::render).collect(Collectors.toList());
  }

  @Override
  protected List<ProcessStep> steps() {
    return actual.steps();
  }

  @Override
  protected String what() {
    return "trace" + actual.origin().map(o -> " from " + o).orElse("");
  }
}
