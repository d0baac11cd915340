package org.unrights.examples;

import static org.unrights.model.StepType.AGENDA_ITEM_ADDED;
import static org.unrights.model.StepType.MECHANISM_ESTABLISHED;
import static org.unrights.model.StepType.REFERRAL_MADE;
import static org.unrights.model.StepType.REFERRAL_RECOMMENDED;
import static org.unrights.model.StepType.REPORT_PUBLISHED;
import static org.unrights.model.StepType.RESOLUTION_ADOPTED;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.RequestedAction;
import org.unrights.model.States;
import org.unrights.query.DossierQuery;
import org.unrights.query.Trace;
import org.unrights.query.TimelineFilter;
import org.unrights.record.OfficialRecord;
import org.unrights.testing.Fixtures;

/**
 * Example 1, tracing the accountability process ({@link TraceCommand}), written as specifications
 * with the unrights assertions: in the seeds and in the official record, the process runs from the
 * inquiry's report through the General Assembly to the Security Council's agenda, and stays open
 * at the ICC referral.
 */
class TraceExampleTest {

  private static final DossierQuery RECORD = DossierQuery.of(Fixtures.officialRecord());
  private static final DossierQuery SEEDS = DossierQuery.of(Fixtures.seedDossier());

  @Test
  void theSeeds_traceTheAccountabilityProcessToAnOpenEndAtTheIcc() {
    assertThat(SEEDS.trace())
        .containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED)
        .endsOpenAt(REFERRAL_RECOMMENDED)
        .hasOpenEnd(RequestedAction.REFER_TO_ICC)
        .passesThrough(Body.GA_THIRD_COMMITTEE, Body.GA, Body.UNSC)
        .doesNotContainStepOfType(REFERRAL_MADE)
        .isInChronologicalOrder();
  }

  @Test
  void theSeedsTrace_besideTheRecord_showsTheOfficialSymbolsAndTallies() {
    Trace beside = TraceCommand.beside(SEEDS.trace(), OfficialRecord.load());
    assertThat(beside).step(RESOLUTION_ADOPTED, Body.GA).hasDate("2014-12-18")
        .hasOfficialSymbol("A/RES/69/188").hasOfficialTally(116, 20, 53);
    assertThat(beside).step(AGENDA_ITEM_ADDED).hasActor(Body.UNSC).hasOfficialTally(11, 2, 2);
  }

  @Test
  void theSeedsTrace_besideTheRecord_readsAsTheChainFromTheInquiryToTheSecurityCouncil() {
    Trace beside = TraceCommand.beside(SEEDS.trace(), OfficialRecord.load());
    assertThat(beside).step(MECHANISM_ESTABLISHED).hasOfficialSymbol("A/HRC/RES/22/13");
    org.assertj.core.api.Assertions.assertThat(beside.steps().get(0).officialActor())
        .as("the seed names 'the United Nations'; the record names the Council").contains(Body.HRC);
    assertThat(beside).step(RESOLUTION_ADOPTED, Body.HRC).hasOfficialSymbol("A/HRC/RES/25/25");
    assertThat(beside).step(RESOLUTION_ADOPTED, Body.GA_THIRD_COMMITTEE).hasOfficialTally(111, 19, 55);
    org.assertj.core.api.Assertions.assertThat(beside.bodies())
        .containsSubsequence(Body.HRC, Body.COI, Body.GA_THIRD_COMMITTEE, Body.GA, Body.UNSC);
    assertThat(CommandOutput.run("trace")).contains("hrc (official)").contains("[official A/HRC/RES/22/13 2013-03-21]");
  }

  @Test
  void theSeeds_disagreeAboutTheInquirysFindings() {
    assertThat(Fixtures.seedDossier()).hasConflictAbout("coi-report-a-hrc-25-63", "findings");
  }

  @Test
  void traceCommand_printsTheStepsAndTheOpenEnd() {
    assertThat(CommandOutput.run("trace")).contains("agenda-item-added").contains("Open ends:")
        .contains("refer-to-icc");
  }

  @Test
  void theMainProcess_endsOpenAtTheReferralToTheIcc() {
    Trace trace = RECORD.trace();
    assertThat(trace).containsStepsInOrder(RESOLUTION_ADOPTED, REFERRAL_RECOMMENDED)
        .endsOpenAt(REFERRAL_RECOMMENDED)
        .hasOpenEnd(RequestedAction.REFER_TO_ICC)
        .doesNotContainStepOfType(REFERRAL_MADE)
        .passesThrough(Body.GA)
        .isInChronologicalOrder();
  }

  @Test
  void theTimeline_runsFromTheReportToTheCouncilAgenda() {
    assertThat(RECORD.timeline(TimelineFilter.of(States.require("PRK"))))
        .containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED)
        .endsOpenAt(REFERRAL_RECOMMENDED)
        .step(AGENDA_ITEM_ADDED).hasActor(Body.UNSC).hasDate("2014-12-22").hasTally(11, 2, 2);
  }

  @Test
  void thePlenaryResolution_wasAdoptedInCommitteeThenInPlenary() {
    assertThat(RECORD.history("ga-res-69-188")).isKnown()
        .containsStepsInOrder(RESOLUTION_ADOPTED, RESOLUTION_ADOPTED)
        .step(RESOLUTION_ADOPTED).hasActor(Body.GA_THIRD_COMMITTEE).hasDate("2014-11-18").hasTally(111, 19, 55);
    assertThat(RECORD.history("ga-res-69-188"))
        .step(RESOLUTION_ADOPTED, Body.GA).hasDate("2014-12-18").hasTally(116, 20, 53).hasSymbol("A/RES/69/188");
  }
}
