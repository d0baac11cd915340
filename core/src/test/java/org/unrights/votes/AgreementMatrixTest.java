package org.unrights.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementMatrixTest {

  @Test
  void agreement_isTheShareOfCommonRollCallsVotedAlike() {
    VoteRecord record = Fixtures.traps();
    AgreementMatrix all = record.agreement(RollCallFilter.all());
    Voter us = record.voter("USA").orElseThrow();
    Voter cn = record.voter("CHN").orElseThrow();
    Voter na = record.voter("NAM").orElseThrow();
    Voter tw = record.voter("Taiwan").orElseThrow();
    // rcid 11: US no, Namibia yes; rcid 12: both no
    assertThat(all.agreement(us, na)).hasValue(0.5);
    assertThat(all.common(us, na)).isEqualTo(2);
    // China and Namibia voted alike in 11 (yes), not in 12 (yes/no)
    assertThat(all.agreement(cn, na)).hasValue(0.5);
    assertThat(all.agreement(us, us)).hasValue(1.0);
    // Taiwan and China never voted in the same roll call
    assertThat(all.agreement(tw, cn)).isEmpty();
    assertThat(all.voters()).hasSize(6);
  }

  @Test
  void agreement_abstentionCountsAsVotingAndMustMatch() {
    VoteRecord record = Fixtures.traps();
    AgreementMatrix all = record.agreement(RollCallFilter.all());
    Voter frg = record.voter("Federal Republic of Germany").orElseThrow();
    Voter us = record.voter("USA").orElseThrow();
    assertThat(all.common(frg, us)).isEqualTo(1);
    assertThat(all.agreement(frg, us)).hasValue(0.0);
  }

  @Test
  void agreement_filtersByIssueAndYears() {
    VoteRecord record = Fixtures.traps();
    AgreementMatrix hr = record.agreement(RollCallFilter.issue("hr"));
    assertThat(hr.rollCalls()).isEqualTo(2);
    assertThat(hr.voters()).extracting(Voter::label).doesNotContain("Taiwan", "Yemen Arab Republic");
    AgreementMatrix early = record.agreement(RollCallFilter.all().withYears(1946, 1950));
    assertThat(early.rollCalls()).isEqualTo(1);
    assertThat(early.voters()).extracting(Voter::label).containsExactly("Taiwan", "USA", "Yemen Arab Republic");
    assertThatThrownBy(() -> record.agreement(RollCallFilter.issue("xx")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown issue 'xx'");
  }

  @Test
  void checksum_sumsEveryDefinedCellDiagonalIncluded() {
    VoteRecord record = Fixtures.traps();
    AgreementMatrix m = record.agreement(RollCallFilter.issue("hr"));
    double sum = 0;
    for (int i = 0; i < m.voters().size(); i++) {
      for (int j = 0; j < m.voters().size(); j++) {
        sum += m.value(i, j).orElse(0);
      }
    }
    assertThat(m.checksum()).isCloseTo(sum, within(1e-12));
  }

  @Test
  void closestAndFurthest_rankPairsAndRespectMinimumCommon() {
    VoteRecord record = Fixtures.traps();
    AgreementMatrix m = record.agreement(RollCallFilter.all());
    Voter us = record.voter("USA").orElseThrow();
    assertThat(m.closestPairs(1, 2).get(0).agreement()).isEqualTo(0.5);
    assertThat(m.furthestFrom(us, 10, 1)).first().extracting(AgreementMatrix.Pair::agreement).isEqualTo(0.0);
    assertThat(m.closestTo(us, 10, 3)).isEmpty();
    assertThat(m.pairs(1)).allSatisfy(p -> assertThat(p.common()).isPositive());
  }
}
