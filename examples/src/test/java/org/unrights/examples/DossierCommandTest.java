package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.json.UnrightsJson;

/** The {@code dossier} subcommand: the seeds' dossier as text with quotes, or as JSON. */
class DossierCommandTest {

  /** Runs the jar's command line and returns its exit status, standard output and standard error. */
  private static String[] run(String... args) {
    return CommandOutput.runCapturing("", args);
  }


  @Test
  void dossier_printsTheSeedsWithAQuoteForEachFact() {
    String[] result = run("dossier");

    assertThat(result[0]).isEqualTo("0");
    assertThat(result[1]).startsWith("Dossier: 5 sources,")
        .contains("ga-res-69-188  ga adopted 2014-12-18 (adopted)")
        .contains("\"On December 18th, the entire UN General Assembly approved that resolution\"  [seed-000 3172-3245]")
        .contains("draft ga-c3-2018-dprk  ga-third-committee decided 2018-11-15 (adopted-without-vote) by JPN, European Union")
        .contains("holder: Tomás Ojea Quintana (Special Rapporteur)")
        .contains("visit-sr-dprk-2014  special-rapporteur to PRK: withdrawn")
        .contains("seed-001 disputes coi-report-a-hrc-25-63.findings")
        .contains("Conflicts (2):");
  }

  @Test
  void dossier_listsStepsByDate() {
    String text = run("dossier")[1];

    assertThat(text.indexOf("2013       mechanism-established"))
        .isPositive().isLessThan(text.indexOf("2014-12-18 resolution-adopted"));
  }

  @Test
  void dossierJson_writesEveryEvidenceAsSourceStartEndQuote() throws Exception {
    JsonNode dossier = UnrightsJson.newMapper().readTree(run("dossier", "--json")[1]);

    JsonNode evidence = dossier.path("steps").get(0).path("evidence").get(0);
    assertThat(evidence.path("source").asText()).startsWith("seed-");
    assertThat(evidence.path("end").asInt() - evidence.path("start").asInt()).isEqualTo(evidence.path("quote").asText().length());
    assertThat(dossier.path("sources")).hasSize(5);
    assertThat(dossier.path("conflicts").size()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void dossier_readsAnotherCorpusFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.txt"), "The Human Rights Council met.\n");
    Files.writeString(dir.resolve("x.meta.json"), "{\"id\": \"x\", \"title\": \"X\", \"kind\": \"news\"}");

    String[] result = run("dossier", "--corpus", dir.toString());

    assertThat(result[0]).isEqualTo("0");
    assertThat(result[1]).startsWith("Dossier: 1 sources,").contains("x         news     undated    X");
  }

  @Test
  void dossier_reportsACorpusThatDoesNotLoadWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.txt"), "text\n");
    Files.writeString(dir.resolve("x.meta.json"), "{\"id\": \"x\",\n \"title\": }");

    String[] result = run("dossier", "--corpus", dir.toString());

    assertThat(result[0]).isEqualTo("1");
    assertThat(result[2]).contains("the corpus does not load: " + dir.resolve("x.meta.json") + ":2:");
  }
}
