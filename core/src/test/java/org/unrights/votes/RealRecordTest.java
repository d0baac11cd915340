package org.unrights.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unrights.model.Ballot;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.Tally;
import org.unrights.model.VoteEvent;
import org.unrights.testdata.SharedData;

/**
 * The done-when checks on the real files (../shared/data/README.md); skipped where the data is
 * absent. The record is loaded once for the class.
 */
class RealRecordTest {

  private static VoteRecord record;
  private static VetoRecord vetoes;

  @BeforeAll
  static void load() {
    record = UnvotesLoader.load(SharedData.require("unvotes"));
    vetoes = VetoLoader.load(SharedData.require("unsc-vetoes/unsc_vetoes_1946_sept2022.csv"));
  }

  @Test
  void load_onOneThreadGivesTheRecordOfTheLoadInParts() {
    VoteRecord one = UnvotesLoader.load(SharedData.require("unvotes"), 1);
    assertThat(one.ballotCount()).isEqualTo(record.ballotCount());
    assertThat(one.voters()).isEqualTo(record.voters());
    int[] rcids = record.rcids().toArray();
    for (Voter v : record.voters()) {
      for (int rcid : rcids) {
        assertThat(one.ballot(v, rcid)).isEqualTo(record.ballot(v, rcid));
      }
    }
  }

  @Test
  void load_readsEveryBallotAndRollCall() {
    assertThat(record.ballotCount()).isEqualTo(870_109);
    assertThat(record.rollCallCount()).isEqualTo(6_203);
    assertThat(record.voters()).hasSize(200);
  }

  @Test
  void humanRightsRollCalls_carryTheirBallots() {
    assertThat(record.rollCallCount(RollCallFilter.issue("hr"))).isEqualTo(1_015);
    assertThat(record.ballotCount(RollCallFilter.issue("hr"))).isEqualTo(156_623);
  }

  @Test
  void rcid9101_isResolution74_12() {
    VoteEvent e = record.voteEvent(9101).orElseThrow();
    assertThat(e.resolutionSymbol()).contains(DocumentSymbol.parse("A/RES/74/12"));
    assertThat(e.date()).contains(PartialDate.of(2019, 12, 3));
    assertThat(e.tally()).contains(Tally.of(87, 23, 54));
    assertThat(e.ballots()).hasSize(164);
  }

  @Test
  void namibiasBallotsAreNamibias() {
    Voter namibia = record.voter("NAM").orElseThrow();
    assertThat(namibia.name()).isEqualTo("Namibia");
    assertThat(record.voter("CIV").orElseThrow().name()).isEqualTo("C\u00f4te d\u2019Ivoire");
    assertThat(namibia.code()).contains("NA");
    assertThat(record.recordOf(namibia, RollCallFilter.all()).tally().cast()).isEqualTo(2_455);
    assertThat(record.voters(States.require("NAM"))).containsExactly(namibia);
    assertThat(record.voteEvent(9101).orElseThrow().ballots()).extracting(Ballot::state)
        .contains(States.require("NAM"));
  }

  @Test
  void historicalStates_areTheirOwnVoters() {
    assertThat(record.voter("Yugoslavia").orElseThrow().state().alpha3()).isEqualTo("YUG");
    assertThat(record.voter("Czechoslovakia").orElseThrow().state().alpha3()).isEqualTo("CSK");
    assertThat(record.voter("German Democratic Republic").orElseThrow().state().alpha3()).isEqualTo("DDR");
    assertThat(record.voter("Zanzibar").orElseThrow().state().alpha3()).isEqualTo("ZAN");
    assertThat(record.voter("Yemen Arab Republic").orElseThrow().state().alpha3()).isEqualTo("YAR");
    assertThat(record.voters(States.require("DEU"))).extracting(Voter::name)
        .containsExactly("Federal Republic of Germany", "Germany");
    assertThat(record.voter("Taiwan").orElseThrow().state()).isEqualTo(States.require("CHN"));
  }

  @Test
  void everyRollCall_materialisesAsAValidVoteEvent() {
    assertThat(record.voteEvents().mapToLong(e -> e.ballots().size()).sum()).isEqualTo(870_109);
    // only the A/RES/... cells are UN symbols; the Voeten codes (R/1/66 ...) are left absent
    assertThat(record.rollCallCount() - record.rollCallsWithoutResolutionSymbol()).isEqualTo(260);
  }

  /**
   * The peer's printed numbers: {@code Rscript shared/peers/unvotes-agreement.R shared/data/unvotes hr}
   * (and {@code ... all}), R 4.2 with data.table, run on 2026-11-23 on the development machine:
   * hr: US-Russia=0.1188 US-China=0.0732 China-NorthKorea=0.9642 checksum=24574.122712, 199 states;
   * all: US-Russia=0.2193 US-China=0.1675 China-NorthKorea=0.8690 checksum=28488.367596, 200 states.
   * The script prints 4 and 6 decimals, so those are the precision checked.
   */
  @Test
  void agreement_matchesTheRPeer() {
    Voter us = record.voter("USA").orElseThrow();
    Voter ru = record.voter("RUS").orElseThrow();
    Voter cn = record.voter("CHN").orElseThrow();
    Voter kp = record.voter("PRK").orElseThrow();
    AgreementMatrix hr = record.agreement(RollCallFilter.issue("hr"));
    assertThat(hr.voters()).hasSize(199);
    assertThat(hr.rollCalls()).isEqualTo(1_015);
    assertThat(hr.agreement(us, ru).getAsDouble()).isCloseTo(0.1188, within(0.00005));
    assertThat(hr.agreement(us, cn).getAsDouble()).isCloseTo(0.0732, within(0.00005));
    assertThat(hr.agreement(cn, kp).getAsDouble()).isCloseTo(0.9642, within(0.00005));
    assertThat(hr.checksum()).isCloseTo(24574.122712, within(0.0000005));
    AgreementMatrix all = record.agreement(RollCallFilter.all());
    assertThat(all.voters()).hasSize(200);
    assertThat(all.agreement(us, ru).getAsDouble()).isCloseTo(0.2193, within(0.00005));
    assertThat(all.agreement(us, cn).getAsDouble()).isCloseTo(0.1675, within(0.00005));
    assertThat(all.agreement(cn, kp).getAsDouble()).isCloseTo(0.8690, within(0.00005));
    assertThat(all.checksum()).isCloseTo(28488.367596, within(0.0000005));
  }

  @Test
  void vetoTotals_matchTheNamedMembersInTheFile() {
    // counted from member_veto1..3 of unsc_vetoes_1946_sept2022.csv (214 rows)
    Map<State, Integer> byMember = vetoes.countsByMember();
    assertThat(vetoes.vetoes()).hasSize(214);
    assertThat(byMember).containsOnly(Map.entry(States.require("SUN"), 90), Map.entry(States.require("USA"), 82),
        Map.entry(States.require("RUS"), 31), Map.entry(States.require("GBR"), 29),
        Map.entry(States.require("CHN"), 17), Map.entry(States.require("FRA"), 16));
    // the 0/1 member columns leave out 26 of them (e.g. France in 1976-1981)
    assertThat(vetoes.flagMismatchLines()).hasSize(26);
    assertThat(vetoes.countsByDecade().get(2010)).containsOnly(Map.entry(States.require("RUS"), 19),
        Map.entry(States.require("CHN"), 9), Map.entry(States.require("USA"), 3));
  }
}
