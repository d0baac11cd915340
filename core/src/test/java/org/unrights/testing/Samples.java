package org.unrights.testing;

import static org.unrights.testing.UnrightsAssertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Resolution;
import org.unrights.model.Sponsor;
import org.unrights.model.States;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VoteOption;

/** Named values the assertion tests share, and the helper that checks a failure's message. */
final class Samples {

  /** A/RES/69/188 as the record gives it: 18 December 2014, 116-20-53 (research record ga-res-69-188). */
  static final Resolution GA_69_188 = Resolution.builder()
      .id("ga-res-69-188")
      .symbol(DocumentSymbol.parse("A/RES/69/188"))
      .body(Body.GA)
      .session(69)
      .subjectState(States.require("PRK"))
      .adopted(PartialDate.parse("2014-12-18"))
      .outcome(AdoptedByRecordedVote.of(116, 20, 53))
      .addMainSponsors(Sponsor.group("European Union"), Sponsor.of(States.require("JPN")))
      .addEvidence(Evidence.of("test-note", 10, "adopted by a recorded vote of 116 to 20"))
      .build();

  /** A hypothetical Security Council draft vetoed by Russia (not a real vote). */
  static final Vetoed VETOED_BY_RUSSIA = Vetoed.builder()
      .tally(Tally.of(13, 1, 1))
      .addVetoedBy(States.require("RUS"))
      .build();

  /** The ballots of a hypothetical two-state vote. */
  static final AdoptedByRecordedVote TWO_BALLOTS = AdoptedByRecordedVote.builder()
      .tally(Tally.of(1, 1, 0))
      .addBallots(Ballot.of("FRA", VoteOption.YES), Ballot.of("CHN", VoteOption.NO))
      .build();

  private Samples() {}

  /**
   * Checks that the assertion fails with a message containing every fragment.
   *
   * @param assertion  the failing assertion
   * @param fragments  the expected parts of the message
   */
  static void failsWith(ThrowingCallable assertion, String... fragments) {
    assertThatThrownBy(assertion).isInstanceOf(AssertionError.class).hasMessageContainingAll(fragments);
  }
}
