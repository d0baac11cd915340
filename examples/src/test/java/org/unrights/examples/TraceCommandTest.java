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

class TraceCommandTest {

  @Test
  void noSubcommand_tracesTheSeedsAccountabilityProcess() {
    String text = RecordCommandTest.run();
    assertThat(text).startsWith("Trace of the process concerning Democratic People's Republic of Korea (PRK)")
        .contains("Open ends:").contains("refer-to-icc of PRK to icc by unsc: recommended");
    assertThat(text).isEqualTo(RecordCommandTest.run("trace"));
  }

  @Test
  void trace_printsEachStepWithItsQuoteInDateOrder() {
    String text = RecordCommandTest.run("trace");
    int committee = text.indexOf("ga-third-committee  resolution-adopted");
    int plenary = text.indexOf("2014-12-18  ga                  resolution-adopted");
    int council = text.indexOf("unsc                agenda-item-added");
    assertThat(committee).isPositive();
    assertThat(plenary).isGreaterThan(committee);
    assertThat(council).isGreaterThan(plenary);
    assertThat(text).contains("[seed-000 ");
  }

  @Test
  void trace_showsTheOfficialRecordBesideTheNewsUnlessAskedNot() {
    String text = RecordCommandTest.run("trace");
    assertThat(text).contains("[official A/RES/69/188 116-20-53 (tally: dataset+secondary)]");
    // a fact the record holds only from secondary sources is not called official
    assertThat(text).contains("[record, secondary 2018-12-17]");
    assertThat(RecordCommandTest.run("trace", "--no-official")).doesNotContain("[official");
  }

  @Test
  void traceJson_givesEachStepTypeActorStateDateOutcomeAndEvidence() throws Exception {
    JsonNode trace = UnrightsJson.newMapper().readTree(RecordCommandTest.run("trace", "--json"));
    JsonNode plenary = null;
    for (JsonNode step : trace.get("steps")) {
      assertThat(step.has("type")).isTrue();
      if (step.path("actor").asText().equals("ga") && step.path("date").asText().equals("2014-12-18")
          && step.path("type").asText().equals("resolution-adopted")) {
        plenary = step;
      }
    }
    assertThat(plenary).isNotNull();
    assertThat(plenary.get("state").asText()).isEqualTo("PRK");
    assertThat(plenary.get("outcome").asText()).startsWith("adopted");
    assertThat(plenary.get("evidence").get(0).get("quote").asText()).isNotBlank();
    assertThat(plenary.get("officialTally").get("yes").asInt()).isEqualTo(116);
    assertThat(trace.get("openEnds").get(0).get("action").asText()).isEqualTo("refer-to-icc");
    assertThat(trace.get("openEnds").get(0).get("status").asText()).isEqualTo("recommended");
  }

  @Test
  void trace_fromAnEntityOrAnUnknownId() {
    assertThat(RecordCommandTest.run("trace", "ga-res-69-188")).contains(", from ga-res-69-188");
    assertThat(RecordCommandTest.run("trace", "no-such-id")).contains("nothing found");
  }

  @Test
  void trace_ofACorpusWithoutAnnotationsFindsNothing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("note.txt"), "A short note.");
    Files.writeString(dir.resolve("note.meta.json"), "{\"id\":\"note\",\"title\":\"A note\",\"kind\":\"news\"}");
    assertThat(RecordCommandTest.run("trace", "--corpus", dir.toString())).contains("nothing found");
    JsonNode json = UnrightsJson.newMapper().readTree(RecordCommandTest.run("trace", "--corpus", dir.toString(), "--json"));
    assertThat(json.isObject()).isTrue();
    assertThat(json.has("steps")).isFalse();
  }

  @Test
  void trace_ofAnUnreadableCorpusFailsWithTheReason(@TempDir Path dir) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.run("trace", "--corpus", dir.toString());
    } finally {
      System.setErr(original);
    }
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("trace: ").contains(dir.toString());
  }
}
