package org.unrights.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.AdoptedWithoutVote;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.PartialDate;
import org.unrights.model.Sponsor;
import org.unrights.model.Tally;

class DataExtractReaderTest {

  private static List<ScRecord> sample() {
    MemberNames names = new MemberNames();
    List<ScRecord> records = DataExtractReader.read(AknFixtures.text(AknFixtures.EXTRACT_SAMPLE),
        "data_extract/" + AknFixtures.EXTRACT_SAMPLE, names);
    names.throwIfUnknown();
    return records;
  }

  private static ScRecord bySymbol(List<ScRecord> records, String symbol) {
    return records.stream().filter(r -> r.symbol().equals(DocumentSymbol.parse(symbol))).findFirst().orElseThrow();
  }

  @Test
  void read_givesTheSameTypesAsTheAknReader() {
    ScRecord r = sample().get(0);
    assertThat(r.symbol()).isEqualTo(DocumentSymbol.parse("S/RES/8101 (2015)"));
    assertThat(r.line()).hasValue(1);
    assertThat(r.date()).contains(PartialDate.of(2015, 3, 27));
    assertThat(r.tally()).contains(Tally.of(15, 0, 0));
    assertThat(r.ballots()).hasSize(15);
    assertThat(r.sponsors()).extracting(Sponsor::name).containsExactly("ESP", "GBR");
    assertThat(r.outcomeRecord()).contains(DocumentSymbol.parse("S/PV.9101"));
    assertThat(r.agendaItems()).containsExactly("The situation in Libya");
    assertThat(r.sdgs()).containsExactly(16, 5);
    assertThat(r.chapterVII()).isTrue();
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.issues()).isEmpty();
    assertThat(r.resolution().orElseThrow().evidence()).singleElement()
        .satisfies(e -> assertThat(e.matches(AknFixtures.text(AknFixtures.EXTRACT_SAMPLE))).isTrue());
  }

  @Test
  void read_strayLetters_areRepairedAndReported() {
    ScRecord r = bySymbol(sample(), "S/RES/8102 (2015)");
    assertThat(r.ballots()).hasSize(15).anyMatch(b -> b.state().alpha3().equals("CHL"));
    assertThat(r.issues()).extracting(DataIssue::kind).containsExactly(DataIssueKind.MISSPELT_NAME);
  }

  @Test
  void read_nameSplitInTwo_isJoinedAndReported() {
    ScRecord r = bySymbol(sample(), "S/RES/8103 (2015)");
    assertThat(r.ballots()).hasSize(15).anyMatch(b -> b.state().alpha3().equals("CIV"));
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(DataIssueKind.SPLIT_NAME);
      assertThat(i.message()).contains("'CÔTE.'", "'D'IVOIRE'", "CIV");
      assertThat(i.location()).startsWith("data_extract/extract-sample.jsonl:3");
    });
  }

  @Test
  void read_countsThatDisagreeWithTheNames_areConflicts() {
    ScRecord r = bySymbol(sample(), "S/RES/8104 (2015)");
    assertThat(r.tally()).contains(Tally.of(12, 0, 3));
    assertThat(r.conflicts()).extracting(c -> c.field()).containsExactly("tally.yes");
  }

  @Test
  void read_timestampDateAndMeetingMismatch_areReported() {
    ScRecord r = bySymbol(sample(), "S/RES/8105 (2015)");
    assertThat(r.date()).contains(PartialDate.of(2015, 3, 27));
    assertThat(r.issues()).extracting(DataIssue::kind).containsExactly(DataIssueKind.IRREGULAR_FORM);
    assertThat(r.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("meetingRecord");
      assertThat(c.values()).extracting(v -> v.value())
          .containsExactly("S/PV.9102 (outcome_letter)", "S/PV.9101 (adoption_meeting)");
    });
  }

  @Test
  void read_adoptedWithoutVote_hasNoTallyAndDropsADescriptionFromTheSponsors() {
    ScRecord r = bySymbol(sample(), "S/RES/8106 (2015)");
    assertThat(r.outcome()).containsInstanceOf(AdoptedWithoutVote.class);
    assertThat(r.voteEvent()).isEmpty();
    assertThat(r.sponsors()).isEmpty();
    assertThat(r.issues()).extracting(DataIssue::kind).containsExactly(DataIssueKind.IRREGULAR_FORM);
  }

  @Test
  void collection_mergesDuplicatesBySymbolAndKeepsBothDates() {
    ScCollection c = ScCollection.of(List.of(), sample());
    assertThat(c.extractRecords()).hasSize(7);
    assertThat(c.resolutions()).hasSize(6);
    ScRecord merged = c.resolutions().get(0);
    assertThat(merged.symbol()).isEqualTo(DocumentSymbol.parse("S/RES/8101 (2015)"));
    assertThat(merged.tally()).contains(Tally.of(15, 0, 0));
    assertThat(merged.conflicts()).filteredOn(x -> x.field().equals("adopted")).singleElement()
        .satisfies(x -> assertThat(x.values()).extracting(v -> v.value()).containsExactly("2015-03-27", "2015-03-28"));
    assertThat(c.issues()).extracting(DataIssue::kind).contains(DataIssueKind.DUPLICATE_RECORD);
  }

  @Test
  void read_unknownNames_stopTheLoadListingEveryOne() {
    MemberNames names = new MemberNames();
    DataExtractReader.read(AknFixtures.text(AknFixtures.EXTRACT_UNKNOWN), "x.jsonl", names);
    assertThatThrownBy(names::throwIfUnknown).isInstanceOfSatisfying(UnknownMemberException.class,
        e -> assertThat(e.unknown()).containsExactly("'ATLANTIS' at x.jsonl:1 (yes)", "'ELDORADO' at x.jsonl:2 (sponsors)"));
  }

  @Test
  void read_aLineThatIsNotJson_failsNamingFileLineAndColumn() {
    assertThatThrownBy(() -> DataExtractReader.read(AknFixtures.text(AknFixtures.EXTRACT_BAD_LINE), "bad.jsonl",
        new MemberNames()))
        .isInstanceOfSatisfying(AknFormatException.class, e -> {
          assertThat(e.file()).isEqualTo("bad.jsonl");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isPositive();
        });
  }
}
