package org.unrights.testing;

import java.util.List;
import org.unrights.query.History;
import org.unrights.query.ProcessStep;

/**
 * Assertions on an entity's {@link History}: its own steps in date order.
 *
 * <pre>{@code
 * assertThat(query.history("ga-res-69-188")).isKnown()
 *     .containsStepsInOrder(DRAFT_TABLED, RESOLUTION_ADOPTED);
 * }</pre>
 */
public class HistoryAssert extends AbstractStepsAssert<HistoryAssert, History> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(History)}.
   *
   * @param actual  the history under test, may be null (the assertions then fail)
   */
  public HistoryAssert(History actual) {
    super(actual, HistoryAssert.class);
  }

  /**
   * Verifies that the dossier holds the entity the history was asked about.
   *
   * <pre>{@code
   * assertThat(query.history("ga-res-69-188")).isKnown();
   * }</pre>
   *
   * @return this assertion
   */
  public HistoryAssert isKnown() {
    isNotNull();
    if (!actual.known()) {
      failBecause("to be of an entity in the dossier but " + actual.entity() + " is not in it");
    }
    return myself;
  }

  @Override
  protected List<ProcessStep> steps() {
    return actual.steps();
  }

  @Override
  protected String what() {
    return "history of " + actual.entity();
  }
}
