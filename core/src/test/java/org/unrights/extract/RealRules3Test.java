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
 * General rules added after the third real-text development set (news wires, newspapers, NGO and
 * government statements): each test states one rule on sentences written for the test, not taken
 * from any evaluation text.
 */
class RealRules3Test {

  @Test
  void prolongingAnInquiry_isARenewal() {
    assertThat(summary("The Human Rights Council on Tuesday prolonged the mandate of the expert group on Libya.",
        "2021-10-08")).containsExactly("mandate-renewed hrc LBY 2021-10-05");
    // "in favour of prolonging" an inquiry: the mechanism named without the word mandate
    List<Step> steps = steps("The Human Rights Council voted by 25 votes to nine on Tuesday in favour of prolonging "
        + "an investigation into abuses in Libya.", "2021-10-08");
    assertThat(summary(steps)).contains("mandate-renewed hrc LBY 2021-10-05");
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).contains(Tally.of(25, 9, 0));
    // prolonging something that is no mechanism is no step
    assertThat(summary("The Human Rights Council prolonged its debate on Libya by two hours on Tuesday.",
        "2021-10-08")).isEmpty();
  }

  @Test
  void nationalityOfAPersonOrABackersSupport_isNotTheSubjectState() {
    // the members' countries after their names are not what the appointment is about
    assertThat(summary("The Council president appointed Ana Lopes of Chile and Omar Said from Ghana to the "
        + "commission of inquiry on Burundi.", "2016-09-30")).containsExactly("holder-appointed hrc BDI -");
    // "with French support": the backer; the state told before stays the subject
    assertThat(summary("The Commission on Human Rights adopted a resolution on Haiti. With strong French support, "
        + "the Commission decided to establish a Special Rapporteur.", "1995-03-01"))
        .containsExactly("resolution-adopted chr HTI -", "mechanism-established chr HTI -");
    // a title "of" a state is no person's name: the state stays the subject
    assertThat(summary("The Human Rights Council appointed the Special Rapporteur on the Situation of Burundi.",
        "2016-09-30")).containsExactly("holder-appointed hrc BDI -");
  }

  @Test
  void sessionConcludedOrWrappedUp_wasHeld() {
    assertThat(summary("The UN Commission on Human Rights concluded yesterday a three-day special session on the "
        + "situation in Haiti.", "1995-05-26")).containsExactly("meeting-held chr HTI 1995-05-25");
    // a fronted "Wrapping up ... session called by X": the main clause's body held it; the caller is no subject
    assertThat(summary("Wrapping up an emergency session on Haiti called by France, the UN Commission on Human Rights "
        + "adopted by consensus a resolution on Haiti.", "1995-05-26"))
        .containsExactlyInAnyOrder("meeting-held chr HTI -", "resolution-adopted chr HTI -");
    // "concluded that a special session ...": a finding, no meeting
    assertThat(summary("The Human Rights Council concluded that a special session on Haiti was needed.",
        "2015-05-26")).isEmpty();
    // "called for" is still a call
    assertThat(summary("France called for the UN Commission on Human Rights to adopt a resolution on Haiti.",
        "1995-05-26")).isEmpty();
  }

  @Test
  void tallyToldAsThreeClauses_isTheVote() {
    List<Step> steps = steps("The Human Rights Council on Friday adopted a resolution on Eritrea. In favour of the "
        + "text tabled by Djibouti, 25 countries supported it, nine rejected, 13 countries abstained.", "2021-07-16");
    assertThat(summary(steps)).containsExactly("resolution-adopted hrc ERI 2021-07-16");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(25, 9, 13));
    // after a veto, with the voters named between dashes
    steps = steps("China vetoed on Tuesday a Security Council draft on Myanmar. Eleven countries voted for the "
        + "U.K.-drafted text, two -- including China -- opposed it and two abstained.", "2009-03-05");
    assertThat(summary(steps)).containsExactly("veto-cast unsc MMR 2009-03-03");
    assertThat(tallyOf(steps, StepType.VETO_CAST)).contains(Tally.of(11, 2, 2));
    // counts of something else are no tally
    steps = steps("The Human Rights Council on Friday adopted a resolution on Eritrea. 25 delegates supported "
        + "the idea of a visit, nine opposed a debate.", "2021-07-16");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).isEmpty();
  }

  @Test
  void amendmentsThatWereNotAdopted_wereRejected_andASponsorIsNotTheTextsState() {
    // the sentence between names only the sponsor: "the resolution" is still the text on Eritrea
    assertThat(summary("The Human Rights Council on Friday adopted a resolution on Eritrea. The resolution was "
        + "presented by Djibouti after long talks. All nine amendments to the resolution, which were submitted by "
        + "China, were not adopted.", "2021-07-16"))
        .containsExactly("resolution-adopted hrc ERI 2021-07-16", "amendment-rejected hrc ERI 2021-07-16");
    // a text that was not adopted is still a rejected resolution
    assertThat(summary("The Human Rights Council met on Friday on Eritrea. The draft resolution on Eritrea was not "
        + "adopted.", "2021-07-16")).contains("resolution-rejected hrc ERI 2021-07-16");
  }

  @Test
  void aVotingBodyThatBackedTheText_adoptedIt() {
    List<Step> steps = steps("The Human Rights Council on Tuesday renewed the mandate of the Special Rapporteur on "
        + "Burundi. The council backed the resolution, tabled by the European Union, without a vote.", "2022-10-05");
    assertThat(summary(steps)).contains("resolution-adopted hrc BDI 2022-10-04");
    // a state backing it, a text backed by someone, a Western-backed draft: no adoption
    assertThat(summary("The Human Rights Council met on Tuesday. France backed the resolution on Burundi.",
        "2022-10-05")).doesNotContain("resolution-adopted hrc BDI 2022-10-04");
    assertThat(summary("China vetoed a Western-backed Security Council resolution on Burundi on Tuesday.",
        "2022-10-05")).containsExactly("veto-cast unsc BDI 2022-10-04");
    assertThat(summary("The Human Rights Council discussed a resolution on Burundi backed by the European Union.",
        "2022-10-05")).isEmpty();
  }

  @Test
  void adoptedReviewOutcome_isNoResolution() {
    assertThat(summary("On 20 March the Human Rights Council formally adopted the Universal Periodic Review (UPR) "
        + "outcome of Egypt.", "2020-03-21")).doesNotContain("resolution-adopted hrc EGY 2020-03-20");
    // a resolution on the review is still one
    assertThat(summary("On 20 March the Human Rights Council adopted a resolution on Egypt after its review.",
        "2020-03-21")).contains("resolution-adopted hrc EGY 2020-03-20");
  }

  @Test
  void referralInAVetoedText_isNoReferral() {
    assertThat(summary("China and Russia vetoed on Thursday a Security Council resolution proposed by France "
        + "referring the situation in Myanmar to the International Criminal Court.", "2019-05-17"))
        .containsExactly("veto-cast unsc MMR 2019-05-16");
    // a referral adopted is still made
    assertThat(summary("The Security Council on Thursday adopted a resolution referring the situation in Myanmar "
        + "to the International Criminal Court.", "2019-05-17")).contains("referral-made unsc MMR 2019-05-16");
  }

  @Test
  void sinceInTheMandatesPurpose_isNoHabit() {
    assertThat(summary("The commission was set up on 4 March 2021 by the Human Rights Council to investigate abuses "
        + "in Eritrea since 2016.", "2022-01-10")).containsExactly("mechanism-established hrc ERI 2021-03-04");
    // "every year since 2014" is still a habit
    assertThat(summary("The Human Rights Council has renewed the mandate on Eritrea every year since 2014.",
        "2022-01-10")).isEmpty();
    assertThat(summary("The Human Rights Council has renewed the mandate on Eritrea since 2014.",
        "2022-01-10")).isEmpty();
  }

  @Test
  void presentPerfectToldAgainWithItsDay_isOneStepOfThatDay() {
    List<Step> steps = steps("The Human Rights Council has extended the mandate of the Special Rapporteur on "
        + "Belarus. The rapporteur's mandate was renewed on Wednesday by 20 votes to 7, with 19 abstentions.",
        "2021-07-17");
    assertThat(summary(steps)).containsExactly("mandate-renewed hrc BLR 2021-07-14");
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).contains(Tally.of(20, 7, 19));
    // a day more than a week before is another renewal: both stay
    assertThat(summary("The Human Rights Council has extended the mandate of the Special Rapporteur on Belarus. "
        + "The mandate was first renewed on 1 July 2020 by 20 votes to 7.", "2021-07-17"))
        .containsExactly("mandate-renewed hrc BLR 2021-07-17", "mandate-renewed hrc BLR 2020-07-01");
  }

  @Test
  void inAReportLastMonthTheBodySaid_isItsReportPublished() {
    assertThat(summary("In a report last month, the Special Rapporteur on Iran said executions had doubled.",
        "2021-06-10")).containsExactly("report-published special-rapporteur IRN 2021-05");
    // "the experts" after an expert group named before
    assertThat(summary("The Human Rights Council set up an expert group on Libya in 2019. In a new report last "
        + "month, the experts said detainees in Libya were tortured.", "2021-06-10"))
        .contains("report-published independent-experts LBY 2021-05");
    // an NGO's report is no step; nor a report someone only mentions
    assertThat(summary("In a report last month, Amnesty International said executions in Iran had doubled.",
        "2021-06-10")).isEmpty();
    assertThat(summary("In a report to be published next month, the Special Rapporteur on Iran will say more.",
        "2021-06-10")).isEmpty();
  }

  @Test
  void uprWorkingGroupIssuingItsReport_publishedIt() {
    assertThat(summary("The Working Group on the Universal Periodic Review (UPR) issued its draft report on Chile "
        + "on Friday.", "2019-01-28")).containsExactly("report-published upr-working-group CHL 2019-01-25");
    // the review itself publishes nothing
    assertThat(summary("The Universal Periodic Review of Chile issued a report on Friday.", "2019-01-28"))
        .isEmpty();
  }

  @Test
  void creationToldAgainWithoutActorOrDate_isTheSameCreation() {
    assertThat(summary("The Human Rights Council set up a commission of inquiry on Burundi in September. The "
        + "decision to establish the commission on Burundi followed months of pressure.", "2016-12-01"))
        .containsExactly("mechanism-established hrc BDI 2016-09");
    // a creation on another state stays
    assertThat(summary("The Human Rights Council set up a commission of inquiry on Burundi in September. A "
        + "commission on Eritrea was also established.", "2016-12-01"))
        .contains("mechanism-established hrc BDI 2016-09");
  }

  @Test
  void whatABodyDidJustAfterItsDatedSession_itDidThatDay() {
    assertThat(summary("The UN Commission on Human Rights concluded yesterday a special session on Haiti. It was "
        + "requested by France. The Commission decided to establish a Special Rapporteur on Haiti.", "1995-05-26"))
        .containsExactly("meeting-held chr HTI 1995-05-25", "mechanism-established chr HTI 1995-05-25");
    // "had" tells an earlier event: no date taken
    assertThat(summary("The UN Commission on Human Rights concluded yesterday a special session on Haiti. The "
        + "Commission had decided to establish a Special Rapporteur on Haiti.", "1995-05-26"))
        .doesNotContain("mechanism-established chr HTI 1995-05-25");
  }
}
