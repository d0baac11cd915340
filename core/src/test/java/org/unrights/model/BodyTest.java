package org.unrights.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each body's decision rule is data, and applying it gives the UN's answers at the edges. */
class BodyTest {

  @Test
  void ids_areStable() {
    assertThat(Body.values()).extracting(Body::id).startsWith(
        "ga", "ga-third-committee", "hrc", "chr", "ecosoc", "unsc", "upr-working-group", "ohchr");
    assertThat(Body.byId("icc")).contains(Body.ICC);
    assertThat(Body.byId("coi")).contains(Body.COI);
    assertThat(Body.byId("special-rapporteur")).contains(Body.SPECIAL_RAPPORTEUR);
  }

  @Test
  void securityCouncil_hasFivePermanentMembers() {
    assertThat(Body.UNSC.permanentMembers()).containsExactly("CHN", "FRA", "RUS", "GBR", "USA");
    assertThat(Body.GA.permanentMembers()).isEmpty();
    assertThat(Body.UNSC.seats()).hasValue(15);
    assertThat(Body.HRC.seats()).hasValue(47);
  }

  @Test
  void lifetimes_boundTheCommissionOnHumanRights() {
    assertThat(Body.CHR.existedIn(2005)).isTrue();
    assertThat(Body.CHR.existedIn(2007)).isFalse();
    assertThat(Body.HRC.existedIn(2005)).isFalse();
  }

  @Test
  void procedural_needsNineAffirmativeVotesAndNoVeto() {
    DecisionRule rule = Body.UNSC.decisionRule(QuestionKind.PROCEDURAL).orElseThrow();
    assertThat(rule.decide(Tally.of(9, 6, 0), true)).isEqualTo(DecisionRule.Result.ADOPTED);
    assertThat(rule.decide(Tally.of(8, 2, 5), false)).isEqualTo(DecisionRule.Result.REJECTED);
  }

  @Test
  void substantive_permanentNoIsAVetoOnlyWithNineYes() {
    DecisionRule rule = Body.UNSC.decisionRule(QuestionKind.SUBSTANTIVE).orElseThrow();
    assertThat(rule.decide(Tally.of(13, 2, 0), true)).isEqualTo(DecisionRule.Result.VETOED);
    assertThat(rule.decide(Tally.of(8, 4, 3), true)).isEqualTo(DecisionRule.Result.REJECTED);
    assertThat(rule.decide(Tally.of(9, 0, 6), false)).isEqualTo(DecisionRule.Result.ADOPTED);
  }

  @Test
  void generalAssembly_countsOnlyMembersPresentAndVoting() {
    DecisionRule ordinary = Body.GA.decisionRule(QuestionKind.ORDINARY).orElseThrow();
    DecisionRule important = Body.GA.decisionRule(QuestionKind.IMPORTANT).orElseThrow();
    assertThat(ordinary.decide(Tally.of(20, 19, 150), false)).isEqualTo(DecisionRule.Result.ADOPTED);
    assertThat(ordinary.decide(Tally.of(20, 20, 0), false)).isEqualTo(DecisionRule.Result.REJECTED);
    assertThat(important.decide(Tally.of(100, 50, 40), false)).isEqualTo(DecisionRule.Result.ADOPTED);
    assertThat(important.decide(Tally.of(99, 50, 40), false)).isEqualTo(DecisionRule.Result.REJECTED);
    assertThat(important.decide(Tally.of(0, 0, 10), false)).isEqualTo(DecisionRule.Result.REJECTED);
  }

  @Test
  void mechanisms_doNotVote() {
    assertThat(Body.COI.decisionRules()).isEmpty();
    assertThat(Body.COI.isMechanism()).isTrue();
    assertThat(Body.OHCHR.decisionRule(QuestionKind.ORDINARY)).isEmpty();
  }
}
