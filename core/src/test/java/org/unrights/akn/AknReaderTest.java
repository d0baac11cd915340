package org.unrights.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unrights.akn.AknFixtures.read;
import static org.unrights.akn.AknFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.MotionKind;
import org.unrights.model.PartialDate;
import org.unrights.model.QuestionKind;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.Sponsor;
import org.unrights.model.States;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VoteOption;

class AknReaderTest {

  @Test
  void read_adoptedResolution_givesIdentityDateAndWorkflow() {
    ScRecord r = read(AknFixtures.ADOPTED);
    assertThat(r.symbol()).isEqualTo(DocumentSymbol.parse("S/RES/9001 (2030)"));
    assertThat(r.id()).isEqualTo("s-res-9001-2030");
    assertThat(r.recordedResult()).isEqualTo(RecordedResult.ADOPTED);
    assertThat(r.frbrWork()).contains("/akn/un/statement/deliberation/unsc/2030-03-14/9001-2030/!main/");
    assertThat(r.frbrExpression()).contains("/akn/un/statement/deliberation/unsc/2030-03-14/9001-2030/eng@!main/");
    assertThat(r.date()).contains(PartialDate.of(2030, 3, 14));
    assertThat(r.chapterVII()).isTrue();
    assertThat(r.outcomeRecord()).contains(DocumentSymbol.parse("S/PV.12001"));
    assertThat(r.resultText()).contains("Adopted 13-0-2, 12001st meeting");
    assertThat(r.resolution().orElseThrow().body()).isEqualTo(Body.UNSC);
    assertThat(r.resolution().orElseThrow().meetingRecord()).contains(DocumentSymbol.parse("S/PV.12001"));
    assertThat(r.draft().orElseThrow().symbol()).contains(DocumentSymbol.parse("S/2030/150"));
    assertThat(r.draft().orElseThrow().tabled()).contains(PartialDate.of(2030, 3, 10));
    assertThat(r.steps()).extracting(s -> s.type()).containsExactly(StepType.DRAFT_TABLED, StepType.RESOLUTION_ADOPTED);
    assertThat(r.conflicts()).isEmpty();
    assertThat(r.issues()).isEmpty();
  }

  @Test
  void read_adoptedResolution_resolvesSponsorsWrittenAsProse() {
    ScRecord r = read(AknFixtures.ADOPTED);
    assertThat(r.sponsors()).extracting(Sponsor::name).containsExactly("JPN", "KOR", "VCT", "USA");
    assertThat(r.additionalSponsors()).extracting(Sponsor::name).containsExactly("BIH", "TTO");
  }

  @Test
  void read_adoptedResolution_givesEachMembersBallot() {
    ScRecord r = read(AknFixtures.ADOPTED);
    AdoptedByRecordedVote vote = (AdoptedByRecordedVote) r.outcome().orElseThrow();
    assertThat(vote.tally()).isEqualTo(Tally.of(13, 0, 2));
    assertThat(vote.statesVoting(VoteOption.ABSTAIN)).containsExactly(States.require("CHN"), States.require("RUS"));
    assertThat(r.ballots()).hasSize(15);
    assertThat(r.voteEvent().orElseThrow().motionKind()).isEqualTo(MotionKind.DRAFT_RESOLUTION);
    assertThat(r.voteEvent().orElseThrow().questionKind()).contains(QuestionKind.SUBSTANTIVE);
    assertThat(r.voteEvent().orElseThrow().resolutionSymbol()).contains(r.symbol());
    assertThat(r.statedTally()).contains(Tally.of(13, 0, 2));
  }

  @Test
  void read_adoptedResolution_classifiesSubjectsAndAgendaItem() {
    ScRecord r = read(AknFixtures.ADOPTED);
    assertThat(r.sdgs()).containsExactly(16);
    assertThat(r.agendaItems()).containsExactly("The situation in the Democratic People's Republic of Korea");
    assertThat(r.subjects()).extracting(Subject::vocabulary).contains(SubjectVocabulary.UNBIS,
        SubjectVocabulary.EUROVOC, SubjectVocabulary.AGENDA, SubjectVocabulary.TITLE);
    assertThat(r.subjects()).filteredOn(s -> s.term().equals("justice")).singleElement()
        .satisfies(s -> assertThat(s.href()).contains("http://metadata.un.org/thesaurus/1003500"));
    assertThat(r.resolution().orElseThrow().title()).contains("Fixture resolution 9001 (2030)");
  }

  @Test
  void read_adoptedResolution_givesPreambleAndNumberedOperativeParagraphs() {
    ScRecord r = read(AknFixtures.ADOPTED);
    assertThat(r.preamble()).extracting(Paragraph::text)
        .containsExactly("Recalling its earlier fixture resolutions,", "Expressing concern over the situation,");
    assertThat(r.preamble().get(0).eId()).contains("container_2");
    assertThat(r.operativeParagraphs()).extracting(p -> p.number().orElse("?")).containsExactly("1", "2", "3");
    assertThat(r.operativeParagraphs().get(1).text())
        .isEqualTo("Requests the Secretary-General: (a) to report within 30 days; (b) to consult the parties;");
    assertThat(r.operativeParagraphs().get(0).leadingWord()).isEqualTo("Decides");
  }

  @Test
  void read_ignoresTheAnnexesOwnMetadataAndText() {
    ScRecord r = read(AknFixtures.ADOPTED);
    assertThat(r.frbrWork().orElseThrow()).doesNotContain("annex");
    assertThat(r.operativeParagraphs()).noneMatch(p -> p.text().contains("annex"));
  }

  @Test
  void read_pointsEvidenceAtTheSymbolInTheXml() {
    String xml = text(AknFixtures.ADOPTED);
    ScRecord r = read(AknFixtures.ADOPTED);
    assertThat(r.resolution().orElseThrow().evidence()).singleElement().satisfies(e -> {
      assertThat(e.quote()).isEqualTo("S/RES/9001 (2030)");
      assertThat(e.matches(xml)).isTrue();
      assertThat(e.source()).isEqualTo(r.source().id());
    });
  }

  @Test
  void read_vetoedDraft_namesThePermanentMemberAgainst() {
    ScRecord r = read(AknFixtures.VETOED);
    assertThat(r.recordedResult()).isEqualTo(RecordedResult.VETOED);
    assertThat(r.resolution()).isEmpty();
    assertThat(r.draft().orElseThrow().symbol()).contains(DocumentSymbol.parse("S/2030/300"));
    assertThat(r.outcome().orElseThrow()).isInstanceOf(Vetoed.class);
    assertThat(r.vetoedBy()).containsExactly(States.require("USA"));
    assertThat(r.tally()).contains(Tally.of(12, 1, 2));
    assertThat(r.steps()).extracting(s -> s.type()).containsExactly(StepType.DRAFT_TABLED, StepType.VETO_CAST);
    assertThat(ScCollection.check(r).status()).isEqualTo(OutcomeCheck.Status.AGREES);
  }

  @Test
  void read_notAdoptedWorkflow_isRejectedForWantOfNineVotes() {
    ScRecord r = read(AknFixtures.NOT_ADOPTED);
    assertThat(r.recordedResult()).isEqualTo(RecordedResult.NOT_ADOPTED);
    assertThat(r.outcome().orElseThrow()).isInstanceOf(RejectedByRecordedVote.class);
    assertThat(r.tally()).contains(Tally.of(3, 2, 10));
    assertThat(r.vetoedBy()).isEmpty();
    assertThat(r.steps().get(1).type()).isEqualTo(StepType.RESOLUTION_REJECTED);
    OutcomeCheck check = ScCollection.check(r);
    assertThat(check.status()).isEqualTo(OutcomeCheck.Status.AGREES);
    assertThat(check.computed()).contains(org.unrights.model.DecisionRule.Result.REJECTED);
  }

  @Test
  void read_draftWithoutCounts_keepsTheRecordedVetoAndReportsTheGap() {
    ScRecord r = read(AknFixtures.NO_COUNTS);
    assertThat(r.recordedResult()).isEqualTo(RecordedResult.VETOED);
    assertThat(r.outcome()).isEmpty();
    assertThat(r.voteEvent()).isEmpty();
    assertThat(r.statedTally()).isEmpty();
    assertThat(r.sponsors()).extracting(Sponsor::name).containsExactly("DZA", "DNK", "GRC");
    assertThat(r.issues()).extracting(DataIssue::kind).containsExactly(DataIssueKind.MISSING_COUNTS);
    assertThat(r.steps().get(1).type()).isEqualTo(StepType.VETO_CAST);
    assertThat(ScCollection.check(r).status()).isEqualTo(OutcomeCheck.Status.NOT_CHECKABLE);
  }

  @Test
  void read_countThatIsNotTheNumberOfNames_isAConflictWithBothValues() {
    ScRecord r = read(AknFixtures.COUNT_MISMATCH);
    assertThat(r.tally()).contains(Tally.of(13, 0, 2));
    assertThat(r.statedTally()).contains(Tally.of(15, 0, 2));
    assertThat(r.conflicts()).filteredOn(c -> c.field().equals("tally.yes")).singleElement()
        .satisfies(c -> assertThat(c.values()).extracting(v -> v.value())
            .containsExactly("15 (stated count)", "13 (listed voters)"));
  }

  @Test
  void read_rejectsADoctypeWithoutReadingTheEntity() {
    assertThatThrownBy(() -> read(AknFixtures.HOSTILE_DOCTYPE))
        .isInstanceOf(AknFormatException.class)
        .hasMessageStartingWith(AknFixtures.HOSTILE_DOCTYPE + ":")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:")
        .satisfies(e -> assertThat(((AknFormatException) e).line()).isPositive());
  }

  @Test
  void read_truncatedFile_failsNamingFileLineAndColumn() {
    assertThatThrownBy(() -> read(AknFixtures.TRUNCATED))
        .isInstanceOfSatisfying(AknFormatException.class, e -> {
          assertThat(e.file()).isEqualTo(AknFixtures.TRUNCATED);
          assertThat(e.line()).isGreaterThan(1);
          assertThat(e.column()).isPositive();
          assertThat(e.getMessage()).matches("truncated\\.xml:\\d+:\\d+: malformed or truncated XML: .*");
        });
  }

  @Test
  void read_unknownMemberNames_stopTheLoadListingEveryOne() {
    assertThatThrownBy(() -> read(AknFixtures.UNKNOWN_MEMBER))
        .isInstanceOfSatisfying(UnknownMemberException.class, e -> assertThat(e.unknown())
            .hasSize(2).anyMatch(u -> u.contains("'ATLANTIS'")).anyMatch(u -> u.contains("'ELDORADO'")));
  }

  @Test
  void read_somethingThatIsNotAkn_failsNamingTheRoot() {
    assertThatThrownBy(() -> AknReader.read("<html><body/></html>", "page.html"))
        .isInstanceOf(AknFormatException.class)
        .hasMessage("page.html:1:7: the root element is <html>, not <akomaNtoso>");
  }

  @Test
  void read_predefinedEntities_areText() {
    String xml = text(AknFixtures.ADOPTED).replace("its earlier fixture resolutions", "peace &amp; &quot;security&quot;");
    assertThat(AknReader.read(xml, "amp.xml").preamble().get(0).text()).isEqualTo("Recalling peace & \"security\",");
  }

  @Test
  void read_presidentialStatement_isNotAResolution() {
    String prst = text(AknFixtures.ADOPTED).replace("S/RES/9001 (2030)</docNumber>", "S/PRST/2030/1</docNumber>");
    assertThatThrownBy(() -> AknReader.read(prst, "prst.xml"))
        .isInstanceOf(AknFormatException.class).hasMessageContaining("neither a resolution nor a draft resolution");
  }

  @Test
  void memberNames_repairSplitAndMisspeltNamesInTheOpen() {
    MemberNames names = new MemberNames();
    List<DataIssue> issues = new java.util.ArrayList<>();
    assertThat(names.resolveAll(List.of("CHILEs", "CÔTE.", "D'IVOIRE", "BOLIVARIAN REPUBLIC OF VENEZUELA"),
        "S/RES/1 (2015)", "here", issues)).extracting(s -> s.alpha3()).containsExactly("CHL", "CIV", "VEN");
    assertThat(issues).extracting(DataIssue::kind).containsExactly(DataIssueKind.MISSPELT_NAME, DataIssueKind.SPLIT_NAME);
    assertThat(names.unknown()).isEmpty();
  }
}
