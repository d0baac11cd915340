package org.unrights.testing;

import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;
import org.unrights.model.StepType;

class StepAssertTest {

  private static final Step PLENARY = Step.builder()
      .id("step-ga-plenary")
      .type(StepType.RESOLUTION_ADOPTED)
      .actor(Body.GA)
      .date(PartialDate.parse("2014-12-18"))
      .addConcerns("ga-res-69-188")
      .symbol(DocumentSymbol.parse("A/RES/69/188"))
      .outcome(AdoptedByRecordedVote.of(116, 20, 53))
      .addEvidence(Evidence.of("test-note", 0, "the Assembly adopted the resolution"))
      .build();

  @Test
  void chainedAssertions_passOnTheStep() {
    assertThat(PLENARY).hasType(StepType.RESOLUTION_ADOPTED).hasActor(Body.GA).hasDate("2014-12-18")
        .concerns("ga-res-69-188").hasSymbol("A/RES/69/188").hasTally(116, 20, 53)
        .hasEvidenceQuoting("adopted");
  }

  @Test
  void hasType_failsShowingTheStepAndItsEvidence() {
    failsWith(() -> assertThat(PLENARY).hasType(StepType.AGENDA_ITEM_ADDED),
        "Expecting step resolution-adopted 2014-12-18 ga (step-ga-plenary) to be of type agenda-item-added but was resolution-adopted",
        "evidence: \"the Assembly adopted the resolution\" (test-note 0-35)");
  }

  @Test
  void hasActor_fails() {
    failsWith(() -> assertThat(PLENARY).hasActor(Body.UNSC), "to have the actor unsc but had ga");
  }

  @Test
  void hasDate_failsOnAPartialDate() {
    failsWith(() -> assertThat(PLENARY).hasDate("2014-12"), "to have the date 2014-12 but had 2014-12-18");
  }

  @Test
  void concerns_fails() {
    failsWith(() -> assertThat(PLENARY).concerns("coi-dprk"), "to concern coi-dprk but it concerns [ga-res-69-188]");
  }

  @Test
  void hasSymbol_fails() {
    failsWith(() -> assertThat(PLENARY).hasSymbol("S/PV.7353"), "to have the symbol S/PV.7353 but had A/RES/69/188");
  }

  @Test
  void hasTally_fails() {
    failsWith(() -> assertThat(PLENARY).hasTally(11, 2, 2), "to have the tally 11-2-2 (yes-no-abstain) but it was 116-20-53");
  }

  @Test
  void hasEvidenceQuoting_fails() {
    failsWith(() -> assertThat(PLENARY).hasEvidenceQuoting("without a vote"),
        "to have evidence quoting \"without a vote\" but no quote contains it");
  }
}
