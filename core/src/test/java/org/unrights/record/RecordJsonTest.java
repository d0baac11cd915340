package org.unrights.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Claim;
import org.unrights.model.ClaimStance;
import org.unrights.model.Dossier;
import org.unrights.model.Evidence;
import org.unrights.model.InvalidValueException;
import org.unrights.model.States;

/** The record package's values round-trip through the project's JSON, and their invariants hold. */
class RecordJsonTest {

  private static final ObjectMapper MAPPER = UnrightsJson.newMapper();

  @Test
  void recordEntry_roundTripsWithItsDocumentedPropertyNames() throws Exception {
    RecordEntry e = RecordEntry.builder().id("ga-res-69-188").addSources("ga-11604", "unvotes-voeten").verified(true)
        .confidence(Confidence.OFFICIAL).putFieldConfidence("yes/no/abstain", "dataset")
        .putNamedVote("no", List.of(States.require("CHN"))).addDerived("outcome.ballots.yes").note("n").build();
    String json = MAPPER.writeValueAsString(e);
    assertThat(json).contains("\"sources\":[\"ga-11604\",\"unvotes-voeten\"]", "\"confidence\":\"official\"",
        "\"namedVotes\":{\"no\":[\"CHN\"]}", "\"derived\":[\"outcome.ballots.yes\"]");
    assertThat(MAPPER.readValue(json, RecordEntry.class)).isEqualTo(e);
    assertThat(e.isDerived("outcome.ballots.yes")).isTrue();
    assertThat(e.isDerived("outcome.tally")).isFalse();
  }

  @Test
  void recordEntry_rejectsAVerifiedSecondaryFactAndAMissingSource() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordEntry.builder().id("x").addSources("s")
            .verified(true).confidence(Confidence.SECONDARY).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("verified");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordEntry.builder().id("x").verified(false)
            .confidence(Confidence.SECONDARY).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("sources");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordEntry.builder().id("x").addSources("s")
            .verified(false).confidence(Confidence.SECONDARY).putNamedVote("maybe", List.of()).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("namedVotes");
  }

  @Test
  void recordDossier_roundTripsThroughTheModelsJson() throws Exception {
    Dossier d = OfficialRecord.load().dossier();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(d), Dossier.class)).isEqualTo(d);
  }

  @Test
  void checkResult_roundTrips() throws Exception {
    CheckResult r = CheckResult.builder().subject("claim-1").about("mandate-sr-dprk").field("established")
        .recordField("established").status(CheckStatus.CONTRADICTS).claimedValue("2003").recordValue("2004-04-15")
        .addClaimSources("seed-002").addRecordSources("ohchr-sr-dprk-page").recordConfidence(Confidence.OFFICIAL)
        .note("n").build();
    String json = MAPPER.writeValueAsString(r);
    assertThat(json).contains("\"status\":\"contradicts\"");
    assertThat(MAPPER.readValue(json, CheckResult.class)).isEqualTo(r);
  }

  @Test
  void primarySource_prefersTheStrongestGrade() {
    OfficialRecord record = OfficialRecord.load();
    // the plenary's first listed source is the Voeten dataset; the strongest is an official UN page
    assertThat(record.entry("ga-res-69-188").orElseThrow().sources().get(0)).isEqualTo("unvotes-voeten");
    assertThat(record.sourceGrade(record.primarySource("ga-res-69-188").orElseThrow().id())).contains(Confidence.OFFICIAL);
    assertThat(record.primarySource("no-such-id")).isEmpty();
  }

  @Test
  void combine_addsTheCorpusEvidenceToTheOfficialEntity() {
    String text = "On December 18th, the entire UN General Assembly approved that resolution.";
    Evidence ev = Evidence.of("seed-x", 3, "December 18th");
    org.unrights.model.Resolution reported = org.unrights.model.Resolution.builder().id("ga-res-69-188")
        .body(org.unrights.model.Body.GA).addEvidence(ev).build();
    Claim c = Claim.builder().id("claim-x").source("seed-x").about("ga-res-69-188").field("adopted").value("--12-18")
        .stance(ClaimStance.ASSERTS).statement("adopted on 18 December").addEvidence(ev).build();
    Dossier corpus = Dossier.builder()
        .addSources(org.unrights.model.Source.builder().id("seed-x").title(text.substring(0, 20))
            .kind(org.unrights.model.SourceKind.NEWS).build())
        .addResolutions(reported).addClaims(c).build();
    CombinedDossier both = OfficialRecord.load().combine(corpus);
    org.unrights.model.Resolution merged = both.dossier().resolutions().stream()
        .filter(r -> r.id().equals("ga-res-69-188")).findFirst().orElseThrow();
    assertThat(merged.symbol()).isPresent();
    assertThat(merged.evidence()).containsExactly(ev);
    assertThat(both.dossier().sources()).extracting(s -> s.id()).contains("seed-x", "ga-11604");
    CombinedView v = both.view("ga-res-69-188");
    assertThat(v.evidence()).containsExactly(ev);
    assertThat(v.reported()).contains(reported);
    assertThat(v.checks()).extracting(CheckResult::status).containsOnly(CheckStatus.CONSISTENT);
    assertThat(Map.of("n", both.checks().size())).containsEntry("n", v.checks().size());
  }
}
