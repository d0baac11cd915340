package org.unrights.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.model.Body;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.Dossier;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;
import org.unrights.model.StepType;

/**
 * The same real event told by several documents is one step with the evidence of each; on a
 * two-document fixture ({@code corpus/same-event}).
 */
class StepMergeTest {

  @TempDir
  Path dir;

  @BeforeEach
  void copyFixture() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getClassLoader().getResource("corpus/same-event/a.txt").toURI()).getParent();
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  private Dossier load() {
    return CorpusLoader.reviewedOnly().load(dir);
  }

  private static List<Step> steps(Dossier dossier, StepType type) {
    return dossier.steps().stream().filter(s -> s.type() == type).collect(Collectors.toList());
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).as("fixture %s holds %s", file, from).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  @Test
  void sameEventInTwoDocuments_isOneStepWithTheEvidenceOfBoth() {
    List<Step> published = steps(load(), StepType.REPORT_PUBLISHED);

    assertThat(published).hasSize(1);
    Step step = published.get(0);
    assertThat(step.id()).as("the first document's id").isEqualTo("doc-a-report");
    assertThat(step.evidence()).extracting(Evidence::source).containsExactly("doc-a", "doc-b");
  }

  @Test
  void mergedStep_keepsTheMorePreciseDateAndFillsTheActor() throws IOException {
    // the second document is the more precise one and the first names no actor
    edit("a.annotations.json", "\"date\": \"2014-02\",\n      \"actor\": \"coi\",", "\"date\": \"2014\",");
    edit("b.annotations.json", "\"date\": \"2014\",\n      \"subjectState\"", "\"date\": \"2014-02\",\n      \"actor\": \"coi\",\n      \"subjectState\"");

    Step step = steps(load(), StepType.REPORT_PUBLISHED).get(0);

    assertThat(step.date()).contains(PartialDate.parse("2014-02"));
    assertThat(step.actor()).contains(Body.COI);
    assertThat(step.id()).isEqualTo("doc-a-report");
  }

  @Test
  void mergedStep_unitesWhatItConcerns() {
    Step adopted = steps(load(), StepType.RESOLUTION_ADOPTED).get(0);

    assertThat(adopted.concerns()).startsWith("hrc-res-25-25");
  }

  @Test
  void incompatibleDatesOfAOnceOnlyEvent_stayTwoStepsAndAreAConflict() {
    Dossier dossier = load();

    assertThat(steps(dossier, StepType.RESOLUTION_ADOPTED)).extracting(Step::id)
        .containsExactly("doc-a-adopted", "doc-b-adopted");
    Conflict conflict = dossier.conflicts().stream()
        .filter(c -> c.about().equals("hrc-res-25-25") && c.field().equals("resolution-adopted.date"))
        .findFirst().orElseThrow();
    assertThat(conflict.values()).extracting(ConflictingValue::value).containsExactly("2014-03", "2015-03");
    assertThat(conflict.values()).extracting(v -> v.sources()).containsExactly(List.of("doc-a"), List.of("doc-b"));
  }

  @Test
  void recurringEventsAtDifferentDates_areSeparateStepsWithoutConflict() {
    Dossier dossier = load();

    assertThat(dossier.conflicts()).noneMatch(c -> c.field().startsWith("mandate-renewed"));
    assertThat(steps(dossier, StepType.MANDATE_RENEWED)).extracting(s -> s.date().orElseThrow().toString())
        .contains("2015");
  }

  @Test
  void stepsOfOneDocument_areNeverMergedWithEachOther() {
    List<Step> renewed = steps(load(), StepType.MANDATE_RENEWED);

    assertThat(renewed).extracting(Step::id).containsExactly("doc-a-renewed", "doc-a-renewed-again", "doc-b-renewed");
  }

  @Test
  void differentActors_areDifferentEvents() {
    List<Step> added = steps(load(), StepType.AGENDA_ITEM_ADDED);

    assertThat(added).extracting(s -> s.actor().orElseThrow()).containsExactly(Body.UNSC, Body.GA);
  }

  @Test
  void aStepWithoutDate_joinsADatedTellingOfTheSameEvent() throws IOException {
    edit("b.annotations.json", "\"actor\": \"ga\"", "\"actor\": \"unsc\", \"date\": \"2014-12-22\"");

    List<Step> added = steps(load(), StepType.AGENDA_ITEM_ADDED);

    assertThat(added).hasSize(1);
    assertThat(added.get(0).id()).isEqualTo("doc-a-agenda");
    assertThat(added.get(0).date()).contains(PartialDate.parse("2014-12-22"));
    assertThat(added.get(0).evidence()).hasSize(2);
  }
}
