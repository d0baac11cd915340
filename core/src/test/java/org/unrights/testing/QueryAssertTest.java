package org.unrights.testing;

import static org.unrights.model.StepType.AGENDA_ITEM_ADDED;
import static org.unrights.model.StepType.MECHANISM_ESTABLISHED;
import static org.unrights.model.StepType.REFERRAL_MADE;
import static org.unrights.model.StepType.REFERRAL_RECOMMENDED;
import static org.unrights.model.StepType.REPORT_PUBLISHED;
import static org.unrights.model.StepType.RESOLUTION_ADOPTED;
import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.DecisionRule;
import org.unrights.model.QuestionKind;
import org.unrights.model.ReferralStatus;
import org.unrights.model.RequestedAction;
import org.unrights.model.States;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;
import org.unrights.query.History;
import org.unrights.query.OpenEnd;
import org.unrights.query.ProcessStep;
import org.unrights.query.Timeline;
import org.unrights.query.TimelineFilter;
import org.unrights.query.Trace;
import org.unrights.query.VotingRules;
import org.unrights.query.WhatIf;

/** Assertions on the query package's answers, built from hypothetical scenarios. */
class QueryAssertTest {

  private static final List<ProcessStep> STEPS = Scenario.in(Body.HRC).about("PRK")
      .on("2013-03-21").step(MECHANISM_ESTABLISHED, "coi-x")
      .on("2014-02-07").body(Body.COI).step(REPORT_PUBLISHED, "coi-x-report")
      .on("2014-12-18").body(Body.GA).draft("A/69/L.99").votes(116, 20, 53).adoptedAs("A/RES/69/999")
      .step(REFERRAL_RECOMMENDED, "referral-x")
      .on("2014-12-22").body(Body.UNSC).agendaItem("A hypothetical item").votes(11, 2, 2)
      .steps().stream().map(ProcessStep::of).collect(Collectors.toList());

  private static final OpenEnd REFERRAL_OPEN = OpenEnd.builder().entity("referral-x")
      .status(ReferralStatus.RECOMMENDED).action(RequestedAction.REFER_TO_ICC).addressee(Body.UNSC).target(Body.ICC)
      .build();

  private static final Trace TRACE = Trace.builder().origin("coi-x").state(States.require("PRK"))
      .addEntities("a-res-69-999", "coi-x", "referral-x").steps(STEPS).addOpenEnds(REFERRAL_OPEN).build();


  @Test
  void theAccountabilityChain_passes() {
    assertThat(TRACE).containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED)
        .endsOpenAt(REFERRAL_RECOMMENDED).hasOpenEnd(RequestedAction.REFER_TO_ICC)
        .passesThrough(Body.HRC, Body.GA, Body.UNSC).containsEntity("a-res-69-999").isInChronologicalOrder();
  }

  @Test
  void containsStepsInOrder_failsNamingTheTrace() {
    failsWith(() -> assertThat(TRACE).containsStepsInOrder(AGENDA_ITEM_ADDED, RESOLUTION_ADOPTED),
        "Expecting trace from coi-x to contain steps in order [agenda-item-added, resolution-adopted]",
        "trace from coi-x (6):", "  mechanism-established 2013-03-21 hrc");
  }

  @Test
  void endsOpenAt_failsWithoutOpenEnd() {
    Trace closed = Trace.builder().from(TRACE).openEnds(List.of()).build();
    failsWith(() -> assertThat(closed).endsOpenAt(REFERRAL_RECOMMENDED),
        "to end open at referral-recommended but the trace has no open end");
  }

  @Test
  void endsOpenAt_failsWhenTheReferralWasMade() {
    List<ProcessStep> more = new java.util.ArrayList<>(STEPS);
    more.add(ProcessStep.of(Scenario.in(Body.UNSC).on("2015").step(REFERRAL_MADE).steps().get(0)));
    Trace referred = Trace.builder().from(TRACE).steps(more).build();
    failsWith(() -> assertThat(referred).endsOpenAt(REFERRAL_RECOMMENDED),
        "but it was completed by referral-made 2015 unsc");
  }

  @Test
  void hasOpenEnd_failsListingTheOpenEnds() {
    failsWith(() -> assertThat(TRACE).hasOpenEnd(RequestedAction.CONSIDER_TARGETED_SANCTIONS),
        "to have an open end for consider-targeted-sanctions but its open ends are [");
  }

  @Test
  void hasNoOpenEnds_passesAndFails() {
    assertThat(Trace.builder().from(TRACE).openEnds(List.of()).build()).hasNoOpenEnds();
    failsWith(() -> assertThat(TRACE).hasNoOpenEnds(), "to have no open end but it has [");
  }

  @Test
  void passesThrough_failsShowingTheBodies() {
    failsWith(() -> assertThat(TRACE).passesThrough(Body.UNSC, Body.GA),
        "to pass through [unsc, ga] in order but the bodies acting are [hrc, coi, ga, unsc]");
  }

  @Test
  void containsEntity_fails() {
    failsWith(() -> assertThat(TRACE).containsEntity("icc-x"),
        "to contain the entity icc-x but its entities are [a-res-69-999, coi-x, referral-x]");
  }

  @Test
  void officialTallyAndSymbol_besideAStep() {
    ProcessStep matched = ProcessStep.builder().from(TRACE.steps().get(3))
        .officialTally(org.unrights.model.Tally.of(116, 20, 53))
        .officialSymbol(org.unrights.model.DocumentSymbol.parse("A/RES/69/999")).build();
    assertThat(matched).hasOfficialTally(116, 20, 53).hasOfficialSymbol("A/RES/69/999");
    failsWith(() -> assertThat(matched).hasOfficialTally(111, 19, 55),
        "to have the official tally 111-19-55 beside it but it was 116-20-53");
    failsWith(() -> assertThat(TRACE.steps().get(0)).hasOfficialTally(1, 0, 0),
        "beside it but no official tally is set");
    failsWith(() -> assertThat(TRACE.steps().get(0)).hasOfficialSymbol("A/RES/69/999"),
        "to have the official symbol A/RES/69/999 beside it but had none");
  }

  @Test
  void isInChronologicalOrder_toleratesACompatiblePartialDate() {
    List<ProcessStep> steps = new java.util.ArrayList<>(STEPS);
    steps.add(ProcessStep.of(Scenario.in(Body.GA).on("2014").step(RESOLUTION_ADOPTED).steps().get(0)));
    assertThat(Trace.builder().from(TRACE).steps(steps).build()).isInChronologicalOrder();
  }

  @Test
  void processStep_assertions() {
    assertThat(TRACE.steps().get(0)).hasType(MECHANISM_ESTABLISHED).hasActor(Body.HRC).hasDate("2013-03-21");
    failsWith(() -> assertThat(TRACE.steps().get(0)).hasActor(Body.GA), "to have the actor ga but had hrc");
  }


  private static final History KNOWN = History.builder().entity("a-res-69-999").known(true)
      .steps(STEPS.subList(2, 4)).build();

  @Test
  void isKnown_passesAndFails() {
    assertThat(KNOWN).isKnown().hasStepCount(2).step(RESOLUTION_ADOPTED).hasTally(116, 20, 53);
    failsWith(() -> assertThat(History.builder().entity("nothing").known(false).build()).isKnown(),
        "Expecting history of nothing to be of an entity in the dossier but nothing is not in it", "(no steps)");
  }

  @Test
  void stepAssertions_nameTheHistory() {
    failsWith(() -> assertThat(KNOWN).containsStepOfType(AGENDA_ITEM_ADDED),
        "Expecting history of a-res-69-999 to contain a step of type agenda-item-added but it does not");
  }


  private static final Timeline TIMELINE = Timeline.builder().filter(TimelineFilter.of(States.require("PRK")))
      .steps(STEPS).build();

  @Test
  void timeline_passesAndFails() {
    assertThat(TIMELINE).isInChronologicalOrder().startsWith(MECHANISM_ESTABLISHED);
    failsWith(() -> assertThat(TIMELINE).startsWith(AGENDA_ITEM_ADDED),
        "Expecting timeline to start with a step of type agenda-item-added but it starts with mechanism-established");
  }


  private static final VoteEvent AGENDA_VOTE = Scenario.in(Body.UNSC).on("2014-12-22").agendaItem("A hypothetical item")
      .yes("USA", "FRA", "GBR", "ARG", "AUS", "CHL", "JOR", "KOR", "LTU", "LUX", "RWA")
      .no("CHN", "RUS").abstain("TCD", "NGA").voteEvent();

  @Test
  void keepsTheResult_whenTwoMoreVoteNo() {
    WhatIf w = VotingRules.whatIf(AGENDA_VOTE, Map.of(States.require("TCD"), VoteOption.NO,
        States.require("NGA"), VoteOption.NO));
    assertThat(w).keepsTheResult().wouldBe(DecisionRule.Result.ADOPTED).outcome().hasTally(11, 4, 0);
    assertThat(w).original().hasTally(11, 2, 2);
    failsWith(() -> assertThat(w).changesTheResult(),
        "Expecting the what-if to change the result but it stays adopted:", "unsc (procedural): had NGA voted no, TCD voted no");
  }

  @Test
  void changesTheResult_whenThreeSupportersAbstain() {
    WhatIf w = VotingRules.whatIf(AGENDA_VOTE, Map.of(States.require("USA"), VoteOption.ABSTAIN,
        States.require("FRA"), VoteOption.ABSTAIN, States.require("GBR"), VoteOption.ABSTAIN));
    assertThat(w).changesTheResult().wouldBe(DecisionRule.Result.REJECTED);
    failsWith(() -> assertThat(w).keepsTheResult(), "Expecting the what-if to keep the result adopted but it becomes rejected");
  }

  @Test
  void substantiveQuestion_isVetoed() {
    WhatIf w = VotingRules.whatIf(AGENDA_VOTE.outcome(), Body.UNSC, QuestionKind.SUBSTANTIVE, Map.of());
    assertThat(w).changesTheResult().outcome().wasVetoedBy("CHN", "RUS");
    failsWith(() -> assertThat(w).wouldBe(DecisionRule.Result.ADOPTED), "Expecting the what-if to be adopted but it is vetoed");
  }
}
