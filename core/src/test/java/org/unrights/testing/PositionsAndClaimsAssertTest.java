package org.unrights.testing;

import static org.unrights.testing.Samples.GA_69_188;
import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.Claim;
import org.unrights.model.ClaimStance;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.Dossier;
import org.unrights.model.States;
import org.unrights.model.VoteOption;
import org.unrights.query.DossierQuery;
import org.unrights.query.Positions;

/** Positions and claims, on hypothetical dossiers. */
class PositionsAndClaimsAssertTest {

  private static final Scenario COUNCIL = Scenario.in(Body.UNSC).on("2014-12-22").about("PRK")
      .agendaItem("A hypothetical item").yes("USA", "FRA").no("CHN").abstain("TCD")
      .draft("S/2014/999").sponsoredBy("USA").yes("USA").no("CHN");

  private static final DossierQuery QUERY = DossierQuery.of(COUNCIL.dossier());

  private static Claim claim(String id, String source, String value) {
    return Claim.builder().id(id).source(source).about("ga-res-69-188").field("tally").value(value)
        .stance(ClaimStance.ASSERTS).statement("a hypothetical claim that the tally was " + value).build();
  }

  /** Two hypothetical news claims disagreeing about the tally, and the conflict a corpus loader records. */
  private static final DossierQuery CLAIMS = DossierQuery.of(Dossier.builder().addResolutions(GA_69_188)
      .addClaims(claim("claim-a", "news-a", "116-20-53"), claim("claim-b", "news-b", "111-19-55"))
      .addConflicts(Conflict.builder().about("ga-res-69-188").field("tally")
          .addValues(ConflictingValue.builder().value("116-20-53").addClaims("claim-a").addSources("news-a").build())
          .addValues(ConflictingValue.builder().value("111-19-55").addClaims("claim-b").addSources("news-b").build())
          .build())
      .build());

  @Test
  void votedOn_passesOnTheBallot() {
    Positions china = QUERY.positions(States.require("CHN"));
    assertThat(china).votedOn("vote-agenda-1", VoteOption.NO).neverVoted(VoteOption.YES);
  }

  @Test
  void votedOn_failsShowingHowTheStateVoted() {
    failsWith(() -> assertThat(QUERY.positions(States.require("TCD"))).votedOn("vote-agenda-1", VoteOption.NO),
        "Expecting TCD to have voted no on vote-agenda-1 but it voted abstain");
  }

  @Test
  void votedOn_failsWhenTheStateDidNotVote() {
    failsWith(() -> assertThat(QUERY.positions(States.require("GBR"))).votedOn("vote-agenda-1", VoteOption.YES),
        "Expecting GBR to have voted yes on vote-agenda-1 but no vote of it on vote-agenda-1 is known; its votes are on []");
  }

  @Test
  void neverVoted_failsListingTheVotes() {
    failsWith(() -> assertThat(QUERY.positions(States.require("CHN"))).neverVoted(VoteOption.NO),
        "Expecting CHN never to have voted no but it did", "no on vote-agenda-1 (unsc, 2014-12-22; rejected-by-recorded-vote)");
  }

  @Test
  void sponsored_passesAndFails() {
    assertThat(QUERY.positions(States.require("USA"))).sponsored("s-2014-999");
    failsWith(() -> assertThat(QUERY.positions(States.require("FRA"))).sponsored("s-2014-999"),
        "Expecting FRA to have sponsored s-2014-999 but its sponsorships are []");
  }

  @Test
  void claims_hasClaimFromAndHasConflicts_pass() {
    assertThat(CLAIMS.claims("ga-res-69-188")).hasClaimFrom("news-a").hasClaimFrom("news-b").hasConflicts();
  }

  @Test
  void hasClaimFrom_failsListingTheSources() {
    failsWith(() -> assertThat(CLAIMS.claims("ga-res-69-188")).hasClaimFrom("news-c"),
        "Expecting the claims about ga-res-69-188 to include a claim from news-c but the claims are from [news-a, news-b]");
  }

  @Test
  void hasNoConflicts_failsShowingTheValues() {
    failsWith(() -> assertThat(CLAIMS.claims("ga-res-69-188")).hasNoConflicts(),
        "not to conflict but 1 conflict(s) found, the first about ga-res-69-188.tally: [116-20-53 [news-a], 111-19-55 [news-b]]");
  }

  @Test
  void hasConflicts_failsQuotingTheClaims() {
    DossierQuery agreeing = DossierQuery.of(Dossier.builder().addResolutions(GA_69_188)
        .addClaims(claim("claim-a", "news-a", "116-20-53")).build());
    assertThat(agreeing.claims("ga-res-69-188")).hasNoConflicts();
    failsWith(() -> assertThat(agreeing.claims("ga-res-69-188")).hasConflicts(),
        "Expecting the claims about ga-res-69-188 to conflict but they agree; the claims are:",
        "  news-a: \"a hypothetical claim that the tally was 116-20-53\" = 116-20-53");
  }
}
