package org.unrights.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unrights.json.UnrightsJson;
import org.unrights.model.AdoptedWithoutVote;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.Body;
import org.unrights.model.Claim;
import org.unrights.model.ClaimStance;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.CountryVisit;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.Entity;
import org.unrights.model.Evidence;
import org.unrights.model.Mandate;
import org.unrights.model.PartialDate;
import org.unrights.model.Referral;
import org.unrights.model.ReferralStatus;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.SourceKind;
import org.unrights.model.Sponsor;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.UprReview;
import org.unrights.model.VisitStatus;

/** The seed corpus, read from the classpath: what a careful reader takes from the five texts. */
class SeedCorpusTest {

  private static final Dossier SEEDS = SeedCorpus.load();

  private static <T extends Entity> T find(List<T> list, String id) {
    return list.stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + id + "'"));
  }

  private static Source source(String id) {
    return SEEDS.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Step step(String id) {
    return find(SEEDS.steps(), id);
  }

  private static Draft draft(String resolution, String id) {
    return find(find(SEEDS.resolutions(), resolution).drafts(), id);
  }

  private static List<String> sourcesOf(Entity entity) {
    return entity.evidence().stream().map(Evidence::source).distinct().collect(Collectors.toList());
  }

  // ---------------------------------------------------------------------------------------------
  // sources

  @Test
  void load_readsTheFiveSeedsWithTheirMetadata() {
    assertThat(SEEDS.sources()).extracting(Source::id)
        .containsExactly("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
    assertThat(source("seed-002").kind()).isEqualTo(SourceKind.NGO);
    assertThat(source("seed-001").kind()).isEqualTo(SourceKind.OPINION);
    assertThat(source("seed-003").outlet()).contains("Radio Free Asia");
    assertThat(source("seed-000").published()).contains(PartialDate.parse("2015-01"));
    assertThat(source("seed-000").publishedNote().orElseThrow()).contains("World Report 2015 released Thursday");
    assertThat(source("seed-002").published()).contains(PartialDate.parse("2014-11"));
    assertThat(source("seed-004").file()).contains("004_03a9c7b7d93c9f11.txt");
  }

  @Test
  void load_returnsTheSameDossierEachTime() {
    assertThat(SeedCorpus.load()).isSameAs(SEEDS);
  }

  @Test
  void documentNames_listsTheFiveSeeds() {
    assertThat(SeedCorpus.documentNames()).hasSize(5).allMatch(n -> n.matches("\\d{3}_[0-9a-f]{16}"));
  }

  // ---------------------------------------------------------------------------------------------
  // done-when: the facts the seeds state

  @Test
  void seeds_holdTheCommissionOfInquiryItsReportAndFindings() {
    CommissionOfInquiry coi = find(SEEDS.commissions(), "coi-dprk");
    Report report = find(SEEDS.reports(), "coi-report-a-hrc-25-63");

    assertThat(coi.reports()).containsExactly("coi-report-a-hrc-25-63");
    assertThat(coi.established()).contains(PartialDate.ofYear(2013));
    assertThat(report.author()).isEqualTo(Body.COI);
    assertThat(report.authorRef()).contains("coi-dprk");
    assertThat(report.published()).contains(PartialDate.ofYearMonth(2014, 2));
    assertThat(report.findings()).extracting(f -> f.category().orElse(""))
        .contains("crimes-against-humanity", "state-policy", "prison-camps", "gravity");
    assertThat(report.findings()).flatExtracting(f -> f.evidence()).extracting(Evidence::source)
        .as("the findings are told by the documents that report them, not by the one that disputes them")
        .contains("seed-000", "seed-002", "seed-003", "seed-004").doesNotContain("seed-001");
    assertThat(report.recommendations()).anyMatch(r -> r.addressee().equals(Optional.of(Body.UNSC))
        && r.action().id().equals("refer-to-icc"));
  }

  @Test
  void seeds_holdTheHumanRightsCouncilResolutionOfMarch2014() {
    Resolution hrc = find(SEEDS.resolutions(), "hrc-res-25-25");

    assertThat(hrc.body()).isEqualTo(Body.HRC);
    assertThat(hrc.adopted()).contains(PartialDate.ofYearMonth(2014, 3));
    assertThat(step("seed-000-hrc-resolution-adopted").date())
        .as("'In March' in a text of January 2015 stays 2014-03").contains(PartialDate.ofYearMonth(2014, 3));
  }

  @Test
  void seeds_holdTheThirdCommitteeAdoptionOf18November2014WithCubasAmendment() {
    Draft draft = draft("ga-res-69-188", "ga-c3-69-l28-rev1");
    Amendment cuba = find(SEEDS.amendments(), "ga-c3-69-cuba-amendment");

    assertThat(draft.body()).isEqualTo(Body.GA_THIRD_COMMITTEE);
    assertThat(draft.decided()).contains(PartialDate.of(2014, 11, 18));
    assertThat(draft.outcome().orElseThrow().isAdopted()).isTrue();
    assertThat(draft.mainSponsors()).extracting(Sponsor::name).containsExactly("European Union", "JPN");
    assertThat(draft.amendments()).containsExactly("ga-c3-69-cuba-amendment");
    assertThat(sourcesOf(draft)).as("one draft, told by two documents").containsExactly("seed-000", "seed-002");
    assertThat(cuba.proposers()).extracting(Sponsor::name).containsExactly("CUB");
    assertThat(cuba.target()).contains("ga-c3-69-l28-rev1");
    assertThat(step("seed-002-cuba-amendment-proposed").type()).isEqualTo(StepType.AMENDMENT_PROPOSED);
  }

  @Test
  void seeds_holdThePlenaryAdoptionOf18December2014() {
    Resolution plenary = find(SEEDS.resolutions(), "ga-res-69-188");
    Step adopted = step("seed-000-plenary-adopted");

    assertThat(plenary.body()).isEqualTo(Body.GA);
    assertThat(plenary.adopted()).contains(PartialDate.of(2014, 12, 18));
    assertThat(sourcesOf(plenary)).containsExactly("seed-000", "seed-002");
    assertThat(adopted.type()).isEqualTo(StepType.RESOLUTION_ADOPTED);
    assertThat(adopted.actor()).contains(Body.GA);
    assertThat(adopted.date()).as("'On December 18th' in a text of January 2015").contains(PartialDate.of(2014, 12, 18));
    assertThat(adopted.evidence().get(0).quote()).isEqualTo("On December 18th, the entire UN General Assembly approved that resolution");
  }

  @Test
  void seeds_holdTheSecurityCouncilTakingUpTheItem() {
    AgendaItem item = find(SEEDS.agendaItems(), "unsc-agenda-item-dprk");
    Step added = step("seed-000-agenda-item-added");

    assertThat(item.body()).isEqualTo(Body.UNSC);
    assertThat(item.inscribed()).contains(PartialDate.ofYear(2014));
    assertThat(added.type()).isEqualTo(StepType.AGENDA_ITEM_ADDED);
    assertThat(added.actor()).contains(Body.UNSC);
    assertThat(added.concerns()).containsExactly("unsc-agenda-item-dprk");
  }

  @Test
  void seeds_holdTheReviewsOf2009And2014AndTheOneDueInMay2019() {
    Map<String, Optional<PartialDate>> dates = SEEDS.reviews().stream()
        .collect(Collectors.toMap(UprReview::id, UprReview::date));

    assertThat(dates).containsEntry("upr-dprk-1", Optional.of(PartialDate.ofYear(2009)))
        .containsEntry("upr-dprk-2", Optional.of(PartialDate.ofYear(2014)))
        .containsEntry("upr-dprk-3", Optional.of(PartialDate.ofYearMonth(2019, 5)));
    assertThat(step("seed-004-upr-2009-responded").date()).contains(PartialDate.ofYearMonth(2014, 5));
  }

  @Test
  void seeds_holdTheNamedSpecialRapporteurAndTheVisitOfferWithdrawn() {
    Mandate mandate = find(SEEDS.mandates(), "mandate-sr-dprk");
    CountryVisit visit = find(SEEDS.visits(), "visit-sr-dprk-2014");

    assertThat(mandate.holders()).extracting(h -> h.person().name()).containsExactly("Tomás Ojea Quintana");
    assertThat(sourcesOf(mandate)).contains("seed-001", "seed-003", "seed-004");
    assertThat(find(SEEDS.persons(), "sr-ojea-quintana").nationality().map(s -> s.alpha3())).contains("ARG");
    assertThat(visit.status()).as("offered in October 2014 (seed-002), withdrawn later (seed-000)")
        .isEqualTo(VisitStatus.WITHDRAWN);
    assertThat(visit.mandate()).contains("mandate-sr-dprk");
    assertThat(sourcesOf(visit)).containsExactly("seed-000", "seed-002");
    assertThat(step("seed-000-visits-withdrawn").type()).isEqualTo(StepType.VISIT_WITHDRAWN);
    Step offered = step("seed-000-visits-offered");
    assertThat(offered.date()).as("seed-000's '2014' refined by seed-002's 'October'").contains(PartialDate.ofYearMonth(2014, 10));
    assertThat(offered.evidence()).extracting(Evidence::source).containsExactly("seed-000", "seed-002");
  }

  @Test
  void seeds_holdThe2018ThirdCommitteeResolutionAdoptedWithoutAVote() {
    Draft draft = draft("ga-res-2018-dprk", "ga-c3-2018-dprk");
    Claim ordinal = find(SEEDS.claims(), "seed-001-claim-fourteenth-resolution");

    assertThat(draft.decided()).contains(PartialDate.of(2018, 11, 15));
    assertThat(draft.outcome()).containsInstanceOf(AdoptedWithoutVote.class);
    assertThat(draft.mainSponsors()).extracting(Sponsor::name).containsExactly("JPN", "European Union");
    assertThat(ordinal.about()).contains("ga-res-2018-dprk");
    assertThat(ordinal.value()).contains("14");
    assertThat(ordinal.evidence().get(0).quote()).contains("since 2005").contains("14th");
    assertThat(step("seed-001-third-committee-adopted").outcome()).containsInstanceOf(AdoptedWithoutVote.class);
  }

  @Test
  void seeds_holdTheHumanRightsCouncilResolutionOf23March2018OnAccountabilityExperts() {
    Resolution resolution = find(SEEDS.resolutions(), "hrc-res-37-28");

    assertThat(resolution.body()).isEqualTo(Body.HRC);
    assertThat(resolution.adopted()).as("'on March 23' in a text of June 2018").contains(PartialDate.of(2018, 3, 23));
    assertThat(resolution.operativeRequests()).extracting(r -> r.action().id()).containsExactly("ensure-accountability");
  }

  @Test
  void seeds_holdTheIccReferralAsRecommendedNeverMade() {
    Referral referral = find(SEEDS.referrals(), "referral-dprk-icc");

    assertThat(referral.status()).isEqualTo(ReferralStatus.RECOMMENDED);
    assertThat(referral.recommendedBy())
        .containsExactlyInAnyOrder("ga-res-69-188", "ga-c3-2018-dprk", "ga-c3-69-l28-rev1", "coi-report-a-hrc-25-63");
    assertThat(SEEDS.steps()).noneMatch(s -> s.type() == StepType.REFERRAL_MADE);
  }

  @Test
  void seeds_keepTheDisputeOfTheFindingsAsAClaimAndReportTheConflict() {
    Claim disputes = find(SEEDS.claims(), "seed-001-claim-coi-false-testimonies");
    Conflict conflict = SEEDS.conflicts().stream()
        .filter(c -> c.about().equals("coi-report-a-hrc-25-63") && c.field().equals("findings")).findFirst().orElseThrow();

    assertThat(disputes.stance()).isEqualTo(ClaimStance.DISPUTES);
    assertThat(disputes.evidence().get(0).quote()).contains("based on false testimonies");
    assertThat(conflict.values()).extracting(ConflictingValue::value).containsExactly("asserts", "disputes");
    assertThat(conflict.values().get(1).sources()).containsExactly("seed-001");
    assertThat(conflict.values().get(0).sources()).containsExactly("seed-000", "seed-002", "seed-003", "seed-004");
  }

  @Test
  void seeds_reportTheSourcesDisagreeingOnTheWordsOfTheFindings() {
    assertThat(SEEDS.conflicts()).anySatisfy(c -> {
      assertThat(c.field()).isEqualTo("findings.statePolicyWording");
      assertThat(c.values()).flatExtracting(ConflictingValue::sources).containsExactly("seed-000", "seed-002");
    });
  }

  @Test
  void seeds_keepTheMandateYearAsTheTextGivesItAsAClaim() {
    Claim created = find(SEEDS.claims(), "seed-002-claim-mandate-created");

    assertThat(created.about()).contains("mandate-sr-dprk");
    assertThat(created.field()).isEqualTo("established");
    assertThat(created.value()).contains("2003");
    assertThat(find(SEEDS.mandates(), "mandate-sr-dprk").established())
        .as("a disputed year is a claim, not a fact of the mandate").isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // the steps are a gold standard: consistent vocabulary, one step per stated event

  @Test
  void seeds_stepsAreAboutTheDprkAndConcernKnownEntities() {
    assertThat(SEEDS.steps()).hasSize(19)
        .allSatisfy(s -> {
          assertThat(s.subjectState().map(st -> st.alpha3())).contains("PRK");
          assertThat(s.concerns()).isNotEmpty();
          assertThat(s.evidence()).isNotEmpty();
          assertThat(s.id()).as("a merged step keeps the first document's id").startsWith(s.evidence().get(0).source() + "-");
        });
  }

  @Test
  void seeds_oneEventToldBySeveralSeedsIsOneStep() {
    Step published = step("seed-000-coi-report-published");

    assertThat(SEEDS.steps()).filteredOn(s -> s.type() == StepType.REPORT_PUBLISHED).hasSize(1);
    assertThat(published.evidence()).extracting(Evidence::source)
        .containsExactly("seed-000", "seed-002", "seed-003", "seed-004");
    assertThat(published.date()).as("the more precise date").contains(PartialDate.ofYearMonth(2014, 2));
    assertThat(step("seed-002-upr-review-held").evidence()).extracting(Evidence::source)
        .containsExactly("seed-002", "seed-004");
  }

  @Test
  void seeds_stepsCountPerDocument() {
    // a step told by several documents counts for each of them
    Map<String, Long> perSource = SEEDS.steps().stream()
        .flatMap(s -> s.evidence().stream().map(Evidence::source).distinct())
        .collect(Collectors.groupingBy(source -> source, Collectors.counting()));

    assertThat(perSource).containsEntry("seed-000", 9L).containsEntry("seed-001", 2L).containsEntry("seed-002", 5L)
        .containsEntry("seed-003", 2L).containsEntry("seed-004", 6L);
  }

  @Test
  void seeds_everyQuoteIsFoundAtItsOffsets() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (Source source : SEEDS.sources()) {
      try (InputStream in = getClass().getClassLoader()
          .getResourceAsStream(SeedCorpus.RESOURCE_FOLDER + source.file().orElseThrow())) {
        texts.put(source.id(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    List<Evidence> all = new ArrayList<>();
    collectEvidence(UnrightsJson.newMapper().valueToTree(SEEDS), all);

    assertThat(all).hasSizeGreaterThan(100).allSatisfy(e -> assertThat(e.matches(texts.get(e.source())))
        .as("%s [%d,%d) '%s'", e.source(), e.start(), e.end(), e.quote()).isTrue());
  }

  private static void collectEvidence(JsonNode node, List<Evidence> into) {
    if (node.isObject() && node.has("quote") && node.has("start")) {
      into.add(UnrightsJson.read(node.toString(), Evidence.class));
      return;
    }
    node.forEach(child -> collectEvidence(child, into));
  }

  // ---------------------------------------------------------------------------------------------
  // the shipped index and the folder agree

  @Test
  void index_listsExactlyTheTextsOfTheSeedsFolder() throws IOException {
    Path seeds = Path.of("..", "seeds");
    List<String> texts;
    try (Stream<Path> files = Files.list(seeds)) {
      texts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().collect(Collectors.toList());
    }

    assertThat(SeedCorpus.documentNames()).containsExactlyElementsOf(texts);
  }

  @Test
  void load_ofTheSeedsFolderEqualsTheClasspathCorpus() {
    Dossier fromFolder = Corpus.load(Path.of("..", "seeds"));

    assertThat(UnrightsJson.write(fromFolder)).isEqualTo(UnrightsJson.write(SEEDS));
  }

  @Test
  void seeds_entityIdsAreUnique() {
    Map<String, Long> counts = SEEDS.entities().stream().collect(Collectors.groupingBy(Entity::id, Collectors.counting()));

    assertThat(counts).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
    assertThat(counts.keySet().stream().map(Function.identity())).contains("coi-dprk", "ga-res-69-188");
  }
}
