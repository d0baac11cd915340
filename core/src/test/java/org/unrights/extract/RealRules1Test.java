package org.unrights.extract;

import static org.unrights.extract.RuleSentences.steps;
import static org.unrights.extract.RuleSentences.summary;
import static org.unrights.extract.RuleSentences.tallyOf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;

/**
 * General rules added after the first real-text development set (UN press releases, OHCHR items,
 * NGO statements, news): each test states one rule on sentences written for the test, not taken
 * from any evaluation text.
 */
class RealRules1Test {

  @Test
  void statesListedAfterAPluralObject_areOneStepEach() {
    assertThat(summary("The Human Rights Council on Friday extended the mandates of the special rapporteurs on "
        + "the situation of human rights in Eritrea, Belarus and Cambodia for one year.", "2020-07-10"))
        .containsExactlyInAnyOrder("mandate-renewed hrc ERI 2020-07-10", "mandate-renewed hrc BLR 2020-07-10",
            "mandate-renewed hrc KHM 2020-07-10");
    // counted texts then named: "including on ..." is not an unspecified summary
    assertThat(summary("The Third Committee approved four drafts today, including on the human rights "
        + "situations in Eritrea, Belarus and the Syrian Arab Republic.", "2020-11-10"))
        .containsExactlyInAnyOrder("resolution-adopted ga-third-committee ERI 2020-11-10",
            "resolution-adopted ga-third-committee BLR 2020-11-10",
            "resolution-adopted ga-third-committee SYR 2020-11-10");
    // a headline's text merges with the body's even when the body says "another"
    assertThat(summary("Committee Approves Four Drafts, Including Texts on Eritrea, Belarus\n\nIn another long "
        + "sitting, the Third Committee approved four drafts today, including on the human rights situations in "
        + "Eritrea, Belarus and Cambodia.", "2020-11-10"))
        .containsExactlyInAnyOrder("resolution-adopted ga-third-committee ERI 2020-11-10",
            "resolution-adopted ga-third-committee BLR 2020-11-10",
            "resolution-adopted ga-third-committee KHM 2020-11-10");
    // "in which": the counted texts name what one of them did
    assertThat(summary("The Human Rights Council this morning adopted 9 resolutions, in which it decided to "
        + "create a commission of inquiry on Eritrea.", "2020-07-10"))
        .containsExactlyInAnyOrder("resolution-adopted hrc ERI 2020-07-10", "mechanism-established hrc ERI 2020-07-10");
  }

  @Test
  void noListOrUnnamedCountedTexts_giveNoExtraSteps() {
    // a singular mandate: one state, the rest of the sentence is no list
    assertThat(summary("It renewed the mandate on Eritrea, a country in crisis, and Belarus.", "2020-07-10"))
        .doesNotContain("mandate-renewed hrc BLR 2020-07-10");
    // a list never closed by "and" is no list
    assertThat(summary("The Human Rights Council extended the mandates of the special rapporteurs on Eritrea, "
        + "Belarus, as well as others.", "2020-07-10")).doesNotContain("mandate-renewed hrc BLR 2020-07-10");
    // counted texts left unnamed stay a summary
    assertThat(steps("The Third Committee approved four drafts today, after a long debate.", "2020-11-10")).isEmpty();
  }

  @Test
  void recommendationsNamedBeforeTheResponse_areItsObject() {
    assertThat(summary("Of the 190 recommendations it received, Eritrea has accepted 120 and noted 70.", "2019-05-10"))
        .containsExactly("recommendations-responded - ERI -");
    // "the recommendations accepted": a response named again, not told
    assertThat(summary("In the debate, Kenya and Egypt welcomed the many recommendations accepted.", "2019-05-10"))
        .isEmpty();
    // a recommendation still makes a call of what follows it
    assertThat(summary("The expert's recommendation that Eritrea accept more recommendations was ignored.", "2019-05-10"))
        .isEmpty();
  }

  @Test
  void theGenevaForum_isTheHumanRightsCouncil() {
    List<Step> steps = steps("The Geneva forum adopted the text on Eritrea by a vote of 21 in favour and nine "
        + "against with 17 abstentions on Friday.", "2020-07-12");
    assertThat(summary(steps)).containsExactly("resolution-adopted hrc ERI 2020-07-10");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(21, 9, 17));
    assertThat(steps("Activists met at a Geneva hotel on Friday and adopted a statement on Eritrea.", "2020-07-12"))
        .isEmpty();
  }

  @Test
  void aBodyThatOpenedOrClosedASession_heldIt() {
    assertThat(summary("On 12 May, the Human Rights Council concluded its twentieth special session by adopting a "
        + "resolution on Eritrea.", "2020-05-14")).containsExactlyInAnyOrder("meeting-held hrc ERI 2020-05-12",
            "resolution-adopted hrc ERI 2020-05-12");
    // "has opened": the day of the news
    assertThat(summary("The Security Council has opened its emergency meeting on the situation in Haiti.",
        "2020-05-14")).containsExactly("meeting-held unsc HTI 2020-05-14");
    // "concluded that" is a finding, and a session asked for is not held
    assertThat(summary("The Human Rights Council concluded that a special session on Eritrea was needed.",
        "2020-05-14")).doesNotContain("meeting-held hrc ERI -");
    assertThat(steps("Activists asked the Council to hold its fifth special session on Eritrea.", "2020-05-14"))
        .isEmpty();
  }

  @Test
  void approvingAnExtension_isTheRenewal_notAnotherText() {
    assertThat(summary("The Human Rights Council approved the extension of the mandate of the Special Rapporteur "
        + "on Belarus on Friday.", "2020-07-12")).containsExactly("mandate-renewed hrc BLR 2020-07-10");
    assertThat(summary("On 10 July 2020 the Human Rights Council extended the mandate of the Special Rapporteur "
        + "on Belarus. In approving an extension of the mandate, the Council voiced its alarm.", "2020-07-12"))
        .containsExactly("mandate-renewed hrc BLR 2020-07-10");
    // the text itself approved stays an adoption
    assertThat(summary("The Human Rights Council approved the resolution on Belarus on Friday.", "2020-07-12"))
        .containsExactly("resolution-adopted hrc BLR 2020-07-10");
  }

  @Test
  void aStateInAQuotationBefore_isNotWhatTheTextIsAbout() {
    String lead = "The Human Rights Council voted on Friday to set up a fact-finding mission on Eritrea.\n\n";
    assertThat(summary(lead + "\"They obey orders from the French,\" the envoy said.\n\nThe Council adopted the "
        + "text by 20 votes to 12.", "2020-07-12")).contains("resolution-adopted hrc ERI 2020-07-10")
        .doesNotContain("resolution-adopted hrc FRA 2020-07-10");
    // a sentence of narration still lends its state to "the text"
    assertThat(summary(lead + "Sudan was named too.\n\nThe Council adopted the text by 20 votes to 12.",
        "2020-07-12")).contains("resolution-adopted hrc SDN 2020-07-10");
  }

  @Test
  void aHeadlineWithoutItsArticle_namesTheBodyToldBefore() {
    assertThat(summary("Human Rights Council decides to set up a commission of inquiry on Eritrea\n\n"
        + "Council decides to set up inquiry on Eritrea\n\n", "2020-07-10"))
        .containsExactly("mechanism-established hrc ERI -");
    // a bare noun that is not the line's subject names no body
    assertThat(summary("Human Rights Council meets in Geneva\n\nCouncil members, after a long debate, decided to "
        + "set up an inquiry on Eritrea\n\n", "2020-07-10")).doesNotContain("mechanism-established hrc ERI -");
  }

  @Test
  void rejectingAnAppointment_isNoRejectedText_butTellsTheAppointment() {
    assertThat(summary("The rapporteur was refused entry to Eritrea. The Eritrean government had rejected the "
        + "appointment of the Special Rapporteur by the Human Rights Council in July 2012.", "2013-04-14"))
        .contains("holder-appointed hrc ERI 2012-07").doesNotContain("resolution-rejected hrc ERI 2012-07");
    // a draft rejected stays a rejection
    assertThat(summary("The Human Rights Council rejected the draft on Eritrea in July 2012.", "2013-04-14"))
        .containsExactly("resolution-rejected hrc ERI 2012-07");
  }

  @Test
  void aReferralUrgedByATextJustAdopted_isTheAdoptingBodys() {
    assertThat(summary("The commission of inquiry on Eritrea published its report in 2016. Based on the findings in "
        + "the report, the General Assembly passed resolution 71/202 in 2016 condemning abuses and urging the "
        + "Security Council to refer the situation in Eritrea to the International Criminal Court.", "2017-04-14"))
        .contains("referral-recommended ga ERI 2016").doesNotContain("referral-recommended coi ERI 2016");
    // "in 2016" before a body named later is no place of adoption: the subject adopted it
    assertThat(summary("The General Assembly passed resolution 71/202 in 2016 urging the Security Council to act "
        + "on Eritrea.", "2017-04-14")).contains("resolution-adopted ga ERI 2016");
    assertThat(summary("The draft on Eritrea was approved in the Third Committee in 2016.", "2017-04-14"))
        .contains("resolution-adopted ga-third-committee ERI 2016");
    // no adoption in the sentence: the commission that recommends stays the actor
    assertThat(summary("The commission of inquiry on Eritrea published its report in 2016. In the report, the "
        + "commission recommended the referral of the situation in Eritrea to the International Criminal Court.",
        "2017-04-14")).contains("referral-recommended coi ERI 2016");
  }

  @Test
  void aReportToABodyCitedWithAPossessive_wasPresented() {
    assertThat(summary("The Human Rights Council renewed the mandate of the Special Rapporteur on Belarus in July "
        + "2021. In her July 2021 report to the Council, the Special Rapporteur noted a grave deterioration.",
        "2021-08-01")).contains("report-presented special-rapporteur BLR 2021-07");
    assertThat(summary("According to its report to the General Assembly, the commission of inquiry on Eritrea found "
        + "abuses.", "2021-08-01")).contains("report-presented coi ERI -");
    // a report still to come, or a report without its reporter's possessive, is no presentation
    assertThat(summary("The Special Rapporteur on Eritrea is due to present his next report to the Council.",
        "2021-08-01")).isEmpty();
    assertThat(summary("The Special Rapporteur on Eritrea said that in his next report to the Council he would "
        + "describe abuses.", "2021-08-01")).isEmpty();
    assertThat(summary("The Special Rapporteur on Eritrea said a report to the Council would be late.",
        "2021-08-01")).isEmpty();
  }

  @Test
  void anInteractiveDialogueWithAMechanism_isAMeetingOfTheCouncil() {
    assertThat(summary("The Human Rights Council renewed the mandate of the Special Rapporteur on Belarus in July "
        + "2021. During an interactive dialogue with the Special Rapporteur, the mandate holder described "
        + "reprisals.", "2021-08-01")).contains("meeting-held hrc BLR -");
    assertThat(summary("The Third Committee held its debate on Eritrea. In the interactive dialogue with the "
        + "Special Rapporteur, delegates raised detentions in Eritrea.", "2021-11-01"))
        .contains("meeting-held ga-third-committee ERI -");
    // a dialogue still to come is no meeting
    assertThat(summary("The Special Rapporteur on Belarus will speak during an interactive dialogue with the "
        + "Council next week.", "2021-08-01")).isEmpty();
  }

  @Test
  void aCouncilTextThatReceivedAVote_failedOrWasVetoed() {
    String lead = "Two drafts on Yemen failed in the Security Council today.\n\n";
    List<Step> steps = steps(lead + "The British text received 12 affirmative votes, one abstention (India), and two "
        + "negative votes (China and Russian Federation).\n\nThe Chinese text, by which the Council would have "
        + "called for talks, received a vote of 3 in favour (China, Gabon, Russian Federation) to 8 against "
        + "(Albania, France, Ireland, Japan, Malta, Norway, United Kingdom, United States), with 4 abstentions "
        + "(Brazil, Ghana, India, Mexico).", "2022-03-10");
    assertThat(summary(steps)).contains("veto-cast unsc YEM 2022-03-10", "resolution-rejected unsc YEM 2022-03-10");
    assertThat(tallyOf(steps, StepType.VETO_CAST)).contains(Tally.of(12, 2, 1));
    assertThat(tallyOf(steps, StepType.RESOLUTION_REJECTED)).contains(Tally.of(3, 8, 4));
    // nine or more in favour, no permanent member against: no failure told
    assertThat(summary(steps(lead + "The British text received 12 affirmative votes, one abstention (India), and two "
        + "negative votes (Gabon and Ghana).", "2022-03-10"))).doesNotContain("veto-cast unsc YEM 2022-03-10");
    // another body's text that received votes is no Security Council failure
    assertThat(summary(steps("The Human Rights Council met on Yemen today.\n\nThe Dutch text received 3 votes in "
        + "favour (A, B, C) to 20 against, with 4 abstentions.", "2022-03-10")))
        .doesNotContain("resolution-rejected unsc YEM 2022-03-10");
  }

  @Test
  void theLastDayOfASession_isNoEarlierEvent_andOneSentenceHasOneDay() {
    // "on the last day of" is no pluperfect: the lead's day holds
    assertThat(summary("The Human Rights Council agreed on Friday to set up a fact-finding mission on Eritrea.\n\n"
        + "The Geneva forum adopted the text by a vote of 20 in favour and 8 against with 19 abstentions on the "
        + "last day of the session.", "2020-07-11")).contains("resolution-adopted hrc ERI 2020-07-10");
    // "last year" still is
    assertThat(summary("The Human Rights Council agreed on Friday to set up a fact-finding mission on Eritrea.\n\n"
        + "The Council adopted a text on Eritrea by a vote of 20 in favour and 8 against last year.", "2020-07-11"))
        .doesNotContain("resolution-adopted hrc ERI 2020-07-10");
    // a renewal dated once merged dates the adoption of its own sentence
    assertThat(summary("The Human Rights Council this morning extended the mandates of the special rapporteurs on "
        + "Eritrea, Belarus and Cambodia.\n\nThe Council decided to extend the mandate of the Special Rapporteur "
        + "on Eritrea for one year in a resolution on Eritrea, adopted by a vote of 22 in favour, 12 against and 13 "
        + "abstentions.", "2020-07-10")).contains("mandate-renewed hrc ERI 2020-07-10",
            "resolution-adopted hrc ERI 2020-07-10");
  }

  @Test
  void theBodysAgenda_isTheCouncilsAgenda() {
    List<Step> steps = steps("Officials briefed the Security Council today, after a procedural vote of 10 in favour to 3 "
        + "against (China, Russian Federation, Viet Nam), with 2 abstentions (Chad, Gabon) that put the situation "
        + "in Eritrea on the body's agenda.", "2020-12-22");
    assertThat(summary(steps)).contains("agenda-item-added unsc ERI 2020-12-22");
    assertThat(tallyOf(steps, StepType.AGENDA_ITEM_ADDED)).contains(Tally.of(10, 3, 2));
    // a wish to put it there is no step
    assertThat(summary(steps("Activists want the Security Council to put the situation in Eritrea on the body's "
        + "agenda.", "2020-12-22"))).isEmpty();
  }

  @Test
  void todaysMeeting_inMeetingCoverage_isAMeetingOfTheBodyLastNamed() {
    assertThat(summary("The Security Council discussed the situation in Eritrea.\n\nToday's meeting also heard from "
        + "the Under-Secretary-General for Political Affairs.", "2020-12-22"))
        .contains("meeting-held unsc ERI 2020-12-22");
    // a meeting still to come, or one not opening the sentence, is none
    assertThat(summary("The Security Council discussed the situation in Eritrea.\n\nToday's meeting will hear from "
        + "the Under-Secretary-General for Political Affairs.", "2020-12-22"))
        .doesNotContain("meeting-held unsc ERI 2020-12-22");
    assertThat(summary("Activists said today's meeting was useful.", "2020-12-22")).isEmpty();
  }
}
