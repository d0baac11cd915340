package org.unrights.testing;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.DecisionRule;
import org.unrights.model.Tally;

/**
 * Assertions on a {@link Tally}, the counts of a recorded vote.
 *
 * <pre>{@code
 * assertThat(Tally.of(11, 2, 2)).isTally(11, 2, 2).isAdoptedUnder(DecisionRule.affirmativeVotes(9, false));
 * }</pre>
 */
public class TallyAssert extends AbstractAssert<TallyAssert, Tally> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Tally)}.
   *
   * @param actual  the tally under test, may be null (the assertions then fail)
   */
  public TallyAssert(Tally actual) {
    super(actual, TallyAssert.class);
  }

  /**
   * Verifies the counts in favour, against and abstaining.
   *
   * <pre>{@code
   * assertThat(Tally.of(116, 20, 53)).isTally(116, 20, 53);
   * }</pre>
   *
   * @param yes  the expected votes in favour
   * @param no  the expected votes against
   * @param abstain  the expected abstentions
   * @return this assertion
   */
  public TallyAssert isTally(int yes, int no, int abstain) {
    isNotNull();
    if (actual.yes() != yes || actual.no() != no || actual.abstain() != abstain) {
      failWithMessage("%s", "Expecting tally to be " + yes + "-" + no + "-" + abstain + " (yes-no-abstain) but was " + actual);
    }
    return myself;
  }

  /**
   * Verifies the votes in favour.
   *
   * <pre>{@code
   * assertThat(Tally.of(116, 20, 53)).hasYes(116);
   * }</pre>
   *
   * @param yes  the expected votes in favour
   * @return this assertion
   */
  public TallyAssert hasYes(int yes) {
    return hasCount("yes", actualOrFail().yes(), yes);
  }

  /**
   * Verifies the votes against.
   *
   * <pre>{@code
   * assertThat(Tally.of(116, 20, 53)).hasNo(20);
   * }</pre>
   *
   * @param no  the expected votes against
   * @return this assertion
   */
  public TallyAssert hasNo(int no) {
    return hasCount("no", actualOrFail().no(), no);
  }

  /**
   * Verifies the abstentions.
   *
   * <pre>{@code
   * assertThat(Tally.of(116, 20, 53)).hasAbstain(53);
   * }</pre>
   *
   * @param abstain  the expected abstentions
   * @return this assertion
   */
  public TallyAssert hasAbstain(int abstain) {
    return hasCount("abstain", actualOrFail().abstain(), abstain);
  }

  /**
   * Verifies that the tally adopts the motion under a decision rule (vetoes aside: a tally does
   * not say who voted against).
   *
   * <pre>{@code
   * assertThat(Tally.of(11, 2, 2)).isAdoptedUnder(DecisionRule.affirmativeVotes(9, false));
   * }</pre>
   *
   * @param rule  the decision rule, not null
   * @return this assertion
   */
  public TallyAssert isAdoptedUnder(DecisionRule rule) {
    return decides(rule, DecisionRule.Result.ADOPTED);
  }

  /**
   * Verifies that the tally does not adopt the motion under a decision rule.
   *
   * <pre>{@code
   * assertThat(Tally.of(8, 4, 3)).isRejectedUnder(DecisionRule.affirmativeVotes(9, false));
   * }</pre>
   *
   * @param rule  the decision rule, not null
   * @return this assertion
   */
  public TallyAssert isRejectedUnder(DecisionRule rule) {
    return decides(rule, DecisionRule.Result.REJECTED);
  }

  private TallyAssert decides(DecisionRule rule, DecisionRule.Result expected) {
    isNotNull();
    Objects.requireNonNull(rule, "rule");
    DecisionRule.Result result = rule.decide(actual, false);
    if (result != expected) {
      failWithMessage("%s", "Expecting tally " + actual + " to be " + expected.id() + " under the rule '" + rule
          + "' but it was " + result.id());
    }
    return myself;
  }

  private Tally actualOrFail() {
    isNotNull();
    return actual;
  }

  private TallyAssert hasCount(String field, int actualCount, int expected) {
    if (actualCount != expected) {
      failWithMessage("%s", "Expecting tally " + actual + " to have " + field + " " + expected + " but was " + actualCount);
    }
    return myself;
  }
}
