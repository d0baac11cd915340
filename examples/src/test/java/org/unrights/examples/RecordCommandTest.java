package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unrights.json.UnrightsJson;

class RecordCommandTest {

  static String run(String... args) {
    return CommandOutput.run(args);
  }


  @Test
  void record_printsEachEntityWithSymbolDatesTallyAndSources() {
    String text = run("record");
    assertThat(text).contains("The official record:")
        .containsPattern("ga-res-69-188 +resolution +A/RES/69/188 adopted=2014-12-18 adopted-by-recorded-vote 116-20-53")
        .contains("mandate-sr-dprk").contains("unsc-vote-2014-12-22");
  }

  @Test
  void recordJson_holdsOneObjectPerEntityWithSources() throws Exception {
    JsonNode rows = UnrightsJson.newMapper().readTree(run("record", "--json"));
    assertThat(rows.isArray()).isTrue();
    JsonNode plenary = null;
    for (JsonNode r : rows) {
      if (r.get("id").asText().equals("ga-res-69-188")) {
        plenary = r;
      }
    }
    assertThat(plenary).isNotNull();
    assertThat(plenary.get("symbol").asText()).isEqualTo("A/RES/69/188");
    assertThat(plenary.get("tally").asText()).isEqualTo("116-20-53");
    assertThat(plenary.get("confidence").asText()).isEqualTo("official");
    assertThat(plenary.get("sources").findValuesAsText("id")).contains("ga-11604");
  }
}
