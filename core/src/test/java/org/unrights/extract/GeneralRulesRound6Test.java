package org.unrights.extract;

import static org.unrights.extract.RuleSentences.steps;
import static org.unrights.extract.RuleSentences.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.Step;
import org.unrights.model.Tally;

/**
 * General rules added after the sixth held-out set (heldout6): each test states one rule on
 * sentences written for the test, not taken from any evaluation text.
 */
class GeneralRulesRound6Test {

  // ------------------------------------------------------------------ membership suspension

  @Test
  void suspension_headlinePassive_andAnyForum_andAStateAsObject() {
    // a headline: the state is the patient of "suspended from", the Assembly the only body that suspends
    assertThat(summary("Eritrea suspended from UN rights council over abuses in Tigray", "2024-05-02"))
        .containsExactly("membership-suspended ga ERI -");
    // the forum named by a description, not as "the Council"
    assertThat(summary("The General Assembly on Tuesday suspended Syria from the world body's leading "
        + "rights forum.", "2012-03-02")).containsExactly("membership-suspended ga SYR 2012-02-28");
    // "suspended <state>" by the Assembly, no forum named at all
    assertThat(summary("The General Assembly is the main deliberative organ. In 2014 the assembly suspended Iran by "
        + "consensus while its army shelled protesters.", "2016-01-10"))
        .containsExactly("membership-suspended ga IRN 2014");
    // an adopted resolution "suspending X's membership": two steps
    List<Step> both = steps("The General Assembly adopted a resolution suspending Nicaragua's membership of "
        + "the Human Rights Council by 90 votes to 20, with 60 abstentions.", "2023-05-05");
    assertThat(summary(both)).containsExactlyInAnyOrder("resolution-adopted ga NIC -",
        "membership-suspended ga NIC -");
    assertThat(both.get(0).tally()).contains(Tally.of(90, 20, 60));
  }

  @Test
  void suspension_notOfAMeetingNorByAState() {
    assertThat(summary("The General Assembly suspended its debate on Haiti until Friday.", "2020-02-02"))
        .isEmpty();
    assertThat(summary("Venezuela suspended its cooperation with the rights council last year.", "2020-02-02"))
        .isEmpty();
  }
  // ------------------------------------------------------------------ UPR: "appeared before"

  @Test
  void appearingBeforeTheReviewWorkingGroup_isTheReview() {
    assertThat(summary("Chile appeared before the UPR Working Group in November, when 90 delegations spoke.",
        "2024-02-10")).containsExactly("review-held upr-working-group CHL 2023-11");
    // a year that ends a name ("the Constitution of 2010") does not give its year to "in November"
    assertThat(summary("The minister said the laws follow the Constitution of 2010. Chile appeared before the "
        + "UPR Working Group in November.", "2024-02-10"))
        .containsExactly("review-held upr-working-group CHL 2023-11");
    assertThat(summary("Last May Nepal appeared before the Universal Periodic Review in Geneva for the third time.",
        "2021-02-10")).containsExactly("review-held upr-working-group NPL 2020-05");
  }

  @Test
  void theMonthMay_isNotTheModal() {
    assertThat(summary("In May the Human Rights Council created a commission of inquiry on Eritrea.", "2020-07-01"))
        .containsExactly("mechanism-established hrc ERI 2020-05");
    assertThat(summary("May 2019 - The Human Rights Council creates a commission of inquiry on Eritrea.",
        "2020-07-01")).containsExactly("mechanism-established hrc ERI 2019-05");
    assertThat(summary("The Human Rights Council may create a commission of inquiry on Eritrea.", "2020-07-01"))
        .isEmpty();
    assertThat(summary("May the Human Rights Council create a commission of inquiry on Eritrea?", "2020-07-01"))
        .isEmpty();
  }

  @Test
  void appearingBeforeAnotherBodyOrInTheFuture_isNoReview() {
    assertThat(summary("Ghana will appear before the UPR Working Group next month.", "2024-02-10")).isEmpty();
    assertThat(summary("The ambassador of Mali appeared before the Security Council on Monday.", "2024-02-10"))
        .isEmpty();
  }
  // ------------------------------------------------------------------ adjectival "X-drafted"

  @Test
  void aHyphenatedDraftedIsAnAdjective_notATabling() {
    assertThat(summary("The Security Council discussed a British-drafted text on Syria on Monday.",
        "2019-07-01")).isEmpty();
    assertThat(summary("In June 2019 China vetoed a British-drafted text on Syria in the Security Council.",
        "2019-07-01")).containsExactly("veto-cast unsc SYR 2019-06");
    assertThat(summary("The Security Council text on Syria was drafted by Britain and France.", "2019-07-01"))
        .containsExactly("draft-tabled unsc SYR -");
  }

  // ------------------------------------------------------------------ visits

  @Test
  void requestingToVisit_andAcceptingTheRequest() {
    // "March last year" is one date: the month of the year before publication
    assertThat(summary("The Special Rapporteur on torture wrote to the Government of Peru in March last year "
        + "requesting to visit the country. Last month, the foreign ministry replied, accepting the request.",
        "2021-09-01")).containsExactly("visit-requested special-rapporteur PER 2020-03", "visit-granted - PER 2021-08");
    assertThat(summary("In 2019 an independent expert asked to visit Chad. Last year the Government accepted "
        + "the request.", "2021-09-01"))
        .containsExactly("visit-requested special-rapporteur TCD 2019", "visit-granted - TCD 2020");
  }

  @Test
  void acceptingARequestThatIsNoVisit_isNoStep() {
    assertThat(summary("The ministry of Peru accepted the request of the World Bank for a new audit.", "2021-09-01"))
        .isEmpty();
    assertThat(summary("The Special Rapporteur on torture said she would be requesting to visit Peru.", "2021-09-01"))
        .isEmpty();
  }
  // ------------------------------------------------------------------ "the Council" and the size of its vote

  @Test
  void aCouncilVoteOfMoreThanFifteen_isNotTheSecurityCouncil() {
    String before = "The Human Rights Council is based in Geneva. Activists asked the Security Council to act on "
        + "Eritrea. ";
    assertThat(summary(before + "In June, the Council created a commission of inquiry on Eritrea by 30 votes to 10, "
        + "with 7 abstentions.", "2020-07-01")).containsExactly("mechanism-established hrc ERI 2020-06");
    assertThat(summary(before + "In June, the Council adopted a resolution on Eritrea by 29 votes to 11, with 7 "
        + "abstentions.", "2020-07-01")).containsExactly("resolution-adopted hrc ERI 2020-06");
    // fifteen votes or fewer: the Council last named stays
    assertThat(summary(before + "In June, the Council adopted a resolution on Eritrea by 13 votes to none, with 2 "
        + "abstentions.", "2020-07-01")).containsExactly("resolution-adopted unsc ERI 2020-06");
  }
  // ------------------------------------------------------------------ posts

  @Test
  void aPostCreated_byName_orInThePassiveAfterTheBodysStep() {
    assertThat(summary("The Human Rights Council created Diallo's post on Mali in March 2019, voting 30 to 8 with "
        + "9 abstentions.", "2020-07-01")).containsExactly("mechanism-established hrc MLI 2019-03");
    // a passive without agent continues the body of the step just told
    assertThat(summary("The Human Rights Council on Friday renewed the mandate of the Special Rapporteur on "
        + "Burundi. The post was first created in 2016, after the crisis.", "2021-10-10"))
        .containsExactly("mandate-renewed hrc BDI 2021-10-08", "mechanism-established hrc BDI 2016");
  }

  @Test
  void aPostThatIsNoMandate_isNoStep() {
    assertThat(summary("The Human Rights Council on Friday renewed the mandate of the Special Rapporteur on "
        + "Burundi. The post-election unrest was created by the militia in 2015.", "2021-10-10"))
        .containsExactly("mandate-renewed hrc BDI 2021-10-08");
  }
  // ------------------------------------------------------------------ the state of the step just told

  private static final String BELARUS_LEAD = "The Human Rights Council today renewed the mandate on Belarus. "
      + "Belarus rejected the text, and Belarus said it would not cooperate with the Belarus rapporteur.\n\n";

  @Test
  void aStepWithoutAState_takesTheStateOfTheStepInThePreviousSentence() {
    assertThat(summary(BELARUS_LEAD + "The commission of inquiry on Mali published a report on Monday. The "
        + "commissioners, whose mandate was extended by the Council last October, will brief it next week.",
        "2021-07-09")).containsExactly("mandate-renewed hrc BLR 2021-07-09", "report-published coi MLI 2021-07-05",
            "mandate-renewed hrc MLI 2020-10");
  }

  @Test
  void aStateNamedWithoutAStep_doesNotReplaceTheTopic() {
    assertThat(summary(BELARUS_LEAD + "Mali's envoy spoke in the debate. The commissioners, whose mandate was "
        + "extended by the Council last October, will brief it next week.", "2021-07-09"))
        .containsExactly("mandate-renewed hrc BLR 2021-07-09", "mandate-renewed hrc BLR 2020-10");
    // the step before was the Council's on another state, not the mechanism's
    assertThat(summary(BELARUS_LEAD + "The Council also adopted a text on Mali without a vote. The Special "
        + "Rapporteur had presented his report on Tuesday.", "2021-07-09"))
        .containsExactly("mandate-renewed hrc BLR 2021-07-09", "resolution-adopted hrc MLI 2021-07-09",
            "report-presented special-rapporteur BLR 2021-07-06");
  }
  // ------------------------------------------------------------------ habits

  @Test
  void mostYearsAndSinceADecade_areHabits() {
    assertThat(summary("The General Assembly has passed a text on Belarus in most years.", "2021-07-09")).isEmpty();
    assertThat(summary("The General Assembly has adopted a resolution on Iran almost every session since the "
        + "late 1990s.", "2021-07-09")).isEmpty();
    // one event, even among years
    assertThat(summary("In 2019 the General Assembly adopted a resolution on Iran for the first time in years.",
        "2021-07-09")).containsExactly("resolution-adopted ga IRN 2019");
  }
  // ------------------------------------------------------------------ restatements

  @Test
  void welcomingTheAcceptance_restatesTheResponse() {
    assertThat(summary("Peru accepted 150 of the 200 recommendations made during its review. Activists later "
        + "welcomed the acceptance of the recommendations on torture.", "2021-07-09"))
        .containsExactly("recommendations-responded - PER -");
    // told first as a noun, it is the response
    assertThat(summary("Rights groups welcomed the acceptance by Peru of 150 recommendations from its review.",
        "2021-07-09")).containsExactly("recommendations-responded - PER -");
  }
  // ------------------------------------------------------------------ dates

  @Test
  void anAssessmentIsAReport() {
    assertThat(summary("The move followed an assessment of Xinjiang released in late August by the UN human "
        + "rights office, which concluded that the abuses may amount to crimes.", "2022-10-09"))
        .containsExactly("report-published ohchr CHN 2022-08");
    assertThat(summary("The Ministry of Agriculture of Chad released an assessment of the harvest in August.",
        "2022-10-09")).isEmpty();
  }
  @Test
  void aDatelineOpeningALaterParagraph_framesTodayFromThere() {
    String digest = "RIGHTS IN BRIEF\n\nGENEVA, 4 July 2025 - The Human Rights Council today adopted a resolution "
        + "on Belarus by 22 votes to 6, with 19 abstentions.\n\nGENEVA, 17 September 2025 - The Fact-Finding "
        + "Mission on Mali today published a report on detentions.\n\nThe commission of inquiry on Syria "
        + "published its report on Monday.";
    assertThat(summary(digest, "2025-11-14")).containsExactly("resolution-adopted hrc BLR 2025-07-04",
        "report-published coi MLI 2025-09-17", "report-published coi SYR 2025-09-15");
    // a paragraph that opens with a place but no date changes nothing
    assertThat(summary("GENEVA, 4 July 2025 - The Human Rights Council today adopted a resolution on Belarus by "
        + "22 votes to 6, with 19 abstentions.\n\nNEW YORK - The Fact-Finding Mission on Mali today published a "
        + "report on detentions.", "2025-11-14")).containsExactly("resolution-adopted hrc BLR 2025-07-04",
            "report-published coi MLI 2025-07-04");
  }
  @Test
  void aDecisionToldInThePresentPerfect_happenedOnTheDayOfTheStory() {
    assertThat(summary("The Security Council has adopted resolution 2700 (2023) on Haiti.", "2023-10-02"))
        .containsExactly("resolution-adopted unsc HTI 2023-10-02");
    assertThat(summary("Live: the Human Rights Council has unanimously extended the mandate on Mali.", "2023-10-02"))
        .containsExactly("mandate-renewed hrc MLI 2023-10-02");
    // not when the sentence looks back
    assertThat(summary("The General Assembly has previously adopted a resolution on Haiti.", "2023-10-02"))
        .containsExactly("resolution-adopted ga HTI -");
    assertThat(summary("The General Assembly had adopted a resolution on Haiti.", "2023-10-02"))
        .containsExactly("resolution-adopted ga HTI -");
  }
  // ------------------------------------------------------------------ UPR responses told again

  @Test
  void proposals_areTheRecommendationsOnceAResponseIsTold_andANamedYearDatesNothing() {
    assertThat(summary("Peru has accepted 150 of the 200 recommendations made during its review. Speaking in Geneva "
        + "on Monday, the minister said the Government had studied all the proposals and supported those in line "
        + "with the Constitution of 1993.", "2021-07-09"))
        .containsExactly("recommendations-responded - PER 2021-07-05");
    // without a response told before, proposals are not recommendations
    assertThat(summary("Speaking in Geneva on Monday, the minister of Peru said the Government supported the "
        + "proposals of the World Bank.", "2021-07-09")).isEmpty();
  }

  // ------------------------------------------------------------------ a meeting's agenda

  @Test
  void aDraftOnTheAgenda_isTheMeetingsBusiness_notAnItemAdded() {
    assertThat(summary("The Security Council opened its meeting with one item on the agenda: a draft resolution on "
        + "Mali.", "2021-07-09")).noneMatch(x -> x.startsWith("agenda-item-added"));
    assertThat(summary("In 2004 the Security Council put the situation in Haiti on its agenda.", "2021-07-09"))
        .containsExactly("agenda-item-added unsc HTI 2004");
  }
}
