package org.unrights.testing;

import org.assertj.core.api.AbstractAssert;
import org.unrights.model.DecisionRule;
import org.unrights.query.VotingRules;
import org.unrights.query.WhatIf;

/**
 * Assertions on a {@link WhatIf}: a recorded vote replayed with some states voting otherwise.
 *
 * <pre>{@code
 * WhatIf w = VotingRules.whatIf(agendaVote, Map.of(States.require("USA"), VoteOption.NO));
 * assertThat(w).keepsTheResult().outcome().isAdopted().hasTally(10, 3, 2);
 * }</pre>
 */
public class WhatIfAssert extends AbstractAssert<WhatIfAssert, WhatIf> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(WhatIf)}.
   *
   * @param actual  the what-if under test, may be null (the assertions then fail)
   */
  public WhatIfAssert(WhatIf actual) {
    super(actual, WhatIfAssert.class);
  }

  /**
   * Verifies that the changed ballots change the result (adopted, rejected or vetoed).
   *
   * <pre>{@code
   * assertThat(w).changesTheResult();
   * }</pre>
   *
   * @return this assertion
   */
  public WhatIfAssert changesTheResult() {
    isNotNull();
    if (!actual.isChanged()) {
      failWithMessage("%s", "Expecting the what-if to change the result but it stays " + result(actual) + ":\n  "
          + actual.render());
    }
    return myself;
  }

  /**
   * Verifies that the changed ballots leave the result (adopted, rejected or vetoed) as recorded.
   *
   * <pre>{@code
   * assertThat(w).keepsTheResult();
   * }</pre>
   *
   * @return this assertion
   */
  public WhatIfAssert keepsTheResult() {
    isNotNull();
    if (actual.isChanged()) {
      failWithMessage("%s", "Expecting the what-if to keep the result " + VotingRules.result(actual.original()).id()
          + " but it becomes " + result(actual) + ":\n  " + actual.render());
    }
    return myself;
  }

  /**
   * Verifies the replayed result.
   *
   * <pre>{@code
   * assertThat(w).wouldBe(DecisionRule.Result.VETOED);
   * }</pre>
   *
   * @param expected  the expected result, not null
   * @return this assertion
   */
  public WhatIfAssert wouldBe(DecisionRule.Result expected) {
    isNotNull();
    if (VotingRules.result(actual.outcome()) != expected) {
      failWithMessage("%s", "Expecting the what-if to be " + expected.id() + " but it is " + result(actual) + ":\n  "
          + actual.render());
    }
    return myself;
  }

  /**
   * Returns assertions on the replayed outcome.
   *
   * <pre>{@code
   * assertThat(w).outcome().wasVetoedBy("CHN", "RUS");
   * }</pre>
   *
   * @return the outcome's assertions
   */
  public OutcomeAssert outcome() {
    isNotNull();
    return new OutcomeAssert(actual.outcome());
  }

  /**
   * Returns assertions on the recorded outcome.
   *
   * <pre>{@code
   * assertThat(w).original().isAdopted();
   * }</pre>
   *
   * @return the outcome's assertions
   */
  public OutcomeAssert original() {
    isNotNull();
    return new OutcomeAssert(actual.original());
  }

  private static String result(WhatIf w) {
    return VotingRules.result(w.outcome()).id();
  }
}
