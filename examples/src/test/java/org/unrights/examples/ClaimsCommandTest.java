package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.json.UnrightsJson;

class ClaimsCommandTest {

  @Test
  void claims_checksTheSeedsByDefault() {
    String text = RecordCommandTest.run("claims");
    assertThat(text).contains("checks against the official record")
        .contains("CONTRADICTS   seed-002-claim-mandate-created  mandate-sr-dprk.established")
        .contains("E/CN.4/RES/2003/10");
  }

  @Test
  void claimsJson_onOneSeedDocumentReportsItsContradiction(@TempDir Path dir) throws Exception {
    Path seeds = Path.of("..", "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "seeds folder not found");
    for (String suffix : new String[] {".txt", ".meta.json", ".annotations.json"}) {
      Path p = seeds.resolve("002_2d4cb64f1885fa9f" + suffix);
      Assumptions.assumeTrue(Files.exists(p), p + " not found");
      Files.copy(p, dir.resolve(p.getFileName()));
    }
    JsonNode results = UnrightsJson.newMapper().readTree(RecordCommandTest.run("claims", "--corpus", dir.toString(), "--json"));
    assertThat(results.isArray()).isTrue();
    boolean found = false;
    for (JsonNode r : results) {
      if (r.path("subject").asText().equals("seed-002-claim-mandate-created")) {
        assertThat(r.path("status").asText()).isEqualTo("contradicts");
        assertThat(r.path("recordValue").asText()).isEqualTo("2004-04-15");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void claims_onAFolderWithoutDocumentsFailsWithTheReason(@TempDir Path dir) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.run("claims", "--corpus", dir.toString());
    } finally {
      System.setErr(original);
    }
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("claims: ").contains(dir.toString());
  }
}
