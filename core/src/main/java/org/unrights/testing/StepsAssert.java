package org.unrights.testing;

import java.util.List;
import java.util.stream.Collectors;
import org.unrights.model.Step;
import org.unrights.query.ProcessStep;

/**
 * Assertions on a list of steps in the order given, e.g. a dossier's {@code steps()} or a
 * {@link Scenario}'s.
 *
 * <pre>{@code
 * assertThatSteps(dossier.steps()).containsStepsInOrder(DRAFT_TABLED, RESOLUTION_ADOPTED);
 * }</pre>
 */
public class StepsAssert extends AbstractStepsAssert<StepsAssert, List<ProcessStep>> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThatSteps(List)}.
   *
   * @param actual  the steps under test, in order, may be null (the assertions then fail)
   */
  public StepsAssert(List<ProcessStep> actual) {
    super(actual == null ? null : List.copyOf(actual), StepsAssert.class);
  }

  /**
   * Creates the assertion on a dossier's steps.
   *
   * @param steps  the steps under test, in order, may be null (the assertions then fail)
   * @return the assertion
   */
  static StepsAssert ofSteps(List<Step> steps) {
    return new StepsAssert(steps == null ? null
        : steps.stream().map(ProcessStep::of).collect(Collectors.toList()));
  }

  @Override
  protected List<ProcessStep> steps() {
    return actual;
  }

  @Override
  protected String what() {
    return "steps";
  }
}
