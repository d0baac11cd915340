package org.unrights.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.Body;
import org.unrights.model.PartialDate;
import org.unrights.model.StepType;
import org.unrights.query.ProcessStep;

/**
 * The assertions shared by every sequence of steps: a list of steps, a history, a trace or a
 * timeline, in their order.
 * Failure messages list the steps, one a line, with their dates and actors.
 *
 * <pre>{@code
 * assertThat(trace)
 *     .containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED)
 *     .endsOpenAt(REFERRAL_RECOMMENDED);
 * }</pre>
 *
 * <p>A step is <em>open</em> when no later step completes it. The completing steps are:
 * {@code referral-recommended} by {@code referral-made}; {@code visit-requested} by
 * {@code visit-granted}, {@code visit-refused} or {@code visit-withdrawn}; {@code draft-tabled} by
 * {@code resolution-adopted}, {@code resolution-rejected} or {@code veto-cast};
 * {@code amendment-proposed} by {@code amendment-adopted} or {@code amendment-rejected};
 * {@code review-held} by {@code recommendations-responded}; {@code report-published} by
 * {@code report-presented}. Other step types are never completed.
 */
public abstract class AbstractStepsAssert<SELF extends AbstractStepsAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  private static final Map<StepType, Set<StepType>> COMPLETED_BY = new EnumMap<>(StepType.class);

  static {
    COMPLETED_BY.put(StepType.REFERRAL_RECOMMENDED, Set.of(StepType.REFERRAL_MADE));
    COMPLETED_BY.put(StepType.VISIT_REQUESTED,
        Set.of(StepType.VISIT_GRANTED, StepType.VISIT_REFUSED, StepType.VISIT_WITHDRAWN));
    COMPLETED_BY.put(StepType.DRAFT_TABLED,
        Set.of(StepType.RESOLUTION_ADOPTED, StepType.RESOLUTION_REJECTED, StepType.VETO_CAST));
    COMPLETED_BY.put(StepType.AMENDMENT_PROPOSED, Set.of(StepType.AMENDMENT_ADOPTED, StepType.AMENDMENT_REJECTED));
    COMPLETED_BY.put(StepType.REVIEW_HELD, Set.of(StepType.RECOMMENDATIONS_RESPONDED));
    COMPLETED_BY.put(StepType.REPORT_PUBLISHED, Set.of(StepType.REPORT_PRESENTED));
  }

  /**
   * Creates the assertion.
   *
   * @param actual  the value under test, may be null (the assertions then fail)
   * @param selfType  the concrete assertion class
   */
  protected AbstractStepsAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Returns the steps of the value under test, in their order.
   *
   * @return the steps, not null
   */
  protected abstract List<ProcessStep> steps();

  /**
   * Names the value under test in messages, e.g. {@code "trace from coi-dprk"}.
   *
   * @return the name, not null
   */
  protected abstract String what();

  /**
   * Verifies that steps of these types occur in this order, other steps allowed in between.
   *
   * <pre>{@code
   * assertThatSteps(trace).containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED);
   * }</pre>
   *
   * @param types  the step types in their expected order
   * @return this assertion
   */
  public SELF containsStepsInOrder(StepType... types) {
    isNotNull();
    int next = 0;
    for (ProcessStep s : steps()) {
      if (next < types.length && s.type() == types[next]) {
        next++;
      }
    }
    if (next < types.length) {
      failBecause("to contain steps in order " + Arrays.asList(types) + " but found no " + types[next]
          + (next == 0 ? "" : " after " + types[next - 1]));
    }
    return myself;
  }

  /**
   * Verifies that a step of this type occurs.
   *
   * <pre>{@code
   * assertThatSteps(trace).containsStepOfType(AGENDA_ITEM_ADDED);
   * }</pre>
   *
   * @param type  the step type, not null
   * @return this assertion
   */
  public SELF containsStepOfType(StepType type) {
    isNotNull();
    if (first(type).isEmpty()) {
      failBecause("to contain a step of type " + type + " but it does not");
    }
    return myself;
  }

  /**
   * Verifies that no step of this type occurs.
   *
   * <pre>{@code
   * assertThatSteps(trace).doesNotContainStepOfType(REFERRAL_MADE);
   * }</pre>
   *
   * @param type  the step type, not null
   * @return this assertion
   */
  public SELF doesNotContainStepOfType(StepType type) {
    isNotNull();
    Optional<ProcessStep> found = first(type);
    if (found.isPresent()) {
      failBecause("not to contain a step of type " + type + " but found " + Describe.step(found.get())
          + Describe.evidence(found.get().evidence()));
    }
    return myself;
  }

  /**
   * Verifies that the process is still open at a step of this type: the last such step is not
   * followed by a step that completes it (see the class description for the completing steps).
   *
   * <pre>{@code
   * assertThatSteps(trace).endsOpenAt(REFERRAL_RECOMMENDED);   // no referral-made after it
   * }</pre>
   *
   * @param type  the step type, not null
   * @return this assertion
   */
  public SELF endsOpenAt(StepType type) {
    isNotNull();
    Objects.requireNonNull(type, "type");
    int last = -1;
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).type() == type) {
        last = i;
      }
    }
    if (last < 0) {
      failBecause("to end open at a step of type " + type + " but there is no such step");
    }
    Set<StepType> closers = COMPLETED_BY.getOrDefault(type, Set.of());
    for (int i = last + 1; i < steps().size(); i++) {
      ProcessStep s = steps().get(i);
      if (closers.contains(s.type())) {
        failBecause("to end open at " + type + " but it was completed by " + Describe.step(s)
            + Describe.evidence(s.evidence()));
      }
    }
    return myself;
  }

  /**
   * Verifies that the first step is of this type.
   *
   * <pre>{@code
   * assertThatSteps(trace).startsWith(MECHANISM_ESTABLISHED);
   * }</pre>
   *
   * @param type  the step type, not null
   * @return this assertion
   */
  public SELF startsWith(StepType type) {
    isNotNull();
    if (steps().isEmpty() || steps().get(0).type() != type) {
      failBecause("to start with a step of type " + type + " but "
          + (steps().isEmpty() ? "there are no steps" : "it starts with " + steps().get(0).type()));
    }
    return myself;
  }

  /**
   * Verifies the number of steps.
   *
   * <pre>{@code
   * assertThatSteps(history).hasStepCount(4);
   * }</pre>
   *
   * @param count  the expected number of steps
   * @return this assertion
   */
  public SELF hasStepCount(int count) {
    isNotNull();
    if (steps().size() != count) {
      failBecause("to have " + count + " steps but had " + steps().size());
    }
    return myself;
  }

  /**
   * Verifies that dated steps never go back in time. Undated steps are ignored, and a partial date
   * compatible with the one before it is never out of order ({@code 2018} after {@code 2018-11-15}
   * may be the same day).
   *
   * <pre>{@code
   * assertThatSteps(timeline).isInChronologicalOrder();
   * }</pre>
   *
   * @return this assertion
   */
  public SELF isInChronologicalOrder() {
    isNotNull();
    ProcessStep previous = null;
    for (ProcessStep s : steps()) {
      if (s.date().isEmpty()) {
        continue;
      }
      if (previous != null) {
        PartialDate before = previous.date().get();
        if (s.date().get().compareTo(before) < 0 && !s.date().get().isCompatibleWith(before)) {
          failBecause("to be in chronological order but " + Describe.step(s) + " comes after "
              + Describe.step(previous));
        }
      }
      previous = s;
    }
    return myself;
  }

  /**
   * Returns assertions on the first step of this type, failing if there is none.
   *
   * <pre>{@code
   * assertThatSteps(trace).step(AGENDA_ITEM_ADDED).hasActor(Body.UNSC).hasDate("2014-12-22");
   * }</pre>
   *
   * @param type  the step type, not null
   * @return the step's assertions
   */
  public StepAssert step(StepType type) {
    containsStepOfType(type);
    return new StepAssert(first(type).get());
  }

  /**
   * Returns assertions on the first step of this type taken by this body, failing if there is none.
   *
   * <pre>{@code
   * assertThat(history).step(RESOLUTION_ADOPTED, Body.GA).hasTally(116, 20, 53);
   * }</pre>
   *
   * @param type  the step type, not null
   * @param actor  the body that acted, not null
   * @return the step's assertions
   */
  public StepAssert step(StepType type, Body actor) {
    isNotNull();
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actor, "actor");
    Optional<ProcessStep> found = steps().stream()
        .filter(s -> s.type() == type && s.actor().equals(Optional.of(actor))).findFirst();
    if (found.isEmpty()) {
      failBecause("to contain a step of type " + type + " by " + actor + " but it does not");
    }
    return new StepAssert(found.orElse(null));
  }

  private Optional<ProcessStep> first(StepType type) {
    Objects.requireNonNull(type, "type");
    return steps().stream().filter(s -> s.type() == type).findFirst();
  }

  /**
   * Fails with "Expecting WHAT EXPECTATION" followed by the steps, one a line.
   *
   * @param expectation  what was expected and what was seen
   */
  protected void failBecause(String expectation) {
    List<ProcessStep> shown = new ArrayList<>(steps());
    failWithMessage("%s", "Expecting " + what() + " " + expectation + "\n" + what() + " (" + shown.size() + "):\n"
        + Describe.steps(shown));
  }
}
