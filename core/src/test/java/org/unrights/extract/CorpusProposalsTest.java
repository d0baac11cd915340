package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.corpus.Corpus;
import org.unrights.model.Dossier;
import org.unrights.model.StepType;

/** The corpus loader takes the extractor's proposals for a document nobody has annotated. */
class CorpusProposalsTest {

  @Test
  void unannotatedDocument_loadsWithProposedSteps_evenWhenTheyNamePersons(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("note.txt"), "The Human Rights Council appointed Ana Maria Lopez as "
        + "Special Rapporteur on the situation of human rights in Eritrea on 30 June 2016. "
        + "The Council adopted the resolution by a recorded vote of 30 in favour to 6 against, with 11 abstentions.");
    Files.writeString(dir.resolve("note.meta.json"), "{\"id\":\"note-1\",\"title\":\"A note\",\"kind\":\"news\","
        + "\"published\":\"2016-07-01\"}");
    Dossier dossier = Corpus.load(dir);
    assertThat(dossier.steps()).extracting(s -> s.type())
        .contains(StepType.HOLDER_APPOINTED, StepType.RESOLUTION_ADOPTED);
  }
}
