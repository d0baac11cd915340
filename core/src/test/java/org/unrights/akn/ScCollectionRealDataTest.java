package org.unrights.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unrights.model.Ballot;
import org.unrights.model.DecisionRule;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Membership;
import org.unrights.model.MembershipKind;
import org.unrights.model.PartialDate;
import org.unrights.model.RecordedVote;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.VoteOption;
import org.unrights.testdata.SharedData;

/** Loads every file of the UN's Security Council collection; skipped where the shared data is absent. */
class ScCollectionRealDataTest {

  private static ScCollection sc;

  @BeforeAll
  static void load() {
    Path dir = SharedData.require("un-sc");
    sc = ScCollection.load(dir);
  }

  private static ScRecord record(String symbol) {
    DocumentSymbol s = DocumentSymbol.parse(symbol);
    return sc.all().stream().filter(r -> r.symbol().equals(s)).findFirst().orElseThrow();
  }

  @Test
  void load_readsEveryFile() {
    assertThat(sc.aknRecords()).hasSize(338);
    assertThat(sc.extractRecords()).hasSize(1541);
    assertThat(sc.issues()).filteredOn(i -> i.kind() == DataIssueKind.NOT_A_RESOLUTION).singleElement()
        .satisfies(i -> assertThat(i.symbol()).isEqualTo("S/PRST/2020/11"));
  }

  @Test
  void resolutions_areMergedBySymbolAcrossSources() {
    Set<DocumentSymbol> symbols = sc.extractRecords().stream().map(ScRecord::symbol).collect(Collectors.toSet());
    sc.aknRecords().stream().filter(ScRecord::isAdopted).forEach(r -> symbols.add(r.symbol()));
    assertThat(sc.resolutions()).hasSize(symbols.size()).hasSize(1540);
    assertThat(sc.resolutions()).extracting(ScRecord::symbol).doesNotHaveDuplicates();
    assertThat(sc.issues()).filteredOn(i -> i.kind() == DataIssueKind.DUPLICATE_RECORD).extracting(DataIssue::symbol)
        .containsExactlyInAnyOrder("S/RES/2820 (2026)", "S/RES/2821 (2026)", "S/RES/2822 (2026)");
  }

  @Test
  void failedDrafts_split_thirteenVetoedAndSixForWantOfVotes() {
    assertThat(sc.failedDrafts()).hasSize(19);
    assertThat(sc.vetoed()).hasSize(13);
    assertThat(sc.failedDrafts()).filteredOn(r -> r.recordedResult() == RecordedResult.NOT_ADOPTED).hasSize(6);
    assertThat(sc.vetoesByMember()).isEqualTo(Map.of("CHN", 2, "RUS", 7, "USA", 5));
  }

  @Test
  void votingRules_reproduceEveryRecordedOutcome() {
    List<OutcomeCheck> checks = sc.checkOutcomes();
    assertThat(checks).hasSize(sc.resolutions().size() + sc.failedDrafts().size());
    assertThat(checks).noneMatch(c -> c.status() == OutcomeCheck.Status.DISAGREES);
    // Every vetoed draft with counts: nine or more in favour and a permanent member against.
    assertThat(checks).filteredOn(c -> c.recorded() == RecordedResult.VETOED)
        .extracting(OutcomeCheck::status).containsOnly(OutcomeCheck.Status.AGREES, OutcomeCheck.Status.NOT_CHECKABLE);
    assertThat(checks).filteredOn(c -> c.recorded() == RecordedResult.VETOED && c.status() == OutcomeCheck.Status.AGREES)
        .hasSize(12).allMatch(c -> c.computed().orElseThrow() == DecisionRule.Result.VETOED);
    // Every draft not adopted failed for want of nine votes.
    assertThat(checks).filteredOn(c -> c.recorded() == RecordedResult.NOT_ADOPTED).hasSize(6)
        .allMatch(c -> c.computed().orElseThrow() == DecisionRule.Result.REJECTED);
    // Adopted: by the substantive rule, except one decision carried over a permanent member's "no".
    assertThat(checks).filteredOn(c -> c.status() == OutcomeCheck.Status.AGREES_AS_PROCEDURAL)
        .extracting(c -> c.symbol().toString()).containsExactly("S/RES/2623 (2022)");
    // The only vetoed draft that cannot be checked is the file without counts.
    assertThat(checks).filteredOn(c -> c.recorded() == RecordedResult.VETOED && c.status() == OutcomeCheck.Status.NOT_CHECKABLE)
        .extracting(c -> c.symbol().toString()).containsExactly("S/2025/353");
    // Adopted records that cannot be checked were adopted without a vote.
    sc.all().stream().filter(r -> r.isAdopted() && ScCollection.check(r).status() == OutcomeCheck.Status.NOT_CHECKABLE)
        .forEach(r -> assertThat(r.outcome().orElseThrow()).isNotInstanceOf(RecordedVote.class));
  }

  @Test
  void counts_agreeWithTheListedVotersOrTheDisagreementIsAConflict() {
    for (ScRecord r : concat(sc.aknRecords(), sc.extractRecords())) {
      if (r.statedTally().isEmpty() || r.ballots().isEmpty()) {
        continue;
      }
      check(r, VoteOption.YES, r.statedTally().get().yes());
      check(r, VoteOption.NO, r.statedTally().get().no());
      check(r, VoteOption.ABSTAIN, r.statedTally().get().abstain());
    }
    assertThat(record("S/RES/2521 (2020)").conflicts()).anyMatch(c -> c.field().equals("tally.yes"));
    assertThat(record("S/2023/638").conflicts()).anyMatch(c -> c.field().equals("ballot.CHN"));
  }

  private static void check(ScRecord r, VoteOption o, int stated) {
    long listed = r.ballots().stream().filter(b -> b.option() == o).count();
    if (listed != stated) {
      assertThat(r.conflicts()).as("%s at %s: %s", r.symbol(), r.source().file(), o)
          .anyMatch(c -> c.field().equals("tally." + o.id()) || c.field().startsWith("ballot."));
    }
  }

  private static List<ScRecord> concat(List<ScRecord> a, List<ScRecord> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  @Test
  void selfContradictions_areConflictsWithBothValues() {
    assertThat(record("S/RES/2816 (2026)").conflicts()).anyMatch(c -> c.field().equals("meetingRecord"));
    assertThat(record("S/RES/2423 (2018)").conflicts()).anyMatch(c -> c.field().equals("adopted"));
    assertThat(sc.conflicts()).allMatch(c -> c.values().size() >= 2);
  }

  @Test
  void memberNameArtefacts_areRepairedAndReported() {
    assertThat(sc.issues()).filteredOn(i -> i.kind() == DataIssueKind.SPLIT_NAME).singleElement()
        .satisfies(i -> assertThat(i.symbol()).isEqualTo("S/RES/2403 (2018)"));
    assertThat(sc.issues()).filteredOn(i -> i.kind() == DataIssueKind.MISSPELT_NAME && i.message().contains("CHILEs"))
        .extracting(DataIssue::symbol).containsExactly("S/RES/2214 (2015)", "S/RES/2215 (2015)");
    assertThat(record("S/RES/2403 (2018)").ballots()).hasSize(15);
  }

  @Test
  void composition_isFifteenMembersEveryYearWithTheFivePermanentOnes() {
    assertThat(sc.years()).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(2000, 2026).boxed().toList());
    for (int year : sc.years()) {
      assertThat(sc.composition(year)).as("members voting in %d", year).hasSize(15)
          .containsAll(States.permanentSecurityCouncilMembers());
    }
    List<Membership> russia = sc.memberships().stream().filter(m -> m.state().alpha3().equals("RUS")).toList();
    assertThat(russia).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MembershipKind.PERMANENT);
      assertThat(m.start()).isEqualTo(PartialDate.of(2000, 1, 1));
      assertThat(m.end()).contains(PartialDate.of(2026, 12, 31));
    });
    assertThat(sc.memberships()).filteredOn(m -> m.kind() == MembershipKind.ELECTED)
        .allMatch(m -> !m.state().isPermanentSecurityCouncilMember());
  }

  @Test
  void queries_byAgendaItemSubjectAndSdg() {
    assertThat(sc.byAgendaItem("the situation in Libya")).isNotEmpty()
        .allMatch(r -> r.agendaItems().stream().anyMatch(a -> a.toLowerCase().contains("libya")));
    assertThat(sc.bySubject("TERRORISM")).isNotEmpty();
    assertThat(sc.bySdg(16)).isNotEmpty().allMatch(r -> r.sdgs().contains(16));
  }

  @Test
  void queries_aMembersVotesAndVetoes() {
    State russia = States.require("RUS");
    List<MemberVote> votes = sc.votesOf(russia);
    assertThat(votes).hasSizeGreaterThan(1400);
    assertThat(votes).filteredOn(MemberVote::veto).hasSize(7).allMatch(v -> v.option() == VoteOption.NO);
    assertThat(sc.vetoesBy(russia)).hasSize(7).allMatch(r -> r.vetoedBy().contains(russia));
    assertThat(sc.vetoesBy(States.require("USA"))).extracting(r -> r.symbol().toString())
        .contains("S/2024/173", "S/2024/835");
  }

  @Test
  void everyAknFile_writtenBack_readsToTheSameValues() {
    for (ScRecord r : sc.aknRecords()) {
      String xml = AknWriter.toXml(r);
      ScRecord again = AknReader.read(xml, r.source().file().orElseThrow());
      // conflicts and issues are about the original file (e.g. its FRBR date) and are recomputed on reading
      assertThat(strip(again)).as("%s", r.source().file()).isEqualTo(strip(r));
    }
  }

  private static ScRecord strip(ScRecord r) {
    return ScRecord.builder().from(AknWriterTest.withoutEvidence(r)).conflicts(List.of()).issues(List.of()).build();
  }

  @Test
  void ballots_nameEachMemberOnceAndOnlyMembersOfTheUn() {
    for (ScRecord r : sc.all()) {
      assertThat(r.ballots()).extracting(Ballot::state).doesNotHaveDuplicates();
    }
  }
}
