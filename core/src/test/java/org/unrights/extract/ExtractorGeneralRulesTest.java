package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;

/**
 * General rules added after the second held-out set: each test states one rule on a sentence
 * written for the test, not taken from any evaluation text.
 */
class ExtractorGeneralRulesTest {

  private static final Extractor EXTRACTOR = Extractor.standard();

  private static List<Step> steps(String text, String published) {
    return EXTRACTOR.extract("doc-r", text, Optional.of(PartialDate.parse(published))).steps();
  }

  private static List<String> summary(List<Step> steps) {
    return steps.stream().map(s -> s.type().id() + " " + s.actor().map(Body::id).orElse("-") + " "
        + s.subjectState().map(State::alpha3).orElse("-") + " " + s.date().map(Object::toString).orElse("-"))
        .collect(Collectors.toList());
  }

  @Test
  void pressReleaseLead_datesTheDecisionsToldAfterIt() {
    List<Step> steps = steps("The Human Rights Council this morning took action on six texts.\n\n"
        + "The Council adopted a resolution on Eritrea by a recorded vote of 21 in favour to 9 against, "
        + "with 17 abstentions.", "2020-07-10");
    assertThat(summary(steps)).containsExactly("resolution-adopted hrc ERI 2020-07-10");
    assertThat(steps.get(0).tally()).contains(Tally.of(21, 9, 17));
  }

  @Test
  void severalTextsInOneSentence_areSeveralSteps_eachWithItsOwnTally() {
    List<Step> steps = steps("The General Assembly then adopted the resolution on Myanmar by a recorded vote of "
        + "130 in favour to 10 against, with 25 abstentions, and the text on Belarus, by 70 votes to 20, "
        + "with 80 abstentions.", "2021-12-20");
    assertThat(summary(steps)).containsExactly("resolution-adopted ga MMR -", "resolution-adopted ga BLR -");
    assertThat(steps.get(0).tally()).contains(Tally.of(130, 10, 25));
    assertThat(steps.get(1).tally()).contains(Tally.of(70, 20, 80));
  }

  @Test
  void rejectionByUnlabelledCounts_readsTheMajorityAsAgainst() {
    List<Step> steps = steps("The Human Rights Council on Monday rejected a draft decision on Sri Lanka "
        + "by 20 votes to 15, with 12 abstentions.", "2021-03-24");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).type()).isEqualTo(StepType.RESOLUTION_REJECTED);
    assertThat(steps.get(0).tally()).contains(Tally.of(15, 20, 12));
  }

  @Test
  void negativeVoteOfAPermanentMember_isAVeto() {
    List<Step> steps = steps("The Security Council today failed to adopt a draft resolution on Yemen, owing "
        + "to the negative vote of a permanent member.", "2020-05-05");
    assertThat(summary(steps)).containsExactly("veto-cast unsc YEM 2020-05-05");
  }

  @Test
  void regionStandsForItsState_andSuspensionIsAStep() {
    assertThat(summary(steps("The Security Council referred the situation in Darfur to the International "
        + "Criminal Court on 31 March 2005.", "2005-04-01")))
        .containsExactly("referral-made unsc SDN 2005-03-31");
    assertThat(summary(steps("The General Assembly on Tuesday suspended Libya from the Human Rights Council.",
        "2011-03-02"))).containsExactly("membership-suspended ga LBY 2011-03-01");
  }

  @Test
  void aDateAfterSince_datesTheSpanNotTheStep() {
    List<Step> steps = steps("The Human Rights Council established a commission of inquiry into violations "
        + "committed since 1 March 2021 in Ethiopia.", "2021-12-18");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).date()).isNotEqualTo(Optional.of(PartialDate.parse("2021-03-01")));
  }

  @Test
  void renewingANamedMechanism_isAMandateRenewal_andCountedTextsAreNoStep() {
    assertThat(summary(steps("The Human Rights Council renewed the Commission of Inquiry on Burundi for one year.",
        "2019-09-27"))).containsExactly("mandate-renewed hrc BDI -");
    assertThat(steps("The Human Rights Council closed its session after adopting 27 resolutions.", "2019-09-27"))
        .isEmpty();
  }

  @Test
  void theCourt_isTheIccOnceNamed() {
    List<Step> steps = steps("The Security Council asked the International Criminal Court to report twice a year.\n\n"
        + "In 2011 the Council referred the situation in Libya to the Court.", "2012-05-01");
    assertThat(summary(steps)).containsExactly("referral-made unsc LBY 2011");
  }
}
