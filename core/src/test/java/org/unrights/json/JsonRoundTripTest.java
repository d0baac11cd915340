package org.unrights.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.unrights.UnrightsException;
import org.unrights.model.Dossier;
import org.unrights.model.ModelSamples;
import org.unrights.model.Outcome;
import org.unrights.model.Step;

/**
 * Every model type round-trips through JSON, and golden files pin the format so users' stored
 * files keep loading. Regenerate the golden files after a deliberate format change with
 * {@code -Dunrights.golden.update=true}.
 */
class JsonRoundTripTest {

  private static final ObjectMapper MAPPER = UnrightsJson.newMapper();
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");

  static Stream<Arguments> samples() {
    return ModelSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void roundTrip_givesAnEqualValue(String name, Object value) throws IOException {
    String json = MAPPER.writeValueAsString(value);
    Object back = MAPPER.readValue(json, readType(value));
    assertThat(back).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void golden_fileMatchesTheFormatAndStillLoads(String name, Object value) throws IOException {
    Path file = GOLDEN.resolve(name + ".json");
    String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    if (Boolean.getBoolean("unrights.golden.update")) {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (regenerate with -Dunrights.golden.update=true)", file).exists();
    String golden = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(golden);
    assertThat(MAPPER.readValue(golden, readType(value))).isEqualTo(value);
  }

  @Test
  void outcome_carriesItsKind() {
    assertThat(UnrightsJson.write(Outcome.withoutVote())).isEqualTo("{\"kind\":\"adopted-without-vote\"}");
    assertThat(UnrightsJson.read("{\"kind\":\"adopted-by-consensus\"}", Outcome.class)).isEqualTo(Outcome.consensus());
  }

  @Test
  void read_rejectsUnknownPropertyNamingLineAndField() {
    assertThatThrownBy(() -> UnrightsJson.read("{\n \"id\": \"s\", \"type\": \"veto-cast\", \"colour\": 1}", Step.class))
        .isInstanceOf(UnrightsException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("colour");
  }

  @Test
  void read_rejectsUnknownVocabularyTerm() {
    assertThatThrownBy(() -> UnrightsJson.read("{\"id\": \"s\", \"type\": \"resolution-approved\"}", Step.class))
        .isInstanceOf(UnrightsException.class)
        .hasMessageContaining("resolution-approved");
  }

  @Test
  void write_omitsEmptyListsAndAbsentValues() {
    assertThat(UnrightsJson.write(Dossier.empty())).isEqualTo("{}");
  }

  @Test
  void samples_coverEveryModelValueType() {
    Map<String, Object> all = ModelSamples.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(37);
  }

  private static Class<?> readType(Object value) {
    if (value instanceof Outcome) {
      return Outcome.class;
    }
    Class<?> c = value.getClass();
    return c.getSimpleName().startsWith("Immutable") ? c.getSuperclass() : c;
  }
}
