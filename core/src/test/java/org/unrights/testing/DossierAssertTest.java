package org.unrights.testing;

import static org.unrights.testing.Samples.GA_69_188;
import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.Claim;
import org.unrights.model.ClaimStance;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.Dossier;

class DossierAssertTest {

  /** Two hypothetical sources disagreeing about the plenary's tally. */
  private static final Dossier DOSSIER = Dossier.builder()
      .addResolutions(GA_69_188)
      .addClaims(Claim.builder().id("claim-news-tally").source("news-a").about("ga-res-69-188").field("tally")
          .value("111-19-55").stance(ClaimStance.ASSERTS).statement("a hypothetical news claim").build())
      .addConflicts(Conflict.builder().about("ga-res-69-188").field("tally")
          .addValues(ConflictingValue.builder().value("116-20-53").addSources("record").build())
          .addValues(ConflictingValue.builder().value("111-19-55").addSources("news-a").build())
          .build())
      .build();

  @Test
  void containsEntity_passesAndFails() {
    assertThat(DOSSIER).containsEntity("ga-res-69-188");
    failsWith(() -> assertThat(DOSSIER).containsEntity("coi-dprk"),
        "Expecting dossier to contain an entity with id coi-dprk but it does not; its 2 entities include [ga-res-69-188, claim-news-tally]");
  }

  @Test
  void hasResolution_passesAndFails() {
    assertThat(DOSSIER).hasResolution("A/RES/69/188");
    failsWith(() -> assertThat(DOSSIER).hasResolution("A/RES/73/169"),
        "Expecting dossier to hold the resolution A/RES/73/169 but its resolutions are [A/RES/69/188]");
  }

  @Test
  void resolution_navigatesToTheResolution() {
    assertThat(DOSSIER).resolution("A/RES/69/188").wasAdoptedByRecordedVote().withTally(116, 20, 53);
  }

  @Test
  void hasConflictAbout_passes() {
    assertThat(DOSSIER).hasConflictAbout("ga-res-69-188").hasConflictAbout("ga-res-69-188", "tally");
  }

  @Test
  void hasConflictAbout_failsListingTheConflicts() {
    failsWith(() -> assertThat(DOSSIER).hasConflictAbout("mandate-sr-dprk"),
        "Expecting dossier to have a conflict about mandate-sr-dprk but its conflicts are about [ga-res-69-188.tally]");
  }

  @Test
  void hasConflictAboutField_fails() {
    failsWith(() -> assertThat(DOSSIER).hasConflictAbout("ga-res-69-188", "adopted"),
        "to have a conflict about ga-res-69-188.adopted but its conflicts are about [ga-res-69-188.tally]");
  }

  @Test
  void hasNoConflicts_passesOnAnEmptyDossierAndFailsShowingTheValues() {
    assertThat(Dossier.empty()).hasNoConflicts();
    failsWith(() -> assertThat(DOSSIER).hasNoConflicts(),
        "Expecting dossier to have no conflicts but it has 1, the first about ga-res-69-188.tally: [116-20-53, 111-19-55]");
  }

  @Test
  void hasClaimAbout_passesAndFails() {
    assertThat(DOSSIER).hasClaimAbout("ga-res-69-188");
    failsWith(() -> assertThat(DOSSIER).hasClaimAbout("coi-dprk"),
        "Expecting dossier to have a claim about coi-dprk but its claims are about [ga-res-69-188]");
  }
}
