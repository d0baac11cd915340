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

/** The {@code sc} command over the UN's Security Council collection; skipped where the data is absent. */
class ScCommandTest {

  private static final Path DATA = CommandOutput.sharedData();

  private static String run(String... args) {
    return CommandOutput.run(args);
  }


  private static Path require(String relative) {
    Path p = DATA.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "shared data absent: " + p.toAbsolutePath());
    return p;
  }

  @Test
  void sc_printsCountsByYearOutcomeAndMember() {
    String text = run("sc", "--data", require("un-sc").toString());
    assertThat(text)
        .contains("1540 resolutions adopted (all sources merged by symbol), 19 failed drafts (13 vetoed, 6 for want of nine votes)")
        .contains("Adopted by year:").contains("  2014   63")
        .contains("Vetoes by member:").contains("  RUS  7")
        .contains("S/2024/173").contains("vetoed by USA")
        .contains("S/2025/353").contains("vetoed (the file gives no counts)")
        .contains("Votes by member (yes / no / abstain):");
  }

  @Test
  void sc_json_hasTheDocumentedKeys() throws Exception {
    JsonNode json = new ObjectMapper().readTree(run("sc", "--data", require("un-sc").toString(), "--json"));
    assertThat(json.get("resolutions").asInt()).isEqualTo(1540);
    assertThat(json.get("failedDrafts").asInt()).isEqualTo(19);
    assertThat(json.get("vetoed").asInt()).isEqualTo(13);
    assertThat(json.get("byYear").get("2014").asInt()).isEqualTo(63);
    assertThat(json.get("vetoesByMember").get("RUS").asInt()).isEqualTo(7);
    assertThat(json.get("vetoesByMember").get("USA").asInt()).isEqualTo(5);
    assertThat(json.get("vetoesByMember").get("CHN").asInt()).isEqualTo(2);
    assertThat(json.get("outcomeChecks").has("disagrees")).isFalse();
    assertThat(json.get("failedDraftList")).hasSize(19);
  }

  @Test
  void sc_acceptsTheSharedDataFolderItself() {
    require("un-sc");
    assertThat(run("sc", "--data", DATA.toString())).contains("1540 resolutions adopted");
  }
}
