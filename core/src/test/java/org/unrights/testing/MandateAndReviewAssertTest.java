package org.unrights.testing;

import static org.unrights.testing.Samples.failsWith;
import static org.unrights.testing.UnrightsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unrights.model.Evidence;
import org.unrights.model.Mandate;
import org.unrights.model.MandateHolder;
import org.unrights.model.MandateKind;
import org.unrights.model.PartialDate;
import org.unrights.model.Person;
import org.unrights.model.States;
import org.unrights.model.UprReview;

class MandateAndReviewAssertTest {

  /** A hypothetical country mandate (ids and names invented for the test). */
  private static final Mandate MANDATE = Mandate.builder()
      .id("mandate-sr-test")
      .title("Special Rapporteur on a test country")
      .kind(MandateKind.COUNTRY)
      .subjectState(States.require("PRK"))
      .establishedBy("chr-res-test-1")
      .established(PartialDate.parse("2004-04"))
      .addRenewals("hrc-res-test-2")
      .addHolders(MandateHolder.builder().title("Special Rapporteur")
          .person(Person.builder().id("person-a-tester").name("A. Tester").addAliases("Tester").build()).build())
      .addEvidence(Evidence.of("test-note", 0, "the mandate was renewed"))
      .build();

  /** A hypothetical review (counts invented for the test). */
  private static final UprReview REVIEW = UprReview.builder()
      .id("upr-test-2")
      .stateUnderReview(States.require("PRK"))
      .cycle(2)
      .workingGroupSession(19)
      .date(PartialDate.parse("2014-05"))
      .recommendationsReceived(10)
      .supported(6)
      .build();


  @Test
  void mandate_chainedAssertions_pass() {
    assertThat(MANDATE).isCountryMandateAbout("PRK").wasEstablishedBy("chr-res-test-1").wasEstablishedOn("2004-04")
        .wasRenewedBy("hrc-res-test-2").hasHolder("A. Tester").hasHolder("Tester").hasHolder("person-a-tester");
  }

  @Test
  void isCountryMandateAbout_failsQuotingTheEvidence() {
    failsWith(() -> assertThat(MANDATE).isCountryMandateAbout("KOR"),
        "Expecting mandate mandate-sr-test to be a country mandate about KOR but was a country mandate about PRK",
        "evidence: \"the mandate was renewed\"");
  }

  @Test
  void wasEstablishedBy_fails() {
    failsWith(() -> assertThat(MANDATE).wasEstablishedBy("hrc-res-test-2"),
        "to have been established by hrc-res-test-2 but was established by chr-res-test-1");
  }

  @Test
  void wasEstablishedOn_fails() {
    failsWith(() -> assertThat(MANDATE).wasEstablishedOn("2004-04-15"),
        "to have been established on 2004-04-15 but the date was 2004-04");
  }

  @Test
  void wasRenewedBy_fails() {
    failsWith(() -> assertThat(MANDATE).wasRenewedBy("hrc-res-test-3"),
        "to have been renewed by hrc-res-test-3 but its renewals are [hrc-res-test-2]");
  }

  @Test
  void hasHolder_fails() {
    failsWith(() -> assertThat(MANDATE).hasHolder("B. Other"),
        "to have been held by B. Other but its holders are [A. Tester]");
  }


  @Test
  void review_chainedAssertions_pass() {
    assertThat(REVIEW).isReviewOf("North Korea").isInCycle(2).hasWorkingGroupSession(19).wasHeldOn("2014-05")
        .hasRecommendationsReceived(10).hasSupported(6);
  }

  @Test
  void isReviewOf_fails() {
    failsWith(() -> assertThat(REVIEW).isReviewOf("KOR"),
        "Expecting UPR review upr-test-2 to be a review of KOR but was of PRK");
  }

  @Test
  void isInCycle_fails() {
    failsWith(() -> assertThat(REVIEW).isInCycle(3), "to have cycle 3 but was 2");
  }

  @Test
  void hasWorkingGroupSession_fails() {
    failsWith(() -> assertThat(REVIEW).hasWorkingGroupSession(33), "to have Working Group session 33 but was 19");
  }

  @Test
  void wasHeldOn_fails() {
    failsWith(() -> assertThat(REVIEW).wasHeldOn("2019-05"), "to have been held on 2019-05 but the date was 2014-05");
  }

  @Test
  void hasRecommendationsReceived_fails() {
    failsWith(() -> assertThat(REVIEW).hasRecommendationsReceived(12), "to have recommendations received 12 but was 10");
  }

  @Test
  void hasSupported_fails() {
    failsWith(() -> assertThat(REVIEW).hasSupported(5), "to have recommendations supported 5 but was 6");
  }

  @Test
  void hasNoted_passesAndFailsWhenNotRecorded() {
    assertThat(UprReview.builder().from(REVIEW).noted(4).build()).hasNoted(4);
    failsWith(() -> assertThat(REVIEW).hasNoted(4), "to have recommendations noted 4 but it is not recorded");
  }
}
