package org.unrights.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.Dossier;
import org.unrights.model.PartialDate;
import org.unrights.model.Source;
import org.unrights.model.SourceKind;

/** The seed corpus, read from the classpath: what a careful reader takes from the five texts. */
class SeedCorpusTest {

  private static final Dossier SEEDS = SeedCorpus.load();

  private static Source source(String id) {
    return SEEDS.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void load_readsTheFiveSeedsWithTheirMetadata() {
    assertThat(SEEDS.sources()).extracting(Source::id)
        .containsExactly("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
    assertThat(source("seed-002").kind()).isEqualTo(SourceKind.NGO);
    assertThat(source("seed-003").outlet()).contains("Radio Free Asia");
    assertThat(source("seed-000").published()).contains(PartialDate.parse("2015-01"));
    assertThat(source("seed-000").publishedNote().orElseThrow()).contains("World Report 2015 released Thursday");
    assertThat(source("seed-004").file()).contains("004_03a9c7b7d93c9f11.txt");
  }

  @Test
  void load_returnsTheSameDossierEachTime() {
    assertThat(SeedCorpus.load()).isSameAs(SEEDS);
  }
}
