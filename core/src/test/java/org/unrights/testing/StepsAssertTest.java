package org.unrights.testing;

import static org.unrights.model.StepType.AGENDA_ITEM_ADDED;
import static org.unrights.model.StepType.DRAFT_TABLED;
import static org.unrights.model.StepType.REFERRAL_MADE;
import static org.unrights.model.StepType.REFERRAL_RECOMMENDED;
import static org.unrights.model.StepType.REPORT_PUBLISHED;
import static org.unrights.model.StepType.RESOLUTION_ADOPTED;
import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThatSteps;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.Step;

/** A hypothetical accountability process, written with {@link Scenario}. */
class StepsAssertTest {

  private static final List<Step> PROCESS = Scenario.in(Body.HRC).about("PRK")
      .on("2014-02-07").step(REPORT_PUBLISHED, "coi-report")
      .on("2014-12-18").body(Body.GA).draft("A/69/L.99").withoutVote().adoptedAs("A/RES/69/999")
      .step(REFERRAL_RECOMMENDED, "referral-prk-icc")
      .on("2014-12-22").body(Body.UNSC).agendaItem("The situation in the hypothetical state").votes(11, 2, 2)
      .steps();

  @Test
  void containsStepsInOrder_passesWithStepsBetween() {
    assertThatSteps(PROCESS).containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED);
  }

  @Test
  void containsStepsInOrder_failsNamingTheMissingStepAndListingTheSteps() {
    failsWith(() -> assertThatSteps(PROCESS).containsStepsInOrder(AGENDA_ITEM_ADDED, REPORT_PUBLISHED),
        "Expecting steps to contain steps in order [agenda-item-added, report-published] but found no report-published after agenda-item-added",
        "steps (5):",
        "  report-published 2014-02-07 hrc (step-0-report-published)");
  }

  @Test
  void endsOpenAt_passesWhenNoReferralWasMade() {
    assertThatSteps(PROCESS).endsOpenAt(REFERRAL_RECOMMENDED);
  }

  @Test
  void endsOpenAt_failsWhenTheReferralWasMade() {
    List<Step> referred = new ArrayList<>(PROCESS);
    referred.addAll(Scenario.in(Body.UNSC).on("2015").step(REFERRAL_MADE).steps());
    failsWith(() -> assertThatSteps(referred).endsOpenAt(REFERRAL_RECOMMENDED),
        "to end open at referral-recommended but it was completed by referral-made 2015 unsc");
  }

  @Test
  void endsOpenAt_failsWithoutSuchStep() {
    failsWith(() -> assertThatSteps(List.of()).endsOpenAt(REFERRAL_RECOMMENDED),
        "to end open at a step of type referral-recommended but there is no such step", "(no steps)");
  }

  @Test
  void containsAndDoesNotContain_pass() {
    assertThatSteps(PROCESS).containsStepOfType(DRAFT_TABLED).doesNotContainStepOfType(REFERRAL_MADE);
  }

  @Test
  void containsStepOfType_fails() {
    failsWith(() -> assertThatSteps(PROCESS).containsStepOfType(REFERRAL_MADE),
        "to contain a step of type referral-made but it does not");
  }

  @Test
  void doesNotContainStepOfType_failsShowingTheStep() {
    failsWith(() -> assertThatSteps(PROCESS).doesNotContainStepOfType(AGENDA_ITEM_ADDED),
        "not to contain a step of type agenda-item-added but found agenda-item-added 2014-12-22 unsc");
  }

  @Test
  void startsWith_passesAndFails() {
    assertThatSteps(PROCESS).startsWith(REPORT_PUBLISHED);
    failsWith(() -> assertThatSteps(PROCESS).startsWith(DRAFT_TABLED),
        "to start with a step of type draft-tabled but it starts with report-published");
  }

  @Test
  void hasStepCount_passesAndFails() {
    assertThatSteps(PROCESS).hasStepCount(5);
    failsWith(() -> assertThatSteps(PROCESS).hasStepCount(3), "to have 3 steps but had 5");
  }

  @Test
  void isInChronologicalOrder_passesAndFails() {
    assertThatSteps(PROCESS).isInChronologicalOrder();
    List<Step> reversed = new ArrayList<>(PROCESS);
    java.util.Collections.reverse(reversed);
    failsWith(() -> assertThatSteps(reversed).isInChronologicalOrder(),
        "to be in chronological order but referral-recommended 2014-12-18 ga (step-2-referral-recommended) comes after agenda-item-added 2014-12-22 unsc");
  }

  @Test
  void step_navigatesToTheFirstStepOfAType() {
    assertThatSteps(PROCESS).step(AGENDA_ITEM_ADDED).hasActor(Body.UNSC).hasDate("2014-12-22").hasTally(11, 2, 2);
    failsWith(() -> assertThatSteps(PROCESS).step(REFERRAL_MADE), "to contain a step of type referral-made");
  }

  @Test
  void stepByActor_navigatesToTheStepOfThatBody() {
    assertThatSteps(PROCESS).step(RESOLUTION_ADOPTED, Body.GA).hasDate("2014-12-18");
    failsWith(() -> assertThatSteps(PROCESS).step(RESOLUTION_ADOPTED, Body.HRC),
        "to contain a step of type resolution-adopted by hrc but it does not");
  }

  @Test
  void null_fails() {
    failsWith(() -> assertThatSteps(null).hasStepCount(0), "Expecting actual not to be null");
  }
}
