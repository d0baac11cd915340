package org.unrights.votes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.uri.URITranslatorConfiguration;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unrights.model.VoteEvent;
import org.unrights.testdata.SharedData;

/** Validates the export against the Popolo 1.0.1 schemas (draft-03), read from the shared data, offline. */
class PopoloExportTest {

  private static final String POPOLO = "http://www.popoloproject.com/schemas/";

  private static JsonSchema voteEventSchema;

  @BeforeAll
  static void loadSchema() throws Exception {
    Path schemas = SharedData.require("popolo/schemas");
    // the schemas' $refs are absolute popoloproject.com addresses: redirect them to the local files
    LoadingConfiguration loading = LoadingConfiguration.newBuilder()
        .setURITranslatorConfiguration(URITranslatorConfiguration.newBuilder()
            .addPathRedirect(POPOLO, schemas.toUri().toString()).freeze())
        .freeze();
    JsonSchemaFactory factory = JsonSchemaFactory.newBuilder().setLoadingConfiguration(loading).freeze();
    voteEventSchema = factory.getJsonSchema(POPOLO + "vote_event.json#");
  }

  private static void assertValid(JsonNode json) throws Exception {
    ProcessingReport report = voteEventSchema.validate(json, true);
    assertThat(report.isSuccess()).as(report.toString()).isTrue();
  }

  @Test
  void voteEvent_ofARollCallIsAValidPopoloVoteEventWithCountsAndVotes() throws Exception {
    VoteEvent event = Fixtures.traps().voteEvent(11).orElseThrow();
    ObjectNode json = PopoloExport.voteEvent(event);
    assertValid(json);
    assertThat(json.get("identifier").asText()).isEqualTo("A/RES/74/12");
    assertThat(json.get("organization").get("name").asText()).isEqualTo("General Assembly");
    assertThat(json.get("result").asText()).isEqualTo("pass");
    assertThat(json.get("counts").toString())
        .isEqualTo("[{\"option\":\"yes\",\"value\":2},{\"option\":\"no\",\"value\":1},{\"option\":\"abstain\",\"value\":1}]");
    assertThat(json.get("votes")).hasSize(4);
    assertThat(json.get("votes").get(2).toString())
        .isEqualTo("{\"vote_event_id\":\"unvotes-11\",\"voter_id\":\"NAM\",\"option\":\"yes\"}");
    assertThat(json.get("motion").get("requirement").asText()).isEqualTo("important");
    assertThat(json.get("legislative_session_id").asText()).isEqualTo("ga-session-74");
    assertThat(json.has("start_date")).as("the schema wants a time of day the record does not give").isFalse();
  }

  @Test
  void voteEvent_ofAVetoWithoutCountsListsTheVetoingMembers() throws Exception {
    VoteEvent veto = VetoLoader.load("vetoes.csv", Fixtures.resource("vetoes.csv")).vetoes().get(1);
    ObjectNode json = PopoloExport.voteEvent(veto);
    assertValid(json);
    assertThat(json.has("counts")).isFalse();
    assertThat(json.get("result").asText()).isEqualTo("fail");
    assertThat(json.get("votes").findValuesAsText("voter_id")).containsExactly("FRA", "GBR", "USA");
    assertThat(json.get("organization_id").asText()).isEqualTo("unsc");
  }

  @Test
  void schema_rejectsAMalformedVoteEvent() throws Exception {
    ObjectNode json = PopoloExport.voteEvent(Fixtures.traps().voteEvent(11).orElseThrow());
    ((ObjectNode) json.get("counts").get(0)).put("value", "many");
    assertThat(voteEventSchema.validate(json, true).isSuccess()).isFalse();
  }
}
