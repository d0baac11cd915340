package org.unrights.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.unrights.corpus.SeedCorpus;
import org.unrights.model.Claim;
import org.unrights.model.ClaimStance;
import org.unrights.model.Dossier;

/**
 * Specification of the claim check: the claims the seeds make, as read by hand against the
 * record, each with the status the record gives it.
 */
class ClaimCheckTest {

  private static final OfficialRecord RECORD = OfficialRecord.load();
  private static final ClaimCheck CHECK = ClaimCheck.of(RECORD);

  private static Claim claim(String source, String about, String field, String value, ClaimStance stance) {
    Claim.Builder b = Claim.builder().id("claim-" + Math.abs((about + field + value).hashCode())).source(source)
        .about(about).field(field).stance(stance).statement(about + " " + field);
    if (value != null) {
      b.value(value);
    }
    return b.build();
  }

  private static CheckResult asserts(String source, String about, String field, String value) {
    return CHECK.check(claim(source, about, field, value, ClaimStance.ASSERTS));
  }

  @Test
  void mandateCreatedIn2003_contradictsTheRecordAndExplainsTheTwoResolutions() {
    CheckResult r = asserts("seed-002", "mandate-sr-dprk", "established", "2003");
    assertThat(r.status()).isEqualTo(CheckStatus.CONTRADICTS);
    assertThat(r.recordValue()).contains("2004-04-15");
    assertThat(r.claimSources()).containsExactly("seed-002");
    assertThat(r.recordSources()).isNotEmpty();
    assertThat(r.note().orElseThrow()).contains("E/CN.4/RES/2004/13").contains("E/CN.4/RES/2003/10");
  }

  @Test
  void plenaryOnDecember18_isConsistentAsAPartialDate() {
    assertThat(asserts("seed-000", "ga-res-69-188", "adopted", "--12-18").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-000", "ga-res-69-188", "adopted", "2014-12-18").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-000", "ga-res-69-188", "adopted", "2014-12-19").status()).isEqualTo(CheckStatus.CONTRADICTS);
  }

  @Test
  void plenaryApproved_agreesWithTheRecordedVoteWithANote() {
    CheckResult r = asserts("seed-000", "ga-res-69-188", "outcome", "adopted");
    assertThat(r.status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(r.note().orElseThrow()).contains("adopted-by-recorded-vote");
    assertThat(asserts("x", "ga-res-69-188", "tally", "116-20-53").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("x", "ga-res-69-188", "tally", "116-20-52").status()).isEqualTo(CheckStatus.CONTRADICTS);
  }

  @Test
  void thirdCommitteeOnNovember18_isConsistent() {
    CheckResult r = asserts("seed-002", "ga-c3-69-l28-rev1", "decided", "2014-11-18");
    assertThat(r.status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-000", "ga-c3-69-l28-rev1", "outcome", "adopted-by-recorded-vote").status())
        .isEqualTo(CheckStatus.CONSISTENT);
  }

  @Test
  void humanRightsCouncilOnMarch23_2018_isConsistent() {
    assertThat(asserts("seed-003", "hrc-res-37-28", "adopted", "2018-03-23").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-000", "hrc-res-25-25", "adopted", "2014-03").status()).isEqualTo(CheckStatus.CONSISTENT);
  }

  @Test
  void thirdCommittee2018WithoutAVote_isConsistentAndByConsensusToo() {
    assertThat(asserts("seed-001", "ga-c3-2018-dprk", "decided", "2018-11-15").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-001", "ga-c3-2018-dprk", "outcome", "adopted-without-vote").status())
        .isEqualTo(CheckStatus.CONSISTENT);
    CheckResult consensus = asserts("seed-001", "ga-c3-2018-dprk", "outcome", "adopted-by-consensus");
    assertThat(consensus.status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(consensus.note().orElseThrow()).contains("consensus");
    assertThat(consensus.recordConfidence()).contains(Confidence.SECONDARY);
  }

  @Test
  void fourteenthResolutionSince2005_isCountedFromTheRecord() {
    CheckResult r = asserts("seed-001", "ga-c3-2018-dprk", "ordinal", "14");
    assertThat(r.status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(r.recordValue()).contains("14");
    assertThat(asserts("seed-001", "ga-c3-2018-dprk", "ordinal", "13").status()).isEqualTo(CheckStatus.CONTRADICTS);
  }

  @Test
  void fourYearsInARowOnTheAgenda_isCountedUpToTheSourcesDate() {
    Claim fourYears = claim("seed-003", "unsc-agenda-item-dprk", "yearsOnAgenda", "4", ClaimStance.ASSERTS);
    CheckResult r = CHECK.check(fourYears, Optional.of(org.unrights.model.PartialDate.parse("2018-06")));
    assertThat(r.status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(r.note().orElseThrow()).contains("[2014, 2015, 2016, 2017]");
    assertThat(CHECK.check(fourYears, Optional.of(org.unrights.model.PartialDate.parse("2016-06"))).status())
        .isEqualTo(CheckStatus.CONTRADICTS);
  }

  @Test
  void disputedCommissionFindings_contradictTheRecord() {
    CheckResult r = CHECK.check(claim("seed-001", "coi-dprk", "findings", null, ClaimStance.DISPUTES));
    assertThat(r.status()).isEqualTo(CheckStatus.CONTRADICTS);
    assertThat(r.recordValue().orElseThrow()).contains("crimes against humanity");
    assertThat(r.note().orElseThrow()).contains("disputes");
  }

  @Test
  void otherSeedDates_agreeWithTheRecord() {
    assertThat(asserts("seed-000", "coi-report-a-hrc-25-63", "published", "2014-02").status())
        .isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-004", "coi-dprk", "established", "2013").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-004", "upr-dprk-3", "date", "2019-05").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-004", "upr-dprk-1", "date", "2009").status()).isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-000", "unsc-agenda-item-dprk", "inscribed", "2014-12").status())
        .isEqualTo(CheckStatus.CONSISTENT);
    assertThat(asserts("seed-003", "sr-ojea-quintana", "start", "2016").status()).isEqualTo(CheckStatus.CONSISTENT);
  }

  @Test
  void unknownEntitiesAndFields_areNotInTheRecord() {
    assertThat(asserts("x", "no-such-entity", "adopted", "2014").status()).isEqualTo(CheckStatus.NOT_IN_RECORD);
    CheckResult r = asserts("x", "referral-dprk-icc", "vetoedBy", "RUS");
    assertThat(r.status()).isEqualTo(CheckStatus.NOT_IN_RECORD);
    assertThat(r.about()).contains("referral-dprk-icc");
  }

  @Test
  void combine_putsTheOfficialTallyBesideTheNewsClaims() {
    Claim approved = claim("seed-000", "ga-res-69-188", "adopted", "--12-18", ClaimStance.ASSERTS);
    Claim created = claim("seed-002", "mandate-sr-dprk", "established", "2003", ClaimStance.ASSERTS);
    CombinedDossier both = RECORD.combine(Dossier.builder().addClaims(approved, created).build());
    CombinedView v = both.view("ga-res-69-188");
    assertThat(v.official()).isPresent();
    assertThat(v.officialSources()).extracting(s -> s.id()).contains("ga-11604");
    assertThat(v.claims()).containsExactly(approved);
    assertThat(v.checks()).extracting(CheckResult::status).containsExactly(CheckStatus.CONSISTENT);
    assertThat(both.dossier().claims()).contains(approved, created);
    assertThat(both.dossier().conflicts()).anySatisfy(c -> {
      assertThat(c.about()).isEqualTo("mandate-sr-dprk");
      assertThat(c.values()).extracting(x -> x.value()).contains("2004-04-15", "2003");
    });
  }

  @Test
  void seeds_combineWithTheRecord() {
    Dossier seeds;
    try {
      seeds = SeedCorpus.load();
    } catch (RuntimeException e) {
      Assumptions.abort("seed corpus not loadable: " + e.getMessage());
      return;
    }
    CombinedDossier both = RECORD.combine(seeds);
    CombinedView plenary = both.view("ga-res-69-188");
    assertThat(plenary.official()).isPresent();
    assertThat(plenary.officialSources()).isNotEmpty();
    assertThat(plenary.evidence()).isNotEmpty();
    assertThat(both.dossier().resolutions().stream().filter(r -> r.id().equals("ga-res-69-188")).findFirst()
        .orElseThrow().evidence()).isNotEmpty();
    assertThat(both.dossier().conflicts()).anySatisfy(c -> assertThat(c.about()).isEqualTo("mandate-sr-dprk"));
    assertThat(both.dossier().claims()).hasSameSizeAs(seeds.claims());
  }

  @Test
  void seeds_everyClaimIsChecked() {
    Optional<Dossier> seeds;
    try {
      seeds = Optional.of(SeedCorpus.load());
    } catch (RuntimeException e) {
      seeds = Optional.empty();
    }
    Assumptions.assumeTrue(seeds.isPresent() && !seeds.get().claims().isEmpty(), "seed annotations not yet written");
    List<CheckResult> results = CHECK.check(seeds.get());
    assertThat(results.size()).isGreaterThanOrEqualTo(seeds.get().claims().size());
    java.util.Map<String, CheckStatus> expected = java.util.Map.ofEntries(
        java.util.Map.entry("seed-002-claim-mandate-created", CheckStatus.CONTRADICTS),
        java.util.Map.entry("seed-001-claim-coi-false-testimonies", CheckStatus.CONTRADICTS),
        java.util.Map.entry("seed-001-claim-fourteenth-resolution", CheckStatus.CONSISTENT),
        java.util.Map.entry("seed-001-claim-unanimous", CheckStatus.CONSISTENT),
        java.util.Map.entry("seed-001-claim-meetings-since-2014", CheckStatus.CONSISTENT),
        java.util.Map.entry("seed-004-claim-coi-established", CheckStatus.CONSISTENT),
        java.util.Map.entry("seed-004-claim-next-upr", CheckStatus.CONSISTENT),
        java.util.Map.entry("seed-000-claim-coi-findings", CheckStatus.CONSISTENT),
        java.util.Map.entry("seed-002-claim-cosponsors", CheckStatus.CONSISTENT),
        java.util.Map.entry("seed-004-claim-upr-acceptance", CheckStatus.NOT_IN_RECORD),
        java.util.Map.entry("seed-003-claim-agenda-four-years", CheckStatus.CONSISTENT));
    assertThat(results).extracting(CheckResult::subject).containsAll(expected.keySet());
    for (CheckResult r : results) {
      if (expected.containsKey(r.subject())) {
        assertThat(r.status()).as(r.toString()).isEqualTo(expected.get(r.subject()));
      }
    }
    for (CheckResult r : results) {
      if (r.about().map("mandate-sr-dprk"::equals).orElse(false) && r.claimedValue().map("2003"::equals).orElse(false)) {
        assertThat(r.status()).isEqualTo(CheckStatus.CONTRADICTS);
      }
      if (r.about().map("ga-res-69-188"::equals).orElse(false) && r.recordField().map(f -> f.equals("adopted")).orElse(false)) {
        assertThat(r.status()).as(r.toString()).isEqualTo(CheckStatus.CONSISTENT);
      }
    }
  }
}
