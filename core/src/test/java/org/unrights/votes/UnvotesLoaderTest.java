package org.unrights.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.json.UnrightsJson;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Ballot;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.MotionKind;
import org.unrights.model.PartialDate;
import org.unrights.model.QuestionKind;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.States;
import org.unrights.model.Tally;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

class UnvotesLoaderTest {

  private static final String ROLL_CALLS_HEADER = "rcid,session,importantvote,date,unres,amend,para,short,descr\n";
  private static final String ONE_ROLL_CALL = ROLL_CALLS_HEADER + "1,74,0,2019-12-03,A/RES/74/1,0,0,X,Y\n";
  private static final String ISSUES = "rcid,short_name,issue\n";
  private static final String BALLOTS_HEADER = "rcid,country,country_code,vote\n";

  @Test
  void load_readsEveryBallotOfTheFixture() {
    VoteRecord record = Fixtures.traps();
    assertThat(record.ballotCount()).isEqualTo(10);
    assertThat(record.rollCallCount()).isEqualTo(3);
    assertThat(record.voters()).extracting(Voter::name).containsExactly("China", "Federal Republic of Germany",
        "Namibia", "Taiwan", "United States", "Yemen Arab Republic");
  }

  @Test
  void load_quotedNaIsNamibiaAndBareNaIsAMissingCode() {
    VoteRecord record = Fixtures.traps();
    Voter namibia = record.voter("Namibia").orElseThrow();
    assertThat(namibia.code()).contains("NA");
    assertThat(namibia.state()).isEqualTo(States.require("NAM"));
    assertThat(namibia.label()).isEqualTo("NAM");
    Voter yar = record.voter("Yemen Arab Republic").orElseThrow();
    assertThat(yar.code()).isEmpty();
    assertThat(yar.state().alpha3()).isEqualTo("YAR");
    assertThat(yar.label()).isEqualTo("Yemen Arab Republic");
    Voter frg = record.voter("Federal Republic of Germany").orElseThrow();
    assertThat(frg.state()).isEqualTo(States.require("DEU"));
    assertThat(frg.label()).isEqualTo("Federal Republic of Germany");
  }

  @Test
  void load_taiwanCastsChinasSeatButStaysItsOwnVoter() {
    VoteRecord record = Fixtures.traps();
    Voter taiwan = record.voter("TW").orElseThrow();
    assertThat(taiwan.label()).isEqualTo("Taiwan");
    assertThat(taiwan.state()).isEqualTo(States.require("CHN"));
    assertThat(record.voter("CHN").orElseThrow().name()).isEqualTo("China");
    assertThat(record.voteEvent(10).orElseThrow().ballots()).contains(Ballot.of("CHN", VoteOption.NO));
  }

  @Test
  void load_keepsBackslashesAndUndoublesQuotesInDescr() {
    VoteRecord record = Fixtures.traps();
    assertThat(record.description(10)).contains("TO ADOPT \\MEMBERS PRESENT\\\\, IN CALCULATING.\\\"\"");
    assertThat(record.description(11)).contains("THE \"QUOTED\" TEXT, WITH A COMMA");
    assertThat(record.description(12)).isEmpty();
  }

  @Test
  void voteEvent_carriesSymbolDateSessionKindIssuesAndBallots() {
    VoteEvent e = Fixtures.traps().voteEvent(11).orElseThrow();
    assertThat(e.id()).isEqualTo("unvotes-11");
    assertThat(e.resolutionSymbol()).contains(DocumentSymbol.parse("A/RES/74/12"));
    assertThat(e.date()).contains(PartialDate.of(2019, 12, 3));
    assertThat(e.session()).hasValue(74);
    assertThat(e.motionKind()).isEqualTo(MotionKind.DRAFT_RESOLUTION);
    assertThat(e.questionKind()).contains(QuestionKind.IMPORTANT);
    assertThat(e.issues()).containsExactly("hr", "me");
    assertThat(e.title()).contains("PALESTINE");
    assertThat(e.tally()).contains(Tally.of(2, 1, 1));
    assertThat(e.ballots()).containsExactly(Ballot.of("CHN", VoteOption.YES), Ballot.of("DEU", VoteOption.ABSTAIN),
        Ballot.of("NAM", VoteOption.YES), Ballot.of("USA", VoteOption.NO));
    // 2 yes of 3 present and voting: two thirds, an important question carries
    assertThat(e.outcome()).isInstanceOf(AdoptedByRecordedVote.class);
  }

  @Test
  void voteEvent_roundTripsThroughTheModelsJson() {
    VoteEvent e = Fixtures.traps().voteEvent(11).orElseThrow();
    assertThat(UnrightsJson.read(UnrightsJson.write(e), VoteEvent.class)).isEqualTo(e);
  }

  @Test
  void voteEvent_readsAmendmentParagraphAndLeavesVoetenCodesAbsent() {
    VoteRecord record = Fixtures.traps();
    VoteEvent amendment = record.voteEvent(10).orElseThrow();
    assertThat(amendment.motionKind()).isEqualTo(MotionKind.AMENDMENT);
    assertThat(amendment.resolutionSymbol()).isEmpty();
    assertThat(record.unres(10)).contains("R/1/66");
    VoteEvent paragraph = record.voteEvent(12).orElseThrow();
    assertThat(paragraph.motionKind()).isEqualTo(MotionKind.PARAGRAPH);
    assertThat(paragraph.questionKind()).isEmpty();
    assertThat(paragraph.title()).isEmpty();
    assertThat(paragraph.outcome()).isInstanceOf(RejectedByRecordedVote.class);
    assertThat(record.rollCallsWithoutResolutionSymbol()).isEqualTo(2);
    assertThat(record.voteEvent(99)).isEmpty();
  }

  @Test
  void load_rejectsAMalformedVoteNamingFileLineAndColumn() {
    assertThatThrownBy(() -> UnvotesLoader.load(Fixtures.resource("malformed/unvotes.csv"),
        Fixtures.resource("malformed/roll_calls.csv"), Fixtures.resource("malformed/issues.csv")))
        .isInstanceOfSatisfying(VoteDataFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("unvotes.csv");
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(4);
          assertThat(e.columnName()).isEqualTo("vote");
          assertThat(e.value()).isEqualTo("maybe");
        })
        .hasMessage("unvotes.csv line 6, column 4 (vote): expected yes, no or abstain, was 'maybe'");
  }

  @Test
  void load_rejectsARowWithTooFewFields() {
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER + "1,Cuba,CU,yes\n1,Chile,CL\n", ONE_ROLL_CALL, ISSUES))
        .isInstanceOfSatisfying(VoteDataFormatException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(4);
        })
        .hasMessageContaining("expected 4 fields, found 3");
  }

  @Test
  void load_rejectsUnknownRollCallUnknownCountryAndSecondBallot() {
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER + "2,Cuba,CU,yes\n", ONE_ROLL_CALL, ISSUES))
        .hasMessage("unvotes.csv line 2, column 1 (rcid): no such rcid in roll_calls.csv, was '2'");
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER + "1,Atlantis,NA,yes\n", ONE_ROLL_CALL, ISSUES))
        .hasMessage("unvotes.csv line 2, column 2 (country): no state in the registry has this name, was 'Atlantis'");
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER + "1,Cuba,CU,yes\n1,Cuba,CU,no\n", ONE_ROLL_CALL, ISSUES))
        .hasMessageContaining("line 3").hasMessageContaining("a second ballot for CUB in roll call 1");
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER, ROLL_CALLS_HEADER + "1,74,0,2019-13-03,,0,0,X,Y\n", ISSUES))
        .hasMessage("roll_calls.csv line 2, column 4 (date): expected a date YYYY-MM-DD, was '2019-13-03'");
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER, ONE_ROLL_CALL, ISSUES + "7,hr,Human rights\n"))
        .hasMessage("issues.csv line 2, column 1 (rcid): no such rcid in roll_calls.csv, was '7'");
  }

  @Test
  void load_rejectsAnUnterminatedQuote() {
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER + "1,Cuba,CU,yes\n1,\"Chile,CL,yes\n", ONE_ROLL_CALL, ISSUES))
        .isInstanceOfSatisfying(VoteDataFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("unvotes.csv");
          assertThat(e.line()).isGreaterThanOrEqualTo(3);
        })
        .hasMessageContaining("not valid CSV");
  }

  @Test
  void load_rejectsAWrongHeader() {
    assertThatThrownBy(() -> Fixtures.load("rcid,country,vote\n", ONE_ROLL_CALL, ISSUES))
        .isInstanceOf(VoteDataFormatException.class)
        .hasMessage("unvotes.csv line 1: the header must be rcid,country,country_code,vote, was 'rcid,country,vote'");
  }

  @Test
  void recordOf_countsAVotersOptionsOnAnIssue() {
    VoteRecord record = Fixtures.traps();
    VoterRecord us = record.recordOf(record.voter("USA").orElseThrow(), RollCallFilter.issue("hr"));
    assertThat(us.rollCalls()).isEqualTo(2);
    assertThat(us.tally()).isEqualTo(Tally.of(0, 2, 0));
    VoterRecord namibia = record.recordOf(record.voter("NAM").orElseThrow(), RollCallFilter.all());
    assertThat(namibia.tally()).isEqualTo(Tally.of(1, 1, 0));
    assertThat(namibia.withoutBallot()).isEqualTo(1);
    assertThat(record.ballotCount(RollCallFilter.issue("hr"))).isEqualTo(7);
    assertThat(record.issues()).containsOnlyKeys("hr", "me");
    assertThat(record.rcids().toArray()).containsExactly(10, 11, 12);
  }

  @Test
  void load_rejectsAnUnterminatedQuoteInTheLastColumnInsteadOfSwallowingTheRowsAfterIt() {
    String rollCalls = ROLL_CALLS_HEADER + "1,74,0,2019-12-03,A/RES/74/1,0,0,X,\"Y\n2,74,0,2019-12-03,,0,0,X,Y\n";
    assertThatThrownBy(() -> Fixtures.load(BALLOTS_HEADER, rollCalls, ISSUES))
        .isInstanceOfSatisfying(VoteDataFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("roll_calls.csv");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(9);
        })
        .hasMessageContaining("a quoted field is not closed");
  }

  @Test
  void load_readsCrlfLineEndsAndSkipsEmptyLines() {
    VoteRecord record = Fixtures.load(BALLOTS_HEADER.replace("\n", "\r\n") + "1,Cuba,CU,yes\r\n\r\n1,\"Chile\",CL,no\r\n",
        ONE_ROLL_CALL, ISSUES);
    assertThat(record.ballotCount()).isEqualTo(2);
    assertThat(record.tally(1)).contains(Tally.of(1, 1, 0));
  }

  /** Copies a fixture folder to files, where the ballots can be read in parts. */
  private static Path files(Path dir, String fixture) throws IOException {
    for (String name : new String[] {"unvotes.csv", "roll_calls.csv", "issues.csv"}) {
      try (InputStream in = Fixtures.class.getResourceAsStream("/votes/" + fixture + "/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    return dir;
  }

  private static VoteRecord loadInParts(Path dir, int threads) {
    // parts of at least one byte: even the fixture's few lines are split between threads
    return UnvotesLoader.load(dir.resolve("unvotes.csv"), dir.resolve("roll_calls.csv"), dir.resolve("issues.csv"),
        threads, 1);
  }

  @Test
  void load_inPartsOnSeveralThreadsGivesTheRecordOfAOneThreadLoad(@TempDir Path tmp) throws IOException {
    Path dir = files(tmp, "traps");
    VoteRecord one = UnvotesLoader.load(dir, 1);
    for (int threads : new int[] {2, 3, 4}) {
      VoteRecord parts = loadInParts(dir, threads);
      assertThat(parts.ballotCount()).isEqualTo(one.ballotCount()).isEqualTo(10);
      assertThat(parts.voters()).isEqualTo(one.voters());
      assertThat(parts.voteEvents()).containsExactlyElementsOf(one.voteEvents().toList());
      Voter namibia = parts.voter("NAM").orElseThrow();
      assertThat(namibia.code()).contains("NA");
    }
  }

  @Test
  void load_inPartsReportsTheErrorOfAOneThreadLoad(@TempDir Path tmp) throws IOException {
    Path dir = files(tmp, "malformed");
    Function<Integer, VoteDataFormatException> fail = threads -> (VoteDataFormatException) org.assertj.core.api
        .Assertions.catchThrowable(() -> loadInParts(dir, threads));
    for (int threads : new int[] {1, 2, 4}) {
      assertThat(fail.apply(threads))
          .hasMessage("unvotes.csv line 6, column 4 (vote): expected yes, no or abstain, was 'maybe'");
    }
  }

  @Test
  void load_inPartsFindsASecondBallotInAnotherPart(@TempDir Path tmp) throws IOException {
    Path dir = files(tmp, "traps");
    // the same ballot at the start and at the end of the file: each part alone is consistent
    String ballots = Files.readString(dir.resolve("unvotes.csv"));
    Files.writeString(dir.resolve("unvotes.csv"), ballots + "10,United States,US,no\n");
    assertThatThrownBy(() -> loadInParts(dir, 2))
        .hasMessage("unvotes.csv line 12, column 2 (country): a second ballot for USA in roll call 10, was 'United States'");
  }

  @Test
  void load_refusesFewerThanOneThread(@TempDir Path tmp) {
    assertThatThrownBy(() -> UnvotesLoader.load(tmp, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void load_fromFilesDecodesUtf8NamesAndSkipsAByteOrderMark(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("unvotes.csv"), "\uFEFF" + BALLOTS_HEADER
        + "1,C\u00f4te d\u2019Ivoire,CI,yes\n1,\"Namibia\",\"NA\",no\n");
    Files.writeString(tmp.resolve("roll_calls.csv"), ONE_ROLL_CALL.replace(",X,Y", ",X,\"caf\u00e9 \"\"\u00e0\"\"\""));
    Files.writeString(tmp.resolve("issues.csv"), ISSUES);
    for (int threads : new int[] {1, 2}) {
      VoteRecord record = loadInParts(tmp, threads);
      assertThat(record.voter("CIV").orElseThrow().name()).isEqualTo("C\u00f4te d\u2019Ivoire");
      assertThat(record.voter("NAM").orElseThrow().code()).contains("NA");
      assertThat(record.description(1)).contains("caf\u00e9 \"\u00e0\"");
    }
  }
}
