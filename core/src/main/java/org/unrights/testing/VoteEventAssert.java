package org.unrights.testing;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.Body;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/**
 * Assertions on a {@link VoteEvent}: one vote on one motion, its body, outcome and ballots.
 *
 * <pre>{@code
 * assertThat(vote).hasBody(Body.UNSC).outcome().isAdopted().hasTally(11, 2, 2);
 * }</pre>
 */
public class VoteEventAssert extends AbstractAssert<VoteEventAssert, VoteEvent> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(VoteEvent)}.
   *
   * @param actual  the vote under test, may be null (the assertions then fail)
   */
  public VoteEventAssert(VoteEvent actual) {
    super(actual, VoteEventAssert.class);
  }

  /**
   * Verifies the body that voted.
   *
   * <pre>{@code
   * assertThat(vote).hasBody(Body.UNSC);
   * }</pre>
   *
   * @param body  the expected body, not null
   * @return this assertion
   */
  public VoteEventAssert hasBody(Body body) {
    isNotNull();
    Objects.requireNonNull(body, "body");
    if (actual.body() != body) {
      failWithMessage("%s", "Expecting vote " + actual.id() + " to be in the body " + body + " but was in "
          + actual.body() + Describe.evidence(actual.evidence()));
    }
    return myself;
  }

  /**
   * Verifies how a state voted.
   *
   * <pre>{@code
   * assertThat(vote).hasBallot("RUS", VoteOption.NO);
   * }</pre>
   *
   * @param state  the state by code or name
   * @param option  the expected vote, not null
   * @return this assertion
   */
  public VoteEventAssert hasBallot(String state, VoteOption option) {
    isNotNull();
    new OutcomeAssert(actual.outcome()).hasBallot(state, option);
    return myself;
  }

  /**
   * Returns assertions on the vote's outcome.
   *
   * <pre>{@code
   * assertThat(vote).outcome().isAdopted().hasTally(11, 2, 2);
   * }</pre>
   *
   * @return the outcome's assertions
   */
  public OutcomeAssert outcome() {
    isNotNull();
    return new OutcomeAssert(actual.outcome());
  }
}
