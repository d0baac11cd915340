package org.unrights.testing;

import static org.unrights.testing.Samples.TWO_BALLOTS;
import static org.unrights.testing.Samples.VETOED_BY_RUSSIA;
import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Outcome;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.States;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteOption;

class OutcomeAssertTest {

  private static final Outcome ADOPTED_69_188 = AdoptedByRecordedVote.of(116, 20, 53);
  private static final Outcome CUBA_AMENDMENT_REJECTED = RejectedByRecordedVote.of(40, 77, 50);

  @Test
  void isAdopted_passesOnAnyAdoption() {
    assertThat(Outcome.withoutVote()).isAdopted();
    assertThat(ADOPTED_69_188).isAdopted();
  }

  @Test
  void isAdopted_failsOnARejectionShowingTheTally() {
    failsWith(() -> assertThat(CUBA_AMENDMENT_REJECTED).isAdopted(),
        "Expecting outcome to be an adoption but was rejected-by-recorded-vote 40-77-50");
  }

  @Test
  void isNotAdopted_passesOnAVeto() {
    assertThat(VETOED_BY_RUSSIA).isNotAdopted();
  }

  @Test
  void isNotAdopted_failsOnAnAdoption() {
    failsWith(() -> assertThat(Outcome.withoutVote()).isNotAdopted(),
        "Expecting outcome not to be an adoption but was adopted-without-vote");
  }

  @Test
  void isAdoptedByRecordedVote_passesWithATally() {
    assertThat(ADOPTED_69_188).isAdoptedByRecordedVote().hasTally(116, 20, 53);
  }

  @Test
  void isAdoptedByRecordedVote_failsOnAdoptionWithoutVote() {
    failsWith(() -> assertThat(Outcome.withoutVote()).isAdoptedByRecordedVote(),
        "Expecting outcome to be adopted-by-recorded-vote but was adopted-without-vote");
  }

  @Test
  void isAdoptedWithoutVote_acceptsConsensusToo() {
    assertThat(Outcome.withoutVote()).isAdoptedWithoutVote();
    assertThat(Outcome.consensus()).isAdoptedWithoutVote();
  }

  @Test
  void isAdoptedWithoutVote_failsOnARecordedVote() {
    failsWith(() -> assertThat(ADOPTED_69_188).isAdoptedWithoutVote(),
        "to be adopted-without-vote (or adopted-by-consensus) but was adopted-by-recorded-vote 116-20-53");
  }

  @Test
  void isRejectedByRecordedVote_passesOnTheRejectedAmendment() {
    assertThat(CUBA_AMENDMENT_REJECTED).isRejectedByRecordedVote().hasTally(40, 77, 50);
  }

  @Test
  void isRejectedByRecordedVote_failsOnAVeto() {
    failsWith(() -> assertThat(VETOED_BY_RUSSIA).isRejectedByRecordedVote(),
        "to be rejected-by-recorded-vote but was vetoed 13-1-1");
  }

  @Test
  void wasVetoedBy_passesByCodeOrName() {
    assertThat(VETOED_BY_RUSSIA).wasVetoedBy("RUS");
    assertThat(VETOED_BY_RUSSIA).wasVetoedBy("Russian Federation");
  }

  @Test
  void wasVetoedBy_passesWhenTheCountsAreNotRecorded() {
    assertThat(VetoedCountsNotRecorded.of(List.of(States.require("CHN"), States.require("RUS")))).wasVetoedBy("RUS", "CHN");
  }

  @Test
  void wasVetoedBy_failsNamingWhoVetoed() {
    failsWith(() -> assertThat(VETOED_BY_RUSSIA).wasVetoedBy("CHN", "RUS"),
        "Expecting outcome to be vetoed by [CHN, RUS] but was vetoed by [RUS]");
  }

  @Test
  void wasVetoedBy_failsWhenNotVetoed() {
    failsWith(() -> assertThat(ADOPTED_69_188).wasVetoedBy("RUS"),
        "Expecting outcome to be vetoed by [RUS] but was adopted-by-recorded-vote 116-20-53");
  }

  @Test
  void hasTally_failsShowingTheActualTally() {
    failsWith(() -> assertThat(ADOPTED_69_188).hasTally(111, 19, 55),
        "Expecting outcome to have the tally 111-19-55 but was adopted-by-recorded-vote 116-20-53");
  }

  @Test
  void hasTally_failsWithoutARecordedVote() {
    failsWith(() -> assertThat(Outcome.withoutVote()).hasTally(1, 0, 0),
        "but it has no recorded vote: adopted-without-vote");
  }

  @Test
  void hasBallot_passesOnTheRecordedBallot() {
    assertThat(TWO_BALLOTS).hasBallot("CHN", VoteOption.NO).hasBallot("France", VoteOption.YES);
  }

  @Test
  void hasBallot_failsShowingHowTheStateVoted() {
    failsWith(() -> assertThat(TWO_BALLOTS).hasBallot("CHN", VoteOption.ABSTAIN),
        "Expecting CHN to have voted abstain but it voted no");
  }

  @Test
  void hasBallot_failsWhenTheStateHasNoBallot() {
    failsWith(() -> assertThat(TWO_BALLOTS).hasBallot("USA", VoteOption.YES),
        "no ballot of USA is recorded");
  }
}
