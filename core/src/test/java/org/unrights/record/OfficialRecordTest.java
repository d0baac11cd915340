package org.unrights.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.AgendaItem;
import org.unrights.model.Body;
import org.unrights.model.Draft;
import org.unrights.model.Entity;
import org.unrights.model.Mandate;
import org.unrights.model.Outcome;
import org.unrights.model.Referral;
import org.unrights.model.ReferralStatus;
import org.unrights.model.Resolution;
import org.unrights.model.States;
import org.unrights.model.Tally;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/** Specification of the shipped DPRK record: it loads, validates, and every fact is sourced. */
class OfficialRecordTest {

  private static final OfficialRecord RECORD = OfficialRecord.load();

  @Test
  void load_everyEntityAndStepHasAnEntryWithResolvableSources() {
    assertThat(RECORD.dossier().entities()).hasSizeGreaterThan(100);
    for (Entity e : RECORD.dossier().entities()) {
      RecordEntry entry = RECORD.entry(e.id()).orElseThrow();
      assertThat(entry.sources()).as(e.id()).isNotEmpty();
      assertThat(RECORD.sourcesOf(e.id())).as(e.id()).doesNotContainNull().hasSameSizeAs(entry.sources());
    }
  }

  @Test
  void load_secondaryFactsAreNeverMarkedVerified() {
    for (RecordEntry e : RECORD.entries()) {
      if (e.confidence() == Confidence.SECONDARY) {
        assertThat(e.verified()).as(e.id()).isFalse();
      }
    }
    assertThat(RECORD.entry("ga-res-2018-dprk").orElseThrow().confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void load_holdsTheProjectsCanonicalIds() {
    for (String id : List.of("coi-dprk", "coi-report-a-hrc-25-63", "hrc-res-25-25", "ga-c3-69-l28-rev1",
        "ga-c3-69-cuba-amendment", "ga-res-69-188", "unsc-agenda-item-dprk", "mandate-sr-dprk", "sr-ojea-quintana",
        "upr-dprk-1", "upr-dprk-2", "upr-dprk-3", "hrc-res-37-28", "ga-res-2018-dprk", "ga-c3-2018-dprk",
        "ohchr-seoul", "referral-dprk-icc")) {
      assertThat(RECORD.entity(id)).as(id).isPresent();
    }
  }

  @Test
  void plenary2014_hasOfficialDateTallyAndSources() {
    Resolution r = RECORD.resolution("ga-res-69-188").orElseThrow();
    assertThat(r.symbol().orElseThrow()).hasToString("A/RES/69/188");
    assertThat(r.adopted().orElseThrow()).hasToString("2014-12-18");
    assertThat(r.outcome().flatMap(Outcome::recordedTally)).contains(Tally.of(116, 20, 53));
    assertThat(RECORD.entry("ga-res-69-188").orElseThrow().sources()).contains("ga-11604", "unvotes-voeten");
    assertThat(RECORD.entry("ga-res-69-188").orElseThrow().namedVotes().get("no"))
        .contains(States.require("CHN"), States.require("RUS")).hasSize(20);
  }

  @Test
  void thirdCommittee2014_isNestedInThePlenaryResolutionWithItsSecondaryTally() {
    Draft d = (Draft) RECORD.entity("ga-c3-69-l28-rev1").orElseThrow();
    assertThat(d.decided().orElseThrow()).hasToString("2014-11-18");
    assertThat(d.outcome().flatMap(Outcome::recordedTally)).contains(Tally.of(111, 19, 55));
    assertThat(RECORD.resolution("ga-res-69-188").orElseThrow().drafts()).contains(d);
    assertThat(RECORD.entry("ga-c3-69-l28-rev1").orElseThrow().fieldConfidence()).containsKey("outcome");
  }

  @Test
  void mandate_wasCreatedIn2004ByTheCommissionsResolution() {
    Mandate m = (Mandate) RECORD.entity("mandate-sr-dprk").orElseThrow();
    assertThat(m.establishedBy()).contains("chr-res-2004-13");
    assertThat(m.established().orElseThrow()).hasToString("2004-04-15");
    assertThat(RECORD.resolution("chr-res-2003-10").orElseThrow().adopted().orElseThrow()).hasToString("2003-04-16");
    assertThat(m.holders()).extracting(h -> h.person().id())
        .containsExactly("sr-muntarbhorn", "sr-darusman", "sr-ojea-quintana", "sr-salmon");
  }

  @Test
  void securityCouncilVotes_haveDerivedBallotsFromTheCompositionOfTheDay() {
    VoteEvent v = (VoteEvent) RECORD.entity("unsc-vote-2014-12-22").orElseThrow();
    assertThat(v.tally()).contains(Tally.of(11, 2, 2));
    assertThat(v.ballots()).hasSize(15);
    assertThat(v.outcome()).isNotNull();
    assertThat(((org.unrights.model.RecordedVote) v.outcome()).statesVoting(VoteOption.NO))
        .containsExactlyInAnyOrder(States.require("CHN"), States.require("RUS"));
    assertThat(RECORD.entry(v.id()).orElseThrow().isDerived("outcome.ballots.yes")).isTrue();
    assertThat(RECORD.membersOn(Body.UNSC, LocalDate.of(2014, 12, 22))).hasSize(15)
        .contains(States.require("TCD"), States.require("NGA"));
    AgendaItem item = (AgendaItem) RECORD.entity("unsc-agenda-item-dprk").orElseThrow();
    assertThat(item.inscribedBy()).contains("unsc-vote-2014-12-22");
  }

  @Test
  void referral_isRecommendedAndNeverDecided() {
    Referral r = (Referral) RECORD.entity("referral-dprk-icc").orElseThrow();
    assertThat(r.status()).isEqualTo(ReferralStatus.RECOMMENDED);
    assertThat(r.by()).contains(Body.UNSC);
    assertThat(r.recommendedBy()).containsExactly("ga-res-69-188");
  }

  @Test
  void sourceGrades_markSecondarySources() {
    assertThat(RECORD.sourceGrade("ga-11604")).contains(Confidence.OFFICIAL);
    assertThat(RECORD.sourceGrade("upi-2018-11-16")).contains(Confidence.SECONDARY);
    assertThat(RECORD.notFound()).isNotEmpty();
  }

  // --- validation ---------------------------------------------------------------------------

  @Test
  void read_rejectsATallyThatDisagreesWithItsBallots() throws IOException {
    String json = shipped().replace("\"yes\": 11,", "\"yes\": 12,");
    assertThatThrownBy(() -> read(json)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("ballots disagree with tally");
  }

  @Test
  void read_rejectsADateOutsideTheBodysLifetime() throws IOException {
    String json = shipped().replace("\"adopted\": \"2005-04-14\"", "\"adopted\": \"2007-04-14\"");
    assertThatThrownBy(() -> read(json)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("chr-res-2005-11.adopted").hasMessageContaining("lifetime of chr");
  }

  @Test
  void read_rejectsASymbolThatDoesNotParse() throws IOException {
    String json = shipped().replace("\"symbol\": \"A/RES/69/188\"", "\"symbol\": \"X/RES/69/188\"");
    assertThatThrownBy(() -> read(json)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("X/RES/69/188");
  }

  @Test
  void read_rejectsAReferenceThatDoesNotResolve() throws IOException {
    String json = shipped().replace("\"establishedBy\": \"chr-res-2004-13\"", "\"establishedBy\": \"chr-res-2004-99\"");
    assertThatThrownBy(() -> read(json)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("mandate-sr-dprk.establishedBy").hasMessageContaining("chr-res-2004-99");
  }

  @Test
  void read_rejectsAnEntryNamingAnUnknownSource() throws IOException {
    String json = shipped().replaceFirst("\"sources\": \\[\n\\s*\"copy-a-res-63-190\"", "\"sources\": [\"no-such-source\"");
    assertThatThrownBy(() -> read(json)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("no-such-source");
  }

  @Test
  void read_namesLineAndColumnOfMalformedJson() {
    assertThatThrownBy(() -> read("{\"dossier\": {}, \"entries\": [,]}"))
        .isInstanceOf(RecordFormatException.class).hasMessageContaining("test.json:1:");
  }

  private static String shipped() throws IOException {
    try (InputStream in = OfficialRecord.class.getResourceAsStream(OfficialRecord.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static OfficialRecord read(String json) {
    return OfficialRecord.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }
}
