package org.unrights.testing;

import static org.unrights.testing.Samples.GA_69_188;
import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.Outcome;
import org.unrights.model.Resolution;
import org.unrights.model.VoteOption;

class ResolutionAssertTest {

  private static final Resolution WITHOUT_VOTE = Resolution.builder().from(GA_69_188)
      .outcome(Outcome.withoutVote()).build();
  private static final Resolution NO_OUTCOME = Resolution.builder().id("res-x").body(Body.HRC).build();

  @Test
  void wasAdoptedByRecordedVote_withTally_passesOnTheRecord() {
    assertThat(GA_69_188).wasAdoptedByRecordedVote().withTally(116, 20, 53);
  }

  @Test
  void wasAdoptedByRecordedVote_failsQuotingTheEvidence() {
    failsWith(() -> assertThat(WITHOUT_VOTE).wasAdoptedByRecordedVote(),
        "Expecting resolution ga-res-69-188 to have been adopted by a recorded vote but its outcome was adopted-without-vote",
        "evidence: \"adopted by a recorded vote of 116 to 20\" (test-note 10-49)");
  }

  @Test
  void withTally_failsShowingTheRecordedTally() {
    failsWith(() -> assertThat(GA_69_188).withTally(111, 19, 55),
        "to have the tally 111-19-55 (yes-no-abstain) but it was 116-20-53");
  }

  @Test
  void withTally_failsWhenThereIsNoVote() {
    failsWith(() -> assertThat(WITHOUT_VOTE).withTally(116, 20, 53), "but its outcome was adopted-without-vote");
  }

  @Test
  void wasAdopted_passesWithoutVote() {
    assertThat(WITHOUT_VOTE).wasAdopted().wasAdoptedWithoutVote();
  }

  @Test
  void wasAdopted_failsWithoutAnOutcome() {
    failsWith(() -> assertThat(NO_OUTCOME).wasAdopted(),
        "Expecting resolution res-x to have been adopted but its outcome was no outcome recorded");
  }

  @Test
  void wasAdoptedWithoutVote_failsOnARecordedVote() {
    failsWith(() -> assertThat(GA_69_188).wasAdoptedWithoutVote(),
        "to have been adopted without a vote but its outcome was adopted-by-recorded-vote 116-20-53");
  }

  @Test
  void hasSymbol_passesOnTheParsedSymbol() {
    assertThat(GA_69_188).hasSymbol("A/RES/69/188");
  }

  @Test
  void hasSymbol_failsShowingTheSymbol() {
    failsWith(() -> assertThat(GA_69_188).hasSymbol("A/RES/68/183"),
        "to have the symbol A/RES/68/183 but had A/RES/69/188");
  }

  @Test
  void hasBody_passesAndFails() {
    assertThat(GA_69_188).hasBody(Body.GA);
    failsWith(() -> assertThat(GA_69_188).hasBody(Body.HRC),
        "to have been adopted by the body hrc but was ga");
  }

  @Test
  void wasAdoptedOn_passesAndFails() {
    assertThat(GA_69_188).wasAdoptedOn("2014-12-18");
    failsWith(() -> assertThat(GA_69_188).wasAdoptedOn("2014-11-18"),
        "to have been adopted on 2014-11-18 but the date was 2014-12-18");
  }

  @Test
  void hasMainSponsor_passesForAStateOrAGroup() {
    assertThat(GA_69_188).hasMainSponsor("Japan").hasMainSponsor("European Union");
  }

  @Test
  void hasMainSponsor_failsListingTheSponsors() {
    failsWith(() -> assertThat(GA_69_188).hasMainSponsor("CUB"),
        "to have CUB among its main sponsors but they were [European Union, JPN]");
  }

  @Test
  void isAbout_passesAndFails() {
    assertThat(GA_69_188).isAbout("North Korea");
    failsWith(() -> assertThat(GA_69_188).isAbout("KOR"), "to be about KOR but was about PRK");
  }

  @Test
  void outcome_navigatesToTheOutcome() {
    assertThat(GA_69_188).outcome().isAdopted();
    failsWith(() -> assertThat(GA_69_188).outcome().hasBallot("CHN", VoteOption.NO), "no ballot of CHN");
  }

  @Test
  void outcome_failsWithoutAnOutcome() {
    failsWith(() -> assertThat(NO_OUTCOME).outcome(), "to have an outcome but none is recorded");
  }
}
