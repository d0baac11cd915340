package org.unrights.examples;

import static org.unrights.model.StepType.AGENDA_ITEM_ADDED;
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
import org.unrights.testing.Fixtures;

/**
 * Example 1, tracing the accountability process, written as specifications with the unrights
 * assertions: on the official record, the process runs from the inquiry's report through the
 * General Assembly to the Security Council's agenda, and stays open at the ICC referral.
 */
class TraceExampleTest {

  private static final DossierQuery RECORD = DossierQuery.of(Fixtures.officialRecord());

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
