package org.unrights.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each invariant of the model fails at construction with a message naming the field and value. */
class ModelInvariantsTest {

  private static final State PRK = States.require("PRK");

  @Test
  void tally_rejectsNegativeCount() {
    assertThatThrownBy(() -> Tally.of(1, -2, 0))
        .isInstanceOf(InvalidValueException.class).hasMessage("Tally.no must not be negative, was: -2");
    assertThatThrownBy(() -> Tally.of(1, 2, 0, -1)).hasMessageContaining("Tally.notVoting");
  }

  @Test
  void tally_countsPresentAndVotingWithoutAbstentions() {
    Tally t = Tally.of(116, 20, 53);
    assertThat(t.presentAndVoting()).isEqualTo(136);
    assertThat(t.cast()).isEqualTo(189);
    assertThat(t).hasToString("116-20-53");
    assertThat(Tally.of(11, 2, 2, 0)).hasToString("11-2-2 (0 not voting)");
  }

  @Test
  void recordedVote_rejectsBallotsThatDisagreeWithTally() {
    assertThatThrownBy(() -> AdoptedByRecordedVote.builder().tally(Tally.of(2, 1, 0))
            .addBallot(Ballot.of("FRA", VoteOption.YES)).addBallot(Ballot.of("CHN", VoteOption.NO)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AdoptedByRecordedVote.ballots disagree with tally 2-1-0: yes is 2 in the tally but 1 in the ballots");
  }

  @Test
  void recordedVote_rejectsAStateBallotingTwice() {
    assertThatThrownBy(() -> RejectedByRecordedVote.builder().tally(Tally.of(2, 0, 0))
            .addBallot(Ballot.of("FRA", VoteOption.YES)).addBallot(Ballot.of("FRA", VoteOption.YES)).build())
        .hasMessageContaining("RejectedByRecordedVote.ballots name a state more than once, was: FRA");
  }

  @Test
  void recordedVote_checksNotVotingOnlyWhenTallied() {
    AdoptedByRecordedVote v = AdoptedByRecordedVote.builder().tally(Tally.of(1, 0, 0))
        .addBallot(Ballot.of("FRA", VoteOption.YES)).addBallot(Ballot.of("USA", VoteOption.NOT_VOTING)).build();
    assertThat(v.statesVoting(VoteOption.YES)).containsExactly(States.require("FRA"));
    assertThatThrownBy(() -> AdoptedByRecordedVote.builder().tally(Tally.of(1, 0, 0, 0))
            .addBallot(Ballot.of("FRA", VoteOption.YES)).addBallot(Ballot.of("USA", VoteOption.NOT_VOTING)).build())
        .hasMessageContaining("notVoting is 0 in the tally but 1 in the ballots");
  }

  @Test
  void vetoed_requiresPermanentMembersWhoVotedNo() {
    assertThatThrownBy(() -> Vetoed.builder().tally(Tally.of(13, 2, 0)).build())
        .hasMessageContaining("Vetoed.vetoedBy must name at least one state");
    assertThatThrownBy(() -> Vetoed.builder().tally(Tally.of(13, 2, 0)).addVetoedBy(States.require("TCD")).build())
        .hasMessageContaining("Vetoed.vetoedBy must list permanent members of the Security Council, was: TCD");
    assertThatThrownBy(() -> Vetoed.builder().tally(Tally.of(1, 0, 0)).addVetoedBy(States.require("CHN"))
            .addBallot(Ballot.of("CHN", VoteOption.YES)).build())
        .hasMessageContaining("Vetoed.vetoedBy must have voted no in the ballots, was: CHN");
  }

  @Test
  void evidence_quoteMustSpanItsOffsets() {
    assertThatThrownBy(() -> Evidence.builder().source("s").start(5).end(9).quote("abc").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Evidence.quote must be end - start = 4 characters long, was: 'abc'");
    assertThatThrownBy(() -> Evidence.builder().source("s").start(-1).end(2).quote("abc").build())
        .hasMessageContaining("Evidence.start must not be negative, was: -1");
    assertThatThrownBy(() -> Evidence.builder().source("s").start(3).end(3).quote("").build())
        .hasMessageContaining("Evidence.end must be greater than start 3, was: 3");
    assertThatThrownBy(() -> Evidence.of(" ", 0, "abc")).hasMessageContaining("Evidence.source must not be blank");
  }

  @Test
  void evidence_matchesOnlyTheTextItQuotes() {
    Evidence e = Evidence.of("s", 4, "council");
    assertThat(e.matches("the council met")).isTrue();
    assertThat(e.matches("the Council met")).isFalse();
    assertThat(e.matches("the coun")).isFalse();
  }

  @Test
  void entity_idMustBeLowerCaseWords() {
    assertThatThrownBy(() -> Step.builder().id("Step 1").type(StepType.MEETING_HELD).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Step.id must be lower-case letters, digits, '-', '.' or '_', was: 'Step 1'");
  }

  @Test
  void sponsor_isEitherAStateOrAGroup() {
    assertThat(Sponsor.group("European Union").name()).isEqualTo("European Union");
    assertThat(Sponsor.of(States.require("JPN")).name()).isEqualTo("JPN");
    assertThatThrownBy(() -> Sponsor.builder().build()).hasMessageContaining("Sponsor.state/group must give exactly one");
    assertThatThrownBy(() -> Sponsor.builder().state(PRK).group("x").build()).hasMessageContaining("exactly one");
  }

  @Test
  void draft_cannotCarryAnAdoptedResolutionsSymbol() {
    assertThatThrownBy(() -> Draft.builder().id("d").body(Body.GA).symbol(DocumentSymbol.parse("A/RES/69/188")).build())
        .hasMessage("Draft.symbol must not be an adopted resolution's symbol, was: A/RES/69/188");
  }

  @Test
  void resolution_sessionMustBePositive() {
    assertThatThrownBy(() -> Resolution.builder().id("r").body(Body.GA).session(0).build())
        .hasMessage("Resolution.session must be positive, was: 0");
  }

  @Test
  void mandate_countryMandateNeedsItsState() {
    assertThatThrownBy(() -> Mandate.builder().id("m").title("SR").kind(MandateKind.COUNTRY).build())
        .hasMessageContaining("Mandate.subjectState must be given for a country mandate");
    assertThat(Mandate.builder().id("m").title("SR on torture").kind(MandateKind.THEMATIC).build().subjectState()).isEmpty();
  }

  @Test
  void mandateHolder_termCannotEndBeforeItStarts() {
    Person p = Person.builder().id("p").name("A Person").build();
    assertThatThrownBy(() -> MandateHolder.builder().person(p).title("Special Rapporteur")
            .start(PartialDate.parse("2016")).end(PartialDate.parse("2015-12")).build())
        .hasMessage("MandateHolder.end must not precede start 2016, was: 2015-12");
  }

  @Test
  void uprReview_countsAndCycleAreBounded() {
    assertThatThrownBy(() -> UprReview.builder().id("u").stateUnderReview(PRK).cycle(0).build())
        .hasMessage("UprReview.cycle must be 1-9, was: 0");
    assertThatThrownBy(() -> UprReview.builder().id("u").stateUnderReview(PRK).recommendationsReceived(10).supported(8).noted(3).build())
        .hasMessage("UprReview.supported+noted must not exceed recommendationsReceived 10, was: 11");
  }

  @Test
  void membership_sitsOnlyWithinItsTerm() {
    Membership m = Membership.builder().state(States.require("TCD")).body(Body.UNSC).kind(MembershipKind.ELECTED)
        .start(PartialDate.parse("2014-01-01")).end(PartialDate.parse("2015")).build();
    assertThat(m.isSittingOn(java.time.LocalDate.of(2014, 12, 22))).isTrue();
    assertThat(m.isSittingOn(java.time.LocalDate.of(2015, 12, 31))).isTrue();
    assertThat(m.isSittingOn(java.time.LocalDate.of(2016, 1, 1))).isFalse();
    assertThat(m.isSittingOn(java.time.LocalDate.of(2013, 12, 31))).isFalse();
    assertThatThrownBy(() -> Membership.builder().state(PRK).body(Body.UNSC).kind(MembershipKind.ELECTED)
            .start(PartialDate.parse("2015")).end(PartialDate.parse("2014")).build())
        .hasMessage("Membership.end must not precede start 2015, was: 2014");
  }

  @Test
  void step_confidenceIsAProbability() {
    assertThatThrownBy(() -> Step.builder().id("s").type(StepType.VETO_CAST).confidence(1.5).build())
        .hasMessage("Step.confidence must be between 0 and 1, was: 1.5");
  }

  @Test
  void conflict_needsTwoValues() {
    ConflictingValue v = ConflictingValue.builder().value("2003").addClaim("c").build();
    assertThatThrownBy(() -> Conflict.builder().about("m").field("established").addValue(v).build())
        .hasMessageStartingWith("Conflict.values must hold at least two values");
  }

  @Test
  void claim_needsSourceFieldAndStatement() {
    assertThatThrownBy(() -> Claim.builder().id("c").source("s").field(" ").stance(ClaimStance.ASSERTS).statement("x").build())
        .hasMessage("Claim.field must not be blank, was: ' '");
  }

  @Test
  void dossier_rejectsDuplicateIdsAcrossEntityKinds() {
    Step step = Step.builder().id("x").type(StepType.MEETING_HELD).build();
    Claim claim = Claim.builder().id("x").source("s").field("f").stance(ClaimStance.ASSERTS).statement("y").build();
    assertThatThrownBy(() -> Dossier.builder().addStep(step).addClaim(claim).build())
        .hasMessage("Dossier.entities hold a duplicate id, was: x");
  }

  @Test
  void dossier_listsEveryEntityIncludingNestedDraftsAndRecommendations() {
    Dossier d = (Dossier) ModelSamples.all().get("dossier");
    assertThat(d.entities()).extracting(Entity::id)
        .contains("ga-res-69-188", "ga-c3-69-l28-rev1", "upr-dprk-2", "upr-dprk-2-rec-1", "step-ga-2014-12-18");
  }

  @Test
  void vocabulary_rejectsUnknownIdListingValidOnes() {
    assertThatThrownBy(() -> Body.fromId("general-assembly"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("unknown Body: 'general-assembly' (expected one of: ga, ga-third-committee, hrc");
    assertThat(StepType.byId("veto-cast")).contains(StepType.VETO_CAST);
    assertThat(StepType.byId("vetoed")).isEmpty();
  }

  @Test
  void stepVocabulary_isTheDocumentedOne() {
    assertThat(StepType.values()).extracting(StepType::id).containsExactly(
        "draft-tabled", "amendment-proposed", "amendment-adopted", "amendment-rejected",
        "resolution-adopted", "resolution-rejected", "veto-cast", "mechanism-established", "mandate-renewed",
        "holder-appointed", "report-published", "report-presented", "review-held",
        "recommendations-responded", "agenda-item-added", "meeting-held", "referral-recommended",
        "referral-made", "membership-suspended", "visit-requested", "visit-granted", "visit-refused",
        "visit-withdrawn");
  }

  @Test
  void checkId_acceptsExactlyWhatTheIdPatternMatches() {
    for (String id : java.util.List.of("ga-res-69-188", "a", "0", "step-d-1", "x.y_z", "-a", ".a", "_a", "",
        "A", "a b", "a/b", "é", "a\u0130", "ab-", "a..b")) {
      boolean valid;
      try {
        Entity.checkId("Step", id);
        valid = true;
      } catch (InvalidValueException e) {
        assertThat(e).hasMessage("Step.id must be lower-case letters, digits, '-', '.' or '_', was: '" + id + "'");
        valid = false;
      }
      assertThat(valid).as("'%s'", id).isEqualTo(Entity.ID.matcher(id).matches());
    }
  }
}
