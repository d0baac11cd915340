package org.unrights.examples;

import static org.unrights.model.StepType.AGENDA_ITEM_ADDED;
import static org.unrights.model.StepType.REFERRAL_RECOMMENDED;
import static org.unrights.model.StepType.RESOLUTION_ADOPTED;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.corpus.Corpus;
import org.unrights.model.Body;
import org.unrights.model.Dossier;
import org.unrights.model.States;
import org.unrights.query.DossierQuery;
import org.unrights.query.TimelineFilter;

/** A user's own folder of documents (examples/src/test/resources/my-documents), loaded and queried. */
class MyDocumentsCommandTest {

  static Path folder() {
    try {
      return Path.of(MyDocumentsCommandTest.class.getResource("/my-documents").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Dossier DOSSIER = Corpus.load(folder());

  @Test
  void theFolder_holdsThePlenaryResolutionWithItsTally() {
    assertThat(DOSSIER.sources()).extracting(s -> s.id())
        .containsExactlyInAnyOrder("briefing-draft", "note-ga-plenary", "note-sc-agenda");
    assertThat(DOSSIER).resolution("A/RES/69/188").hasBody(Body.GA).wasAdoptedOn("2014-12-18")
        .wasAdoptedByRecordedVote().withTally(116, 20, 53);
  }

  @Test
  void theBriefingDraft_conflictsWithTheNoteAboutTheTally() {
    assertThat(DOSSIER).hasClaimAbout("ga-res-69-188").hasConflictAbout("ga-res-69-188", "tally");
  }

  @Test
  void theTimeline_runsFromThePlenaryToTheCouncil() {
    assertThat(DossierQuery.of(DOSSIER).timeline(TimelineFilter.of(States.require("PRK"))))
        .isInChronologicalOrder()
        .containsStepsInOrder(RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED)
        .endsOpenAt(REFERRAL_RECOMMENDED)
        .step(AGENDA_ITEM_ADDED).hasActor(Body.UNSC).hasDate("2014-12-22").hasTally(11, 2, 2)
        .hasEvidenceQuoting("put the situation in the DPRK on its agenda");
  }

  @Test
  void theHistoryOfTheResolution_quotesTheNote() {
    assertThat(DossierQuery.of(DOSSIER).history("ga-res-69-188")).isKnown()
        .step(RESOLUTION_ADOPTED).hasEvidenceQuoting("116 in favour");
  }

  @Test
  void command_printsDocumentsTimelineAndConflicts() {
    String out = CommandOutput.run("my-documents", folder().toString());
    assertThat(out).contains("3 documents").contains("note-sc-agenda").contains("agenda-item-added")
        .contains("Conflicts:").contains("ga-res-69-188.tally:").contains("111-19-55  [briefing-draft]")
        .contains("116-20-53  [note-ga-plenary]");
  }

  @Test
  void command_reportsABrokenFolderWithStatus1(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("note.txt"), "A note.");
    Files.writeString(dir.resolve("note.meta.json"), "{\"id\": \"note\", \"title\": \"A note\", \"kind\": \"nonsense\"}");
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.run("my-documents", dir.toString());
    } finally {
      System.setErr(original);
    }
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot load").contains("note.meta.json");
  }
}
