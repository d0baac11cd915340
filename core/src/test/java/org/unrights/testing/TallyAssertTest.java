package org.unrights.testing;

import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.DecisionRule;
import org.unrights.model.Tally;

class TallyAssertTest {

  private static final Tally AGENDA_VOTE = Tally.of(11, 2, 2);
  private static final DecisionRule PROCEDURAL = DecisionRule.affirmativeVotes(9, false);

  @Test
  void isTally_passesOnTheSameCounts() {
    assertThat(AGENDA_VOTE).isTally(11, 2, 2);
  }

  @Test
  void isTally_failsShowingExpectedAndActual() {
    failsWith(() -> assertThat(AGENDA_VOTE).isTally(9, 4, 2),
        "Expecting tally to be 9-4-2 (yes-no-abstain) but was 11-2-2");
  }

  @Test
  void isTally_failsOnNull() {
    failsWith(() -> assertThat((Tally) null).isTally(1, 0, 0), "Expecting actual not to be null");
  }

  @Test
  void hasYesNoAbstain_passOnTheCounts() {
    assertThat(AGENDA_VOTE).hasYes(11).hasNo(2).hasAbstain(2);
  }

  @Test
  void hasYes_failsNamingTheCount() {
    failsWith(() -> assertThat(AGENDA_VOTE).hasYes(9), "Expecting tally 11-2-2 to have yes 9 but was 11");
  }

  @Test
  void hasNo_failsNamingTheCount() {
    failsWith(() -> assertThat(AGENDA_VOTE).hasNo(4), "to have no 4 but was 2");
  }

  @Test
  void hasAbstain_failsNamingTheCount() {
    failsWith(() -> assertThat(AGENDA_VOTE).hasAbstain(1), "to have abstain 1 but was 2");
  }

  @Test
  void isAdoptedUnder_passesWithNineAffirmativeVotes() {
    assertThat(AGENDA_VOTE).isAdoptedUnder(PROCEDURAL);
  }

  @Test
  void isAdoptedUnder_failsShortOfNineNamingTheRule() {
    failsWith(() -> assertThat(Tally.of(8, 4, 3)).isAdoptedUnder(PROCEDURAL),
        "Expecting tally 8-4-3 to be adopted under the rule '9 affirmative votes' but it was rejected");
  }

  @Test
  void isRejectedUnder_passesShortOfNine() {
    assertThat(Tally.of(8, 4, 3)).isRejectedUnder(PROCEDURAL);
  }

  @Test
  void isRejectedUnder_failsWhenAdopted() {
    failsWith(() -> assertThat(AGENDA_VOTE).isRejectedUnder(DecisionRule.simpleMajority()),
        "to be rejected under the rule 'majority of members present and voting' but it was adopted");
  }
}
