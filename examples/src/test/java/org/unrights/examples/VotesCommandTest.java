package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class VotesCommandTest {

  /**
   * The shared data folder: the system property {@code unrights.data.dir} (surefire sets it, see the
   * root pom), else {@code ../../shared/data} relative to the module directory.
   */
  private static final Path DATA = dataDir();

  private static Path dataDir() {
    return CommandOutput.sharedData();
  }


  private static String run(String... args) {
    return CommandOutput.run(args);
  }


  private static Path require(String relative) {
    Path p = DATA.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared data absent (set -Dunrights.data.dir): " + p.toAbsolutePath());
    return p;
  }

  @Test
  void agreement_printsClosestAndFurthestPairs() {
    String text = run("votes", "agreement", "--data", require("unvotes").toString(), "--issue", "hr", "--top", "3");
    assertThat(text).contains("1015 roll calls (hr), 199 states").contains("Closest pairs:").contains("Furthest pairs:")
        .contains("PRK").contains("0.0262");
  }

  @Test
  void agreement_printsTheWholeMatrixAsJson() throws Exception {
    String text = run("votes", "agreement", "--data", require("unvotes").toString(), "--issue", "hr",
        "--from", "2010", "--to", "2019", "--json");
    JsonNode json = new ObjectMapper().readTree(text);
    int n = json.get("states").size();
    assertThat(json.get("matrix")).hasSize(n);
    assertThat(json.get("matrix").get(0)).hasSize(n);
    assertThat(json.get("states").findValuesAsText("")).isEmpty();
    assertThat(text).contains("\"NAM\"").contains("\"PRK\"");
  }

  @Test
  void vetoes_printsCountsByMemberAndDecade() {
    String text = run("votes", "vetoes", "--data", require("unsc-vetoes/unsc_vetoes_1946_sept2022.csv").toString());
    assertThat(text).contains("214 vetoes").contains("SUN").contains("1940s").contains("2020s");
    assertThat(text.lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow())
        .matches("total\\s+17\\s+16\\s+29\\s+31\\s+90\\s+82");
  }
}
