package org.unrights.examples;

import static org.unrights.model.StepType.AGENDA_ITEM_ADDED;
import static org.unrights.model.StepType.MECHANISM_ESTABLISHED;
import static org.unrights.model.StepType.REPORT_PUBLISHED;
import static org.unrights.model.StepType.RESOLUTION_ADOPTED;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unrights.examples.AccountabilityDurations.Milestone;
import org.unrights.model.Body;
import org.unrights.model.States;
import org.unrights.query.DossierQuery;
import org.unrights.query.ProcessStep;
import org.unrights.query.Timeline;
import org.unrights.query.TimelineFilter;
import org.unrights.testing.Fixtures;
import org.unrights.testing.Scenario;

/** "How long did each step of the accountability process take?", on a hypothetical process and on the record. */
class DurationsCommandTest {

  /** A hypothetical process, ten days between each milestone, stopping before the Security Council. */
  private static final List<ProcessStep> HYPOTHETICAL = Scenario.in(Body.HRC).about("PRK")
      .on("2020-01-01").step(MECHANISM_ESTABLISHED, "coi-x")
      .on("2020-01-11").body(Body.COI).step(REPORT_PUBLISHED, "coi-x")
      .on("2020-01-21").body(Body.HRC).draft("A/HRC/43/L.99").withoutVote()
      .on("2020-01-31").body(Body.GA_THIRD_COMMITTEE).draft("A/C.3/75/L.99").votes(100, 20, 50)
      .on("2020-02-10").body(Body.GA).draft("A/75/L.99").votes(110, 20, 50)
      .steps().stream().map(ProcessStep::of).collect(Collectors.toList());

  @Test
  void hypothetical_countsTenDaysPerStepAndStaysOpenAtTheCouncil() {
    List<Milestone> m = AccountabilityDurations.measure(HYPOTHETICAL);
    assertThat(m).extracting(x -> x.daysSincePrevious().orElse(-1)).containsExactly(-1L, 10L, 10L, 10L, 10L, -1L, -1L);
    assertThat(m.get(4).daysSinceStart()).hasValue(40);
    assertThat(AccountabilityDurations.openAt(m)).map(Milestone::label).contains("Security Council agenda item");
    assertThat(m.get(4).step().orElseThrow()).hasType(RESOLUTION_ADOPTED).hasActor(Body.GA).hasDate("2020-02-10");
  }

  @Test
  void theRecord_fromInquiryToCouncilAgenda_took641Days() {
    Timeline timeline = DossierQuery.of(Fixtures.officialRecord()).timeline(TimelineFilter.of(States.require("PRK")));
    assertThat(timeline).containsStepsInOrder(MECHANISM_ESTABLISHED, REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED);
    List<Milestone> m = AccountabilityDurations.measure(timeline.steps());
    assertThat(m).extracting(x -> x.date().map(Object::toString).orElse("never")).containsExactly(
        "2013-03-21", "2014-02-07", "2014-03-28", "2014-11-18", "2014-12-18", "2014-12-22", "never");
    assertThat(m).extracting(x -> x.daysSincePrevious().orElse(-1)).containsExactly(-1L, 323L, 49L, 235L, 30L, 4L, -1L);
    assertThat(m.get(5).daysSinceStart()).hasValue(641);
    assertThat(m.get(4).step().orElseThrow()).hasSymbol("A/RES/69/188").hasTally(116, 20, 53);
    assertThat(AccountabilityDurations.openAt(m)).map(Milestone::label).contains("referral to the ICC");
  }

  @Test
  void command_printsTheDaysAndTheOpenEnd() {
    String out = CommandOutput.run("durations");
    assertThat(out).contains("How long did each step of the accountability process take? (PRK, official record)")
        .containsPattern("2014-12-22 +Security Council agenda item +unsc +\\+4 days \\(641 since start\\)")
        .contains("First to last milestone reached: 641 days.")
        .contains("The process stays open at: referral to the ICC.");
  }

  @Test
  void commandJson_hasOneObjectPerMilestone() throws Exception {
    var rows = org.unrights.json.UnrightsJson.newMapper().readTree(CommandOutput.run("durations", "--json"));
    assertThat(rows.size()).isEqualTo(7);
    assertThat(rows.get(6).get("reached").asBoolean()).isFalse();
  }
}
