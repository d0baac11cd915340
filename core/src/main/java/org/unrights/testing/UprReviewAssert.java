package org.unrights.testing;

import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.UprReview;

/**
 * Assertions on a Universal Periodic Review ({@link UprReview}): the state under review, the
 * cycle and session, and how many recommendations it received, supported and noted. Failure
 * messages quote the review's evidence.
 *
 * <pre>{@code
 * assertThat(review).isReviewOf("PRK").isInCycle(2).hasRecommendationsReceived(268);
 * }</pre>
 */
public class UprReviewAssert extends AbstractAssert<UprReviewAssert, UprReview> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(UprReview)}.
   *
   * @param actual  the review under test, may be null (the assertions then fail)
   */
  public UprReviewAssert(UprReview actual) {
    super(actual, UprReviewAssert.class);
  }

  /**
   * Verifies the state under review.
   *
   * <pre>{@code
   * assertThat(review).isReviewOf("PRK");
   * }</pre>
   *
   * @param state  the state by code or name
   * @return this assertion
   */
  public UprReviewAssert isReviewOf(String state) {
    isNotNull();
    State expected = States.require(state);
    if (!actual.stateUnderReview().equals(expected)) {
      failBecause("to be a review of " + expected.alpha3() + " but was of " + actual.stateUnderReview().alpha3());
    }
    return myself;
  }

  /**
   * Verifies the UPR cycle (1st 2008-2011, 2nd 2012-2016, ...).
   *
   * <pre>{@code
   * assertThat(review).isInCycle(2);
   * }</pre>
   *
   * @param cycle  the expected cycle
   * @return this assertion
   */
  public UprReviewAssert isInCycle(int cycle) {
    return hasCount("cycle", actualOrFail().cycle(), cycle);
  }

  /**
   * Verifies the Working Group session number.
   *
   * <pre>{@code
   * assertThat(review).hasWorkingGroupSession(19);
   * }</pre>
   *
   * @param session  the expected session
   * @return this assertion
   */
  public UprReviewAssert hasWorkingGroupSession(int session) {
    return hasCount("Working Group session", actualOrFail().workingGroupSession(), session);
  }

  /**
   * Verifies the date of the review, compared as written.
   *
   * <pre>{@code
   * assertThat(review).wasHeldOn("2014-05");
   * }</pre>
   *
   * @param date  the expected date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @return this assertion
   * @throws org.unrights.model.InvalidValueException if {@code date} is not a partial date
   */
  public UprReviewAssert wasHeldOn(String date) {
    isNotNull();
    PartialDate expected = PartialDate.parse(date);
    if (!actual.date().equals(Optional.of(expected))) {
      failBecause("to have been held on " + expected + " but the date was " + Describe.date(actual.date()));
    }
    return myself;
  }

  /**
   * Verifies the number of recommendations received.
   *
   * <pre>{@code
   * assertThat(review).hasRecommendationsReceived(268);
   * }</pre>
   *
   * @param count  the expected number
   * @return this assertion
   */
  public UprReviewAssert hasRecommendationsReceived(int count) {
    return hasCount("recommendations received", actualOrFail().recommendationsReceived(), count);
  }

  /**
   * Verifies the number of recommendations the state supported.
   *
   * <pre>{@code
   * assertThat(review).hasSupported(113);
   * }</pre>
   *
   * @param count  the expected number
   * @return this assertion
   */
  public UprReviewAssert hasSupported(int count) {
    return hasCount("recommendations supported", actualOrFail().supported(), count);
  }

  /**
   * Verifies the number of recommendations the state noted.
   *
   * <pre>{@code
   * assertThat(review).hasNoted(4);
   * }</pre>
   *
   * @param count  the expected number
   * @return this assertion
   */
  public UprReviewAssert hasNoted(int count) {
    return hasCount("recommendations noted", actualOrFail().noted(), count);
  }

  private UprReview actualOrFail() {
    isNotNull();
    return actual;
  }

  private UprReviewAssert hasCount(String field, OptionalInt seen, int expected) {
    if (seen.isEmpty() || seen.getAsInt() != expected) {
      failBecause("to have " + field + " " + expected + " but "
          + (seen.isEmpty() ? "it is not recorded" : "was " + seen.getAsInt()));
    }
    return myself;
  }

  private void failBecause(String expectation) {
    failWithMessage("%s", "Expecting UPR review " + actual.id() + " " + expectation + Describe.evidence(actual.evidence()));
  }
}
