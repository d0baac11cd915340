package org.unrights.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unrights.query.DprkFixture.CHN;
import static org.unrights.query.DprkFixture.CUB;
import static org.unrights.query.DprkFixture.JPN;
import static org.unrights.query.DprkFixture.PRK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Body;
import org.unrights.model.Dossier;
import org.unrights.model.PartialDate;
import org.unrights.model.ReferralStatus;
import org.unrights.model.RequestedAction;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.model.VoteOption;

class DossierQueryTest {

  private static final DossierQuery EMPTY = DossierQuery.of(Dossier.empty());
  private static final DossierQuery DPRK = DossierQuery.of(DprkFixture.dossier());

  private static List<String> lines(List<ProcessStep> steps) {
    return steps.stream()
        .map(s -> s.date().map(Object::toString).orElse("-") + " " + s.actor().map(Body::id).orElse("-") + " " + s.type().id()
            + " " + s.concerns().get(0))
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------ empty and unknown

  @Test
  void emptyDossier_answersEmptyNotExceptions() {
    assertThat(EMPTY.history("ga-res-69-188").known()).isFalse();
    assertThat(EMPTY.history("ga-res-69-188").steps()).isEmpty();
    assertThat(EMPTY.trace("coi-dprk").isEmpty()).isTrue();
    assertThat(EMPTY.trace().isEmpty()).isTrue();
    assertThat(EMPTY.trace().openEnds()).isEmpty();
    assertThat(EMPTY.timeline(TimelineFilter.all()).steps()).isEmpty();
    assertThat(EMPTY.positions(CHN).isEmpty()).isTrue();
    assertThat(EMPTY.claims("anything").isEmpty()).isTrue();
    assertThat(EMPTY.claims().isEmpty()).isTrue();
    assertThat(EMPTY.conflicts()).isEmpty();
    assertThat(EMPTY.entity("x")).isEmpty();
    assertThat(EMPTY.step("x")).isEmpty();
    assertThat(EMPTY.trace().render()).contains("nothing found");
  }

  @Test
  void unknownIds_answerEmpty() {
    assertThat(DPRK.history("no-such-entity").known()).isFalse();
    assertThat(DPRK.history("no-such-entity").render()).contains("not in the dossier");
    Trace t = DPRK.trace("no-such-entity");
    assertThat(t.isEmpty()).isTrue();
    assertThat(t.origin()).contains("no-such-entity");
    assertThat(DPRK.claims("no-such-entity").claims()).isEmpty();
    assertThat(DPRK.positions(org.unrights.model.States.require("FJI")).isEmpty()).isTrue();
  }

  // ------------------------------------------------------------ trace

  @Test
  void trace_followsTheProcessAcrossBodiesInDateOrder() {
    Trace t = DPRK.trace("coi-dprk");
    assertThat(lines(t.steps())).containsExactly(
        "2013-03-21 hrc resolution-adopted hrc-res-22-13",
        "2013-03-21 hrc mechanism-established coi-dprk",
        "2014-02-17 coi report-published a-hrc-25-63",
        "2014-03 coi report-presented a-hrc-25-63",
        "2014-03-28 hrc resolution-adopted hrc-res-25-25",
        "2014-10 ga-third-committee draft-tabled a-c3-69-l28-rev1",
        "2014-11-18 ga-third-committee amendment-rejected a-c3-69-l63",
        "2014-11-18 ga-third-committee resolution-adopted a-c3-69-l28-rev1",
        "2014-12-18 ga resolution-adopted ga-res-69-188",
        "2014-12-22 unsc agenda-item-added unsc-agenda-dprk");
    assertThat(t.bodies()).containsExactly(Body.HRC, Body.COI, Body.GA_THIRD_COMMITTEE, Body.GA, Body.UNSC);
    assertThat(t.state()).contains(PRK);
    assertThat(t.entities()).doesNotContain("upr-prk-2", "claim-resounding");
  }

  @Test
  void trace_isTheSameProcessFromAnyOfItsEntities() {
    Trace fromCoi = DPRK.trace("coi-dprk");
    for (String id : List.of("ga-res-69-188", "a-c3-69-l63", "referral-prk-icc", "unsc-agenda-dprk", "step-report", "hrc-res-22-13")) {
      Trace t = DPRK.trace(id);
      assertThat(t.steps()).as(id).isEqualTo(fromCoi.steps());
      assertThat(t.openEnds()).as(id).isEqualTo(fromCoi.openEnds());
      assertThat(t.origin()).contains(id);
    }
  }

  @Test
  void trace_showsTheReferralRecommendedAndNeverMadeAsAnOpenEnd() {
    Trace t = DPRK.trace("coi-dprk");
    assertThat(t.openEnds()).hasSize(1);
    OpenEnd end = t.openEnds().get(0);
    assertThat(end.entity()).isEqualTo("referral-prk-icc");
    assertThat(end.status()).isEqualTo(ReferralStatus.RECOMMENDED);
    assertThat(end.action()).isEqualTo(RequestedAction.REFER_TO_ICC);
    assertThat(end.addressee()).contains(Body.UNSC);
    assertThat(end.target()).contains(Body.ICC);
    assertThat(end.requestedBy()).containsExactly("coi-dprk", "ga-res-69-188");
    assertThat(end.lastRequested()).contains(PartialDate.parse("2014-12-18"));
    assertThat(end.render()).contains("never taken");
  }

  @Test
  void trace_carriesTalliesAndEvidence() {
    Trace t = DPRK.trace("coi-dprk");
    ProcessStep plenary = t.steps().get(8);
    assertThat(plenary.tally()).contains(Tally.of(116, 20, 53));
    assertThat(plenary.outcome()).contains("adopted-by-recorded-vote");
    assertThat(plenary.derived()).isTrue();
    ProcessStep report = t.steps().get(2);
    assertThat(report.derived()).isFalse();
    assertThat(report.evidence()).extracting(e -> e.quote()).containsExactly("a 400-page report");
    ProcessStep agenda = t.steps().get(9);
    assertThat(agenda.evidence()).isNotEmpty();
    assertThat(agenda.symbol().map(Object::toString)).contains("S/PV.7353");
    assertThat(t.steps().get(3).partialDate()).isTrue();
    assertThat(t.links()).contains(TraceLink.of("coi-dprk", Relation.ESTABLISHED_BY, "hrc-res-22-13"),
        TraceLink.of("referral-prk-icc", Relation.RECOMMENDED_BY, "coi-dprk"));
  }

  @Test
  void trace_withoutArgumentIsTheAccountabilityProcess() {
    Trace main = DPRK.trace();
    assertThat(main.origin()).isEmpty();
    assertThat(main.steps()).isEqualTo(DPRK.trace("coi-dprk").steps());
    assertThat(main.openEnds()).extracting(OpenEnd::entity).containsExactly("referral-prk-icc");
  }

  @Test
  void trace_withoutAReferralEntitySynthesisesTheOpenEndFromTheRequests() {
    Dossier d = DprkFixture.dossier();
    Dossier noReferral = Dossier.builder().from(d).referrals(List.of()).build();
    Trace t = DossierQuery.of(noReferral).trace("ga-res-69-188");
    assertThat(t.openEnds()).hasSize(1);
    assertThat(t.openEnds().get(0).requestedBy()).containsExactly("coi-dprk", "ga-res-69-188");
    assertThat(t.openEnds().get(0).entity()).isEqualTo("coi-dprk");
    assertThat(t.openEnds().get(0).evidence()).extracting(e -> e.quote())
        .containsExactly("refer the situation to the court", "encourages the Council to refer");
  }

  @Test
  void trace_showsAVetoedDraftAsABlockedOpenEnd() {
    // a hypothetical draft, not a record of the Council
    java.util.List<org.unrights.model.Ballot> ballots = new java.util.ArrayList<>();
    for (String code : List.of("FRA", "GBR", "USA", "AUS", "CHL", "JOR", "LTU", "LUX", "KOR", "RWA", "ARG", "TCD", "NGA")) {
      ballots.add(org.unrights.model.Ballot.of(code, VoteOption.YES));
    }
    ballots.add(org.unrights.model.Ballot.of(CHN, VoteOption.NO));
    ballots.add(org.unrights.model.Ballot.of("RUS", VoteOption.NO));
    org.unrights.model.Outcome vetoed = VotingRules.outcome(Body.UNSC, org.unrights.model.QuestionKind.SUBSTANTIVE, ballots);
    Dossier d = Dossier.builder().addDrafts(org.unrights.model.Draft.builder().id("s-draft-hypothetical").body(Body.UNSC)
        .subjectState(PRK).decided(PartialDate.parse("2030-01-15")).outcome(vetoed).build()).build();
    Trace t = DossierQuery.of(d).trace("s-draft-hypothetical");
    assertThat(t.steps()).extracting(ProcessStep::type).containsExactly(StepType.VETO_CAST);
    assertThat(t.steps().get(0).vetoedBy()).containsExactly(CHN, org.unrights.model.States.require("RUS"));
    assertThat(t.steps().get(0).tally()).contains(Tally.of(13, 2, 0));
    assertThat(t.openEnds()).singleElement().satisfies(end -> {
      assertThat(end.status()).isEqualTo(ReferralStatus.BLOCKED);
      assertThat(end.entity()).isEqualTo("s-draft-hypothetical");
      assertThat(end.addressee()).contains(Body.UNSC);
      assertThat(end.lastRequested()).contains(PartialDate.parse("2030-01-15"));
    });
    assertThat(DossierQuery.of(d).positions(CHN).votes()).extracting(StateVote::outcome).containsExactly("vetoed");
  }

  @Test
  void trace_rendersTextAndJson() throws Exception {
    Trace t = DPRK.trace("coi-dprk");
    String text = t.render();
    assertThat(text).contains("Democratic People's Republic of Korea").contains("A/RES/69/188")
        .contains("116-20-53").contains("\"a 400-page report\" [src-news").contains("Open ends:");
    JsonNode json = new ObjectMapper().readTree(UnrightsJson.write(t));
    JsonNode plenary = json.get("steps").get(8);
    assertThat(plenary.get("type").asText()).isEqualTo("resolution-adopted");
    assertThat(plenary.get("actor").asText()).isEqualTo("ga");
    assertThat(plenary.get("state").asText()).isEqualTo("PRK");
    assertThat(plenary.get("date").asText()).isEqualTo("2014-12-18");
    assertThat(plenary.get("outcome").asText()).isEqualTo("adopted-by-recorded-vote");
    assertThat(plenary.get("yes").asInt()).isEqualTo(116);
    assertThat(plenary.get("no").asInt()).isEqualTo(20);
    assertThat(plenary.get("abstain").asInt()).isEqualTo(53);
    assertThat(json.get("openEnds").get(0).get("status").asText()).isEqualTo("recommended");
    assertThat(UnrightsJson.read(UnrightsJson.write(t), Trace.class)).isEqualTo(t);
  }

  @Test
  void trace_keepsRoomForTheOfficialRecordBesideTheNews() {
    Trace t = DPRK.trace("coi-dprk").mapSteps(s -> s.id().equals("ga-res-69-188.resolution-adopted")
        ? ProcessStep.builder().from(s).officialTally(Tally.of(116, 20, 53)).officialSource("A/69/PV.73").build() : s);
    assertThat(t.steps().get(8).officialTally()).contains(Tally.of(116, 20, 53));
    assertThat(t.steps().get(8).render()).contains("[official 116-20-53]");
  }

  // ------------------------------------------------------------ history

  @Test
  void history_ofAResolutionIncludesItsDraftAndAmendments() {
    History h = DPRK.history("ga-res-69-188");
    assertThat(h.known()).isTrue();
    assertThat(lines(h.steps())).containsExactly(
        "2014-10 ga-third-committee draft-tabled a-c3-69-l28-rev1",
        "2014-11-18 ga-third-committee amendment-rejected a-c3-69-l63",
        "2014-11-18 ga-third-committee resolution-adopted a-c3-69-l28-rev1",
        "2014-12-18 ga resolution-adopted ga-res-69-188");
    assertThat(h.steps().get(0).summary()).contains("tabled by European Union, JPN");
    assertThat(h.render()).contains("History of ga-res-69-188 (4 steps)");
  }

  @Test
  void history_prefersTheDossiersStepsToDerivedOnes() {
    History h = DPRK.history("a-hrc-25-63");
    assertThat(h.steps()).extracting(ProcessStep::id).containsExactly("step-report", "step-hrc-acts");
  }

  @Test
  void history_ofAStepIsThatStep() {
    assertThat(DPRK.history("step-report").steps()).extracting(ProcessStep::id).containsExactly("step-report");
  }

  // ------------------------------------------------------------ timeline

  @Test
  void timeline_filtersByStateActorTypeAndPeriod() {
    Timeline all = DPRK.timeline(TimelineFilter.of(PRK));
    assertThat(all.steps()).extracting(ProcessStep::id).contains("upr-prk-2.review-held");
    assertThat(all.steps()).isSortedAccordingTo(DossierQuery.ORDER);
    Timeline adoptions2014 = DPRK.timeline(TimelineFilter.builder().state(PRK).addType(StepType.RESOLUTION_ADOPTED)
        .since(PartialDate.parse("2014")).until(PartialDate.parse("2014-11")).build());
    assertThat(adoptions2014.steps()).extracting(ProcessStep::id)
        .containsExactly("hrc-res-25-25.resolution-adopted", "a-c3-69-l28-rev1.resolution-adopted");
    Timeline ga = DPRK.timeline(TimelineFilter.builder().actor(Body.GA).build());
    assertThat(ga.steps()).extracting(ProcessStep::id).containsExactly("ga-res-69-188.resolution-adopted");
  }

  @Test
  void timeline_partialDatesSortBeforeTheirDaysAndSaySoInText() {
    Timeline t = DPRK.timeline(TimelineFilter.builder().since(PartialDate.parse("2014-03")).until(PartialDate.parse("2014-03")).build());
    assertThat(t.steps()).extracting(ProcessStep::id).containsExactly("step-hrc-acts", "hrc-res-25-25.resolution-adopted");
    assertThat(t.steps().get(0).partialDate()).isTrue();
    assertThat(t.render()).contains("2014-03~");
  }

  @Test
  void timeline_aYearOnlyDateIsInAnyPeriodItOverlaps() {
    Dossier d = Dossier.builder()
        .addSteps(Step.builder().id("step-year").type(StepType.MEETING_HELD).date(PartialDate.parse("2013")).build())
        .addSteps(Step.builder().id("step-day").type(StepType.MEETING_HELD).date(PartialDate.parse("2013-12-31")).build())
        .addSteps(Step.builder().id("step-undated").type(StepType.MEETING_HELD).build())
        .build();
    DossierQuery q = DossierQuery.of(d);
    assertThat(q.timeline(TimelineFilter.builder().since(PartialDate.parse("2013-06")).build()).steps())
        .extracting(ProcessStep::id).containsExactly("step-year", "step-day");
    assertThat(q.timeline(TimelineFilter.builder().until(PartialDate.parse("2013-01-01")).build()).steps())
        .extracting(ProcessStep::id).containsExactly("step-year");
    assertThat(q.timeline(TimelineFilter.builder().since(PartialDate.parse("2014")).build()).steps()).isEmpty();
    assertThat(q.timeline(TimelineFilter.all()).steps()).extracting(ProcessStep::id)
        .containsExactly("step-year", "step-day", "step-undated");
  }

  // ------------------------------------------------------------ positions and claims

  @Test
  void positions_listVotesSponsorshipsAndClaims() {
    Positions china = DPRK.positions(CHN);
    assertThat(china.votes()).hasSize(1);
    assertThat(china.votes().get(0).option()).isEqualTo(VoteOption.NO);
    assertThat(china.votes().get(0).motion()).isEqualTo("s-pv-7353-agenda");
    Positions cuba = DPRK.positions(CUB);
    assertThat(cuba.sponsorships()).extracting(Sponsorship::entity, Sponsorship::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a-c3-69-l63", SponsorshipRole.PROPOSER));
    assertThat(cuba.claims()).extracting(c -> c.id()).containsExactly("claim-cuba");
    Positions japan = DPRK.positions(JPN);
    assertThat(japan.sponsorships()).extracting(Sponsorship::entity).containsExactly("a-c3-69-l28-rev1", "ga-res-69-188");
    assertThat(japan.render()).contains("Sponsorships: 2");
  }

  @Test
  void claims_aboutAnEntityWithTheirConflicts() {
    Claims c = DPRK.claims("ga-res-69-188");
    assertThat(c.claims()).extracting(x -> x.id()).containsExactly("claim-resounding");
    assertThat(c.conflicts()).hasSize(1);
    assertThat(c.render()).contains("'116' (src-news)").contains("'111' (src-opinion)");
    assertThat(DPRK.claims().claims()).hasSize(3);
    assertThat(DPRK.conflicts()).hasSize(1);
    assertThat(DPRK.claims("coi-dprk").claims()).extracting(x -> x.stance().id()).containsExactly("disputes");
  }

  @Test
  void stepsOfTheDossierAreFoundById() {
    assertThat(DPRK.step("step-report")).isPresent();
    assertThat(DPRK.step("ga-res-69-188.resolution-adopted")).isPresent();
    assertThat(DPRK.entity("coi-dprk")).isPresent();
    assertThat(DPRK.dossier().steps()).extracting(Step::id).contains("step-report");
  }
}
