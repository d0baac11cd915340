package org.unrights.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.extract.Extraction;
import org.unrights.extract.Extractor;
import org.unrights.model.Body;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.CountryVisit;
import org.unrights.model.Dossier;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Resolution;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.VisitStatus;

/**
 * The corpus format and its checks, on a two-document fixture ({@code corpus/minimal}) copied to a
 * temporary folder and broken in one way per test.
 */
class CorpusLoaderTest {

  @TempDir
  Path dir;

  @BeforeEach
  void copyFixture() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getClassLoader().getResource("corpus/minimal/a.txt").toURI()).getParent();
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).as("fixture %s holds %s", file, from).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  private Dossier load() {
    return CorpusLoader.reviewedOnly().load(dir);
  }

  private static Resolution resolution(Dossier dossier, String id) {
    return dossier.resolutions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // a valid corpus

  @Test
  void load_readsSourcesWithTheirFileNames() {
    Dossier dossier = load();

    assertThat(dossier.sources()).extracting(s -> s.id() + "@" + s.file().orElseThrow())
        .containsExactly("doc-a@a.txt", "doc-b@b.txt");
  }

  @Test
  void load_mergesOneEntityToldByTwoDocuments() {
    Resolution resolution = resolution(load(), "ga-res-69-188");

    assertThat(resolution.evidence()).extracting(Evidence::source).containsExactly("doc-a", "doc-b");
    assertThat(resolution.adopted()).as("2014-12 refines nothing: the more precise compatible date stays")
        .contains(PartialDate.of(2014, 12, 18));
  }

  @Test
  void load_keepsStepsWithTheirEvidence() {
    Step step = load().steps().get(0);

    assertThat(step.type()).isEqualTo(StepType.RESOLUTION_ADOPTED);
    assertThat(step.actor()).contains(Body.GA);
    assertThat(step.evidence().get(0).quote()).isEqualTo("On 18 December the General Assembly adopted a resolution");
  }

  @Test
  void load_reportsNoConflictWhenDatesAreCompatible() {
    assertThat(load().conflicts()).isEmpty();
  }

  @Test
  void load_reportsConflictingClaimsWithSourcesAndValues() throws IOException {
    edit("b.annotations.json", "\"value\": \"2014-12\"", "\"value\": \"2015-12\"");

    List<Conflict> conflicts = load().conflicts();

    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).about()).isEqualTo("ga-res-69-188");
    assertThat(conflicts.get(0).field()).isEqualTo("adopted");
    assertThat(conflicts.get(0).values()).extracting(ConflictingValue::value).containsExactly("2014-12-18", "2015-12");
    assertThat(conflicts.get(0).values().get(1).sources()).containsExactly("doc-b");
    assertThat(conflicts.get(0).values().get(1).claims()).containsExactly("doc-b-claim-date");
  }

  @Test
  void load_reportsAFieldTwoDocumentsGiveDifferentlyAsAConflict() throws IOException {
    edit("b.annotations.json", "\"adopted\": \"2014-12\"", "\"adopted\": \"2015-12\"");

    Dossier dossier = load();

    assertThat(dossier.conflicts()).extracting(c -> c.about() + "#" + c.field()).containsExactly("ga-res-69-188#adopted");
    assertThat(dossier.conflicts().get(0).values()).extracting(v -> v.value() + "<-" + v.sources())
        .containsExactly("2014-12-18<-[doc-a]", "2015-12<-[doc-b]");
  }

  @Test
  void load_takesAVisitStatusFromTheLatestSource() throws IOException {
    Files.writeString(dir.resolve("b.annotations.json"), Files.readString(dir.resolve("b.annotations.json")).replace(
        "\"claims\"", "\"visits\": [{\"id\": \"visit-sr\", \"state\": \"PRK\", \"visitor\": \"special-rapporteur\","
            + " \"status\": \"refused\"}],\n  \"claims\""));

    CountryVisit visit = load().visits().get(0);

    assertThat(visit.status()).isEqualTo(VisitStatus.REFUSED);
    assertThat(load().conflicts()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // every malformed input fails with file, line and column, and nothing is returned

  @Test
  void load_rejectsQuoteThatNoLongerMatchesText() throws IOException {
    edit("a.txt", "adopted a resolution", "passed a resolution");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("a.txt") + ":3:")
        .hasMessageContaining("quote does not match the text")
        .hasMessageContaining("the General Assembly adopted a resolution on the DPRK")
        .satisfies(e -> assertThat(((CorpusFormatException) e).line()).hasValue(3));
  }

  @Test
  void load_rejectsWrongOffset() throws IOException {
    edit("a.annotations.json", "\"start\": 19,\n          \"end\": 75,", "\"start\": 20,\n          \"end\": 76,");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("a.txt") + ":3:2:")
        .hasMessageContaining("[20,76)");
  }

  @Test
  void load_rejectsMalformedMetadataWithJacksonLocation() throws IOException {
    edit("a.meta.json", "\"title\": \"Fixture A\",", "\"title\": \"Fixture A\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("a.meta.json") + ":4:")
        .hasMessageContaining("malformed metadata");
  }

  @Test
  void load_rejectsMetadataWithUnknownSourceKind() throws IOException {
    edit("b.meta.json", "\"ngo\"", "\"blog\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("b.meta.json") + ":4:")
        .hasMessageContaining("blog");
  }

  @Test
  void load_rejectsUnknownState() throws IOException {
    edit("b.annotations.json", "\"PRK\"", "\"XKX\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("b.annotations.json") + ":6:")
        .hasMessageContaining("unknown state code: 'XKX'");
  }

  @Test
  void load_rejectsUnknownBody() throws IOException {
    edit("a.annotations.json", "\"actor\": \"ga\"", "\"actor\": \"ga-ninth-committee\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("a.annotations.json") + ":")
        .hasMessageContaining("ga-ninth-committee");
  }

  @Test
  void load_rejectsReferenceToUnknownEntity() throws IOException {
    edit("a.annotations.json", "\"concerns\": [\n        \"ga-res-69-188\"", "\"concerns\": [\n        \"ga-res-99-1\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("a.annotations.json") + ":")
        .hasMessageContaining("names unknown entity 'ga-res-99-1'")
        .satisfies(e -> assertThat(((CorpusFormatException) e).line()).isPresent());
  }

  @Test
  void load_rejectsDuplicateIdInOneFile() throws IOException {
    edit("a.annotations.json", "\"id\": \"visit-sr\"", "\"id\": \"mandate-sr-dprk\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("a.annotations.json") + ":")
        .hasMessageContaining("duplicate id 'mandate-sr-dprk'");
  }

  @Test
  void load_rejectsDuplicateSourceIds() throws IOException {
    edit("b.meta.json", "\"doc-b\"", "\"doc-a\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("b.meta.json") + ":2:")
        .hasMessageContaining("duplicate source id 'doc-a'");
  }

  @Test
  void load_rejectsOneIdUsedForEntitiesOfTwoKinds() throws IOException {
    edit("b.annotations.json", "\"id\": \"doc-b-claim-date\"", "\"id\": \"doc-a-adopted\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("b.annotations.json") + ":")
        .hasMessageContaining("'doc-a-adopted'");
  }

  @Test
  void load_rejectsADraftIdThatAnotherDocumentUsesForAStep() throws IOException {
    edit("b.annotations.json", "\"adopted\": \"2014-12\",", "\"adopted\": \"2014-12\",\n      \"drafts\": [{\"id\": \"doc-a-adopted\","
        + " \"body\": \"ga-third-committee\"}],");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("duplicate id").hasMessageContaining("doc-a-adopted");
  }

  @Test
  void load_rejectsEvidenceNamingAnotherSource() throws IOException {
    edit("b.annotations.json", "\"source\": \"doc-b\",\n          \"start\": 21", "\"source\": \"doc-a\",\n          \"start\": 21");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("b.annotations.json") + ":")
        .hasMessageContaining("names source 'doc-a'");
  }

  @Test
  void load_rejectsClaimMadeInAnotherSourcesFile() throws IOException {
    edit("b.annotations.json", "\"source\": \"doc-b\",\n      \"about\"", "\"source\": \"doc-a\",\n      \"about\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageContaining("claim 'doc-b-claim-date' names source 'doc-a'");
  }

  @Test
  void load_rejectsEmptyFolder(@TempDir Path empty) {
    assertThatThrownBy(() -> CorpusLoader.reviewedOnly().load(empty)).isInstanceOf(CorpusFormatException.class)
        .hasMessage(empty + ": holds no documents (no NAME.txt files)");
  }

  @Test
  void load_rejectsMissingFolder() {
    Path missing = dir.resolve("nothing-here");

    assertThatThrownBy(() -> Corpus.load(missing)).isInstanceOf(CorpusFormatException.class)
        .hasMessage(missing + ": is not a folder");
  }

  @Test
  void load_rejectsTextThatIsNotUtf8() throws IOException {
    byte[] latin1 = "Fixture news item\n\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("a.txt"), latin1);

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessage(dir.resolve("a.txt") + ":3:4: is not valid UTF-8: malformed byte 0xE9 at byte offset 22");
  }

  @Test
  void load_rejectsMetadataThatIsNotUtf8() throws IOException {
    Files.write(dir.resolve("b.meta.json"), "{\"id\":\"doc-b\",\"title\":\"\u00c9t\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("b.meta.json") + ":1:24: is not valid UTF-8");
  }

  @Test
  void load_rejectsDocumentWithoutMetadata() throws IOException {
    Files.delete(dir.resolve("b.meta.json"));

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessage(dir.resolve("b.txt") + ": has no metadata file b.meta.json beside it");
  }

  @Test
  void load_rejectsAnnotationsWithoutText() throws IOException {
    Files.writeString(dir.resolve("c.annotations.json"), "{}");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessage(dir.resolve("c.annotations.json") + ": has no document text c.txt beside it");
  }

  @Test
  void load_rejectsMisspeltAnnotationList() throws IOException {
    edit("b.annotations.json", "\"resolutions\"", "\"resolution\"");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("b.annotations.json") + ":2:")
        .hasMessageContaining("resolution");
  }

  // ---------------------------------------------------------------------------------------------
  // the extractor and the review block

  /** An extractor that proposes fixed steps and counts its calls. */
  private static final class FakeExtractor implements Extractor {
    final AtomicInteger calls = new AtomicInteger();
    final List<Step> proposals = new ArrayList<>();

    FakeExtractor propose(String id, StepType type, String source, int start, String quote) {
      proposals.add(Step.builder().id(id).type(type).addEvidence(Evidence.of(source, start, quote)).confidence(0.5).build());
      return this;
    }

    @Override
    public Extraction extract(String sourceId, CharSequence text, Optional<PartialDate> published) {
      calls.incrementAndGet();
      return Extraction.builder().steps(proposals.stream().filter(s -> s.evidence().get(0).source().equals(sourceId))
          .collect(java.util.stream.Collectors.toList())).build();
    }
  }

  @Test
  void load_doesNotRunTheExtractorOnCompletelyReviewedDocuments() {
    FakeExtractor extractor = new FakeExtractor();

    CorpusLoader.reviewedOnly().withExtractor(extractor).load(dir);

    assertThat(extractor.calls).as("a.txt is complete, b.txt is not").hasValue(1);
  }

  @Test
  void load_addsProposalsForDocumentsNotCompletelyReviewed() {
    FakeExtractor extractor = new FakeExtractor()
        .propose("proposed-1", StepType.REFERRAL_RECOMMENDED, "doc-b", 70, "urged a referral");

    Dossier dossier = CorpusLoader.reviewedOnly().withExtractor(extractor).load(dir);

    assertThat(dossier.steps()).extracting(Step::id).containsExactly("doc-a-adopted", "proposed-1");
  }

  @Test
  void load_letsAReviewDecisionRejectAProposal() throws IOException {
    edit("b.annotations.json", "\"claims\"", "\"review\": {\"decisions\": [{\"type\": \"referral-recommended\","
        + " \"start\": 60, \"end\": 80, \"verdict\": \"reject\", \"note\": \"no referral is urged here\"}]},\n  \"claims\"");
    FakeExtractor extractor = new FakeExtractor()
        .propose("proposed-1", StepType.REFERRAL_RECOMMENDED, "doc-b", 70, "urged a referral");

    Dossier dossier = CorpusLoader.reviewedOnly().withExtractor(extractor).load(dir);

    assertThat(dossier.steps()).extracting(Step::id).containsExactly("doc-a-adopted");
  }

  @Test
  void load_letsAReviewedStepWinOverAnOverlappingProposal() throws IOException {
    edit("a.annotations.json", "\"complete\": true", "\"complete\": false");
    FakeExtractor extractor = new FakeExtractor()
        .propose("proposed-1", StepType.RESOLUTION_ADOPTED, "doc-a", 19, "On 18 December")
        .propose("proposed-2", StepType.VISIT_REQUESTED, "doc-a", 131, "had asked to visit");

    Dossier dossier = CorpusLoader.reviewedOnly().withExtractor(extractor).load(dir);

    assertThat(dossier.steps()).extracting(Step::id).containsExactly("doc-a-adopted", "proposed-2");
  }

  @Test
  void load_letsAReviewDecisionCorrectAProposalWithAReviewedStep() throws IOException {
    edit("a.annotations.json", "\"complete\": true", "\"complete\": false, \"decisions\": [{\"type\": \"resolution-adopted\","
        + " \"start\": 19, \"end\": 40, \"verdict\": \"correct\", \"step\": \"doc-a-adopted\"}]");
    FakeExtractor extractor = new FakeExtractor()
        .propose("proposed-1", StepType.RESOLUTION_ADOPTED, "doc-a", 30, "December");

    Dossier dossier = CorpusLoader.reviewedOnly().withExtractor(extractor).load(dir);

    assertThat(dossier.steps()).extracting(Step::id).containsExactly("doc-a-adopted");
  }

  @Test
  void load_letsAReviewDecisionAcceptAProposalAndKeepsIdsUnique() throws IOException {
    edit("a.annotations.json", "\"complete\": true", "\"complete\": false, \"decisions\": [{\"type\": \"resolution-adopted\","
        + " \"start\": 19, \"end\": 40, \"verdict\": \"accept\"}]");
    FakeExtractor extractor = new FakeExtractor()
        .propose("doc-a-adopted", StepType.RESOLUTION_ADOPTED, "doc-a", 30, "December");

    Dossier dossier = CorpusLoader.reviewedOnly().withExtractor(extractor).load(dir);

    assertThat(dossier.steps()).extracting(Step::id).containsExactly("doc-a-adopted", "doc-a-adopted-2");
  }

  @Test
  void reviewDecision_requiresTheCorrectingStepExactlyForCorrections() {
    assertThatThrownBy(() -> ReviewDecision.builder().type(StepType.VETO_CAST).start(0).end(5)
        .verdict(ReviewVerdict.CORRECT).build())
        .hasMessageContaining("ReviewDecision.step must be given exactly when the verdict is 'correct'");
    assertThat(ReviewDecision.builder().type(StepType.VETO_CAST).start(10).end(20).verdict(ReviewVerdict.REJECT).build()
        .appliesTo(StepType.VETO_CAST, 19, 25)).isTrue();
  }

  @Test
  void load_rejectsACorrectionNamingAnUnknownStep() throws IOException {
    edit("a.annotations.json", "\"complete\": true", "\"complete\": false, \"decisions\": [{\"type\": \"resolution-adopted\","
        + " \"start\": 19, \"end\": 40, \"verdict\": \"correct\", \"step\": \"doc-a-missing\"}]");

    assertThatThrownBy(this::load).isInstanceOf(CorpusFormatException.class)
        .hasMessageStartingWith(dir.resolve("a.annotations.json") + ":")
        .hasMessageContaining("review decision names step 'doc-a-missing'");
  }
}
