package org.unrights.testing;

import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.Evidence;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

class VoteEventAssertTest {

  /** A hypothetical procedural vote with three ballots. */
  private static final VoteEvent VOTE = VoteEvent.builder()
      .from(Scenario.in(Body.UNSC).on("2014-12-22").motion("a hypothetical motion")
          .yes("FRA", "GBR").no("CHN").voteEvent())
      .addEvidence(Evidence.of("test-note", 4, "the Council voted on the motion"))
      .build();

  @Test
  void hasBody_hasBallot_outcome_pass() {
    assertThat(VOTE).hasBody(Body.UNSC).hasBallot("CHN", VoteOption.NO).hasBallot("France", VoteOption.YES)
        .outcome().isRejectedByRecordedVote().hasTally(2, 1, 0);
  }

  @Test
  void hasBody_failsQuotingTheEvidence() {
    failsWith(() -> assertThat(VOTE).hasBody(Body.GA),
        "Expecting vote vote-motion-1 to be in the body ga but was in unsc",
        "evidence: \"the Council voted on the motion\" (test-note 4-35)");
  }

  @Test
  void hasBallot_failsShowingHowTheStateVoted() {
    failsWith(() -> assertThat(VOTE).hasBallot("GBR", VoteOption.ABSTAIN),
        "Expecting GBR to have voted abstain but it voted yes");
  }

  @Test
  void outcome_failsOnTheOutcome() {
    failsWith(() -> assertThat(VOTE).outcome().isAdopted(),
        "Expecting outcome to be an adoption but was rejected-by-recorded-vote 2-1-0");
  }

  @Test
  void null_fails() {
    failsWith(() -> assertThat((VoteEvent) null).hasBody(Body.GA), "Expecting actual not to be null");
  }
}
