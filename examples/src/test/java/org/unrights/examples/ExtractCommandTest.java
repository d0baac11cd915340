package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final String PRESS_RELEASE = "The Human Rights Council on Thursday adopted a resolution on "
      + "Eritrea by a recorded vote of 30 in favour to 6 against, with 11 abstentions.\n\n"
      + "The city library extended its opening hours.";

  private static String run(String stdin, String... args) {
    return CommandOutput.runWithInput(stdin, args);
  }


  @Test
  void extract_printsOneJsonLinePerStep_withExactlyTheDocumentedFields(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("council.txt");
    Files.writeString(file, PRESS_RELEASE);
    String output = run("", "extract", "--published", "2016-03-25", file.toString());
    String[] lines = output.strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode step = new ObjectMapper().readTree(lines[0]);
    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = step.fieldNames(); it.hasNext();) {
      fields.add(it.next());
    }
    assertThat(fields).containsExactly("doc", "type", "actor", "state", "date", "adoption", "yes", "no",
        "abstain", "symbol", "person", "confidence", "start", "end", "quote");
    assertThat(step.get("doc").asText()).isEqualTo("council.txt");
    assertThat(step.get("type").asText()).isEqualTo("resolution-adopted");
    assertThat(step.get("actor").asText()).isEqualTo("hrc");
    assertThat(step.get("state").asText()).isEqualTo("ERI");
    assertThat(step.get("date").asText()).isEqualTo("2016-03-24");
    assertThat(step.get("adoption").asText()).isEqualTo("recorded-vote");
    assertThat(step.get("yes").asInt()).isEqualTo(30);
    assertThat(step.get("no").asInt()).isEqualTo(6);
    assertThat(step.get("abstain").asInt()).isEqualTo(11);
    assertThat(step.get("symbol").isNull()).isTrue();
    assertThat(step.get("person").isNull()).isTrue();
    int start = step.get("start").asInt();
    int end = step.get("end").asInt();
    assertThat(PRESS_RELEASE.substring(start, end)).isEqualTo(step.get("quote").asText());
  }

  @Test
  void extract_namesThePersonNextToARole() throws Exception {
    String text = "The Human Rights Council appointed Ana Maria Lopez as Special Rapporteur on the situation "
        + "of human rights in Eritrea in June 2016.";
    String output = run(text, "extract", "-");
    JsonNode step = new ObjectMapper().readTree(output.strip().split("\n")[0]);
    assertThat(step.get("type").asText()).isEqualTo("holder-appointed");
    assertThat(step.get("person").asText()).isEqualTo("Ana Maria Lopez");
  }

  @Test
  void extract_readsStandardInput_andPrintsNothingForUnrelatedText() {
    assertThat(run("The bakery sold bread on Monday.", "extract", "-")).isEmpty();
    assertThat(run(PRESS_RELEASE, "extract", "-")).contains("\"doc\":\"-\"", "\"date\":null");
  }

  @Test
  void decode_readsUtf16WithItsByteOrderMark_andNamesTheFirstByteThatIsNotUtf8() throws Exception {
    byte[] utf16 = "\uFEFFThe Council adopted it.".getBytes(StandardCharsets.UTF_16LE);
    assertThat(ExtractCommand.decode(utf16)).isEqualTo("The Council adopted it.");
    byte[] latin1 = "Line one\nC\u00f4te d'Ivoire".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ExtractCommand.decode(latin1)))
        .isInstanceOf(java.nio.charset.CharacterCodingException.class)
        .hasMessage("is not UTF-8: malformed byte 0xF4 at byte offset 10 (line 2)");
    assertThat(ExtractCommand.decode("\uFEFFGENEVA".getBytes(StandardCharsets.UTF_8))).isEqualTo("\uFEFFGENEVA");
  }
}
