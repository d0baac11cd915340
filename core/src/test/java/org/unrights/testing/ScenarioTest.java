package org.unrights.testing;

import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;
import static org.unrights.testing.UnrightsAssertions.assertThatSteps;
import static org.unrights.testing.UnrightsAssertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.Dossier;
import org.unrights.model.QuestionKind;
import org.unrights.model.StepType;
import org.unrights.model.VoteOption;

/** Hypothetical scenarios: none of these votes happened. */
class ScenarioTest {

  private static final String[] ELEVEN = {"USA", "FRA", "GBR", "ARG", "AUS", "CHL", "JOR", "KOR", "LTU", "LUX", "RWA"};

  private static Scenario councilDraft() {
    return Scenario.in(Body.UNSC).on("2014-12-22").about("PRK")
        .draft("S/2014/999").sponsoredBy("USA", "FRA")
        .yes(ELEVEN).no("CHN", "RUS").abstain("TCD", "NGA");
  }

  @Test
  void councilDraft_withPermanentMembersAgainst_isVetoed() {
    assertThat(councilDraft().outcome()).wasVetoedBy("CHN", "RUS").hasTally(11, 2, 2).hasBallot("TCD", VoteOption.ABSTAIN);
    assertThatSteps(councilDraft().steps()).containsStepsInOrder(StepType.DRAFT_TABLED, StepType.VETO_CAST).hasStepCount(2);
  }

  @Test
  void sameBallots_onAProceduralQuestion_areAdopted() {
    assertThat(councilDraft().question(QuestionKind.PROCEDURAL).outcome()).isAdoptedByRecordedVote().hasTally(11, 2, 2);
  }

  @Test
  void agendaItem_isProceduralAndAddsAnAgendaItem() {
    Scenario s = Scenario.in(Body.UNSC).on("2014-12-22").about("PRK").agendaItem("A hypothetical item")
        .yes(ELEVEN).no("CHN", "RUS").abstain("TCD", "NGA");
    assertThat(s.voteEvent()).hasBody(Body.UNSC).hasBallot("RUS", VoteOption.NO).outcome().isAdopted();
    Dossier d = s.dossier();
    assertThat(d).containsEntity("agenda-1").containsEntity("vote-agenda-1").hasNoConflicts();
    assertThatSteps(d.steps()).step(StepType.AGENDA_ITEM_ADDED).hasActor(Body.UNSC).hasDate("2014-12-22")
        .concerns("agenda-1").hasTally(11, 2, 2);
  }

  @Test
  void councilDraft_shortOfNine_isRejectedNotVetoed() {
    Scenario s = Scenario.in(Body.UNSC).draft("S/2014/998").yes("USA", "FRA").no("RUS");
    assertThat(s.outcome()).isRejectedByRecordedVote().hasTally(2, 1, 0);
    assertThatSteps(s.steps()).containsStepOfType(StepType.RESOLUTION_REJECTED);
  }

  @Test
  void assemblyDraft_adoptedAsAResolution() {
    Scenario s = Scenario.in(Body.GA).on("2014-12-18").about("PRK").draft("A/69/L.99").sponsoredBy("European Union", "JPN")
        .votes(116, 20, 53).adoptedAs("A/RES/69/999");
    assertThat(s.resolution()).hasSymbol("A/RES/69/999").hasBody(Body.GA).wasAdoptedOn("2014-12-18")
        .hasMainSponsor("JPN").hasMainSponsor("European Union").isAbout("PRK")
        .wasAdoptedByRecordedVote().withTally(116, 20, 53);
    assertThat(s.dossier()).hasResolution("A/RES/69/999").containsEntity("a-69-l-99").containsEntity("a-res-69-999");
    assertThatSteps(s.steps()).step(StepType.RESOLUTION_ADOPTED).hasSymbol("A/RES/69/999").concerns("a-res-69-999");
  }

  @Test
  void importantQuestion_needsTwoThirds() {
    Scenario s = Scenario.in(Body.GA).draft("A/69/L.98").question(QuestionKind.IMPORTANT).votes(60, 40, 10);
    assertThat(s.outcome()).isRejectedByRecordedVote();
  }

  @Test
  void withoutVote_isAdoptedAndHasNoVoteEvent() {
    Scenario s = Scenario.in(Body.HRC).on("2018-03-23").draft("A/HRC/37/L.99").withoutVote();
    assertThat(s.resolution()).wasAdoptedWithoutVote();
    assertThat(s.dossier().voteEvents()).isEmpty();
  }

  @Test
  void resolution_ofARejectedDraft_isAnError() {
    assertThatThrownBy(() -> councilDraft().resolution()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("draft S/2014/999 was not adopted: vetoed by [CHN, RUS] 11-2-2");
  }

  @Test
  void motionWithoutVotes_isAnErrorNamingTheMotion() {
    assertThatThrownBy(() -> Scenario.in(Body.GA).motion("adjourn").outcome()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("motion 'adjourn' has no votes");
    assertThatThrownBy(() -> Scenario.in(Body.GA).outcome()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no motion yet");
  }

  @Test
  void failsWith_checksMessages() {
    failsWith(() -> assertThat(councilDraft().outcome()).isAdopted(), "but was vetoed 11-2-2");
  }
}
