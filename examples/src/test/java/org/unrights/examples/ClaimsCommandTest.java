package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unrights.json.UnrightsJson;

class ClaimsCommandTest {

  @Test
  void claims_checksTheSeedsByDefault() {
    String text = RecordCommandTest.run("claims");
    assertThat(text).contains("checks against the official record");
  }

  @Test
  void claimsJson_onAnEmptyCorpusIsAnEmptyArray(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir);
    JsonNode results = UnrightsJson.newMapper().readTree(RecordCommandTest.run("claims", "--corpus", dir.toString(), "--json"));
    assertThat(results.isArray()).isTrue();
  }
}
