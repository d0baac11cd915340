package org.unrights.extract;

import static org.unrights.extract.RuleSentences.steps;
import static org.unrights.extract.RuleSentences.summary;
import static org.unrights.extract.RuleSentences.tallyOf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;

/**
 * General rules added after the eighth held-out set (encyclopedic histories, lists of dated events,
 * first-person recollections): each test states one rule on sentences written for the test, not
 * taken from any evaluation text.
 */
class GeneralRulesRound8Test {

  @Test
  void reportMadePublic_isPublished() {
    assertThat(summary(steps("The Special Rapporteur on Iran presented her report to the Human Rights Council "
        + "yesterday. The report itself was made public on 3 March.", "2023-03-10")))
        .containsExactly("report-presented special-rapporteur IRN 2023-03-09",
            "report-published special-rapporteur IRN 2023-03-03");
    assertThat(summary(steps("The commission of inquiry on Syria made its report public in August 2016.",
        "2017-01-10"))).containsExactly("report-published coi SYR 2016-08");
    // a list made public is no report
    assertThat(steps("The Government of Iran has never made public the number of people executed.",
        "2023-03-10")).isEmpty();
  }

  @Test
  void datedListEntries_areStepsOfTheBodyThatHeadsTheList() {
    List<Step> steps = steps("Burundi at the Human Rights Council\n\nThe Human Rights Council has adopted the "
        + "following texts on Burundi (year - symbol - vote):\n\n2016 - resolution 33/24 - adopted 19-7-21\n"
        + "2017 - resolution 36/19 - adopted 22-11-14\n\nBoth were put to a vote; none was adopted by "
        + "consensus.", "2021-03-01");
    assertThat(summary(steps)).containsExactly("resolution-adopted hrc BDI 2016", "resolution-adopted hrc BDI 2017");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(19, 7, 21));
    assertThat(summary(steps("Chronology of the Human Rights Council on Burundi:\n"
        + "October 2016 \u2013 resolution 33/24 adopted by 19 votes to 7, with 21 abstentions\n"
        + "September 2017 \u2013 resolution 36/19 adopted by 22 votes to 11, with 14 abstentions\n", "2021-03-01")))
        .containsExactly("resolution-adopted hrc BDI 2016-10", "resolution-adopted hrc BDI 2017-09");
    // a year and a dash inside wrapped prose is no list entry; a list entry without a trigger is no step
    assertThat(steps("The Human Rights Council on Burundi: a note.\n2016 - the year the commission began "
        + "its work\n2017 - the year of its second report", "2021-03-01")).isEmpty();
  }

  @Test
  void mechanismMadeByAResolutionToldBefore_takesThatResolutionsBody() {
    String list = "Burundi at the Human Rights Council\n\nThe Human Rights Council has adopted the following "
        + "texts on Burundi:\n\n2016 - resolution 33/24 - adopted 19-7-21\n2017 - resolution 36/19 - adopted "
        + "22-11-14\n\nBoth were put to a vote.\n\nCommission of inquiry\n\n";
    List<Step> steps = steps(list + "The commission of inquiry on Burundi was established by resolution 33/24 on "
        + "30 September 2016. Its mandate was renewed by resolution 36/19 in September 2017.", "2021-03-01");
    assertThat(summary(steps))
        .containsExactly("resolution-adopted hrc BDI 2016", "resolution-adopted hrc BDI 2017",
            "mechanism-established hrc BDI 2016-09-30", "mandate-renewed hrc BDI 2017-09");
    // and the vote of the resolution that made it
    assertThat(tallyOf(steps, StepType.MECHANISM_ESTABLISHED)).contains(Tally.of(19, 7, 21));
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).contains(Tally.of(22, 11, 14));
    // another number names another text: no body is borrowed
    assertThat(summary(steps(list + "The commission of inquiry on Burundi was established by resolution 33/2 on "
        + "30 September 2016.", "2021-03-01")))
        .doesNotContain("mechanism-established hrc BDI 2016-09-30");
  }

  @Test
  void dayOrMonthWithoutYear_takesTheYearWrittenEarlierInItsSentence() {
    assertThat(summary(steps("The Human Rights Council renewed the mandate on Syria in October 2022. The commission "
        + "of inquiry on Syria published a report on 16 September 2020 and presented it to the Human Rights "
        + "Council on 23 September.", "2024-05-10"))).containsExactly("mandate-renewed hrc SYR 2022-10",
            "report-published coi SYR 2020-09-16", "report-presented coi SYR 2020-09-23");
    assertThat(summary(steps("The Human Rights Council renewed the mandate on Syria in October 2022. The commission "
        + "of inquiry on Syria published its report in February 2014, and in March it presented the report to "
        + "the Human Rights Council.", "2024-05-10"))).containsExactly("mandate-renewed hrc SYR 2022-10",
            "report-published coi SYR 2014-02", "report-presented coi SYR 2014-03");
    // with no year written in the sentence, the year the text told before still frames the day
    assertThat(summary(steps("The Human Rights Council renewed the mandate on Belarus in October 2022. On 3 March, "
        + "the Special Rapporteur on Belarus presented her report to the Council.", "2024-05-10")))
        .containsExactly("mandate-renewed hrc BLR 2022-10", "report-presented special-rapporteur BLR 2022-03-03");
  }

  @Test
  void askingToBeLetIn_isARequest_andNotBeingAdmitted_aRefusal() {
    assertThat(summary(steps("The commission of inquiry on Eritrea wrote to the Government in July 2014 asking to be "
        + "allowed into the country. In August the Government replied that the commission would not be admitted.",
        "2016-01-10"))).containsExactly("visit-requested coi ERI 2014-07", "visit-refused - ERI 2014-08");
    assertThat(summary(steps("The Special Rapporteur on Belarus sent a letter in January asking to be invited. "
        + "The authorities answered that she had not been admitted because they do not recognize the mandate.",
        "2024-05-10"))).containsExactly("visit-requested special-rapporteur BLR 2024-01", "visit-refused - BLR -");
    assertThat(summary(steps("The fact-finding mission on Venezuela was set up by the Human Rights Council in 2019. In "
        + "a letter dated 3 March 2020, the Ministry of Foreign Affairs informed the mission that it would not be "
        + "admitted.", "2021-01-10"))).containsExactly("mechanism-established hrc VEN 2019",
            "visit-refused - VEN 2020-03-03");
    // admission to something other than a country, with no visit told, is no refusal
    assertThat(steps("Venezuela was not admitted to the regional trade bloc in 2019.", "2021-01-10")).isEmpty();
  }

  @Test
  void yearsAgo_countsBackFromPublication_andThatMonthKeepsTheYearTold() {
    assertThat(summary(steps("Ten years ago this month, the commission of inquiry on North Korea published a report. "
        + "That November the Third Committee approved a draft on North Korea by 112 votes to 18, with 53 "
        + "abstentions.", "2024-02-10"))).containsExactly("report-published coi PRK 2014-02",
            "resolution-adopted ga-third-committee PRK 2014-11");
    assertThat(summary(steps("The Human Rights Council created the mandate on Belarus 12 years ago. Twenty years ago "
        + "the Commission on Human Rights adopted a resolution on Belarus.", "2024-02-10")))
        .containsExactly("mechanism-established hrc BLR 2012", "resolution-adopted chr BLR 2004");
    // no count, no date
    assertThat(summary(steps("Several years ago the Human Rights Council created the mandate on Belarus.",
        "2024-02-10"))).containsExactly("mechanism-established hrc BLR -");
  }

  @Test
  void firstPersonRecollection_isTheMechanismLastNamed() {
    assertThat(summary(steps("INTERVIEWER: What did the commission of inquiry on Eritrea do next?\n\nGUEST: We "
        + "published our report in June 2015, and in it we recommended that the Security Council refer the "
        + "situation to the International Criminal Court. Then in July I presented it to the Council in Geneva.",
        "2020-01-10"))).containsExactly("report-published coi ERI 2015-06", "referral-recommended coi ERI 2015-06",
            "report-presented coi ERI 2015-07");
    assertThat(summary(steps("Q: You were the Special Rapporteur on Iran for six years. A: Yes. I presented my last "
        + "report to the Human Rights Council in March 2022.", "2023-01-10")))
        .containsExactly("report-presented special-rapporteur IRN 2022-03");
    // "we" a state's delegation, with no mechanism named: no report step is invented
    assertThat(steps("The delegation of Iran said: we presented our national report to the Human Rights Council "
        + "in 2019.", "2020-01-10").stream().filter(x -> x.type() == StepType.REPORT_PRESENTED
            && x.actor().map(b -> b == Body.COI || b == Body.SPECIAL_RAPPORTEUR).orElse(false))).isEmpty();
  }

  @Test
  void iccProsecutorPresentingAReport_isAReportPresented() {
    assertThat(summary(steps("Yesterday the Prosecutor of the International Criminal Court presented his twentieth "
        + "report on the situation in Darfur to the Security Council.", "2015-06-10")))
        .containsExactly("report-presented icc SDN 2015-06-09");
    assertThat(summary(steps("On 12 May, the Deputy Prosecutor of the International Criminal Court, Mr Jon Doe, "
        + "presented the Office's report on Libya to the Security Council.", "2021-06-01")))
        .containsExactly("report-presented icc LBY 2021-05-12");
    // the Court named after the presenter does not take the step
    assertThat(summary(steps("The commission of inquiry on Libya presented its report to the Human Rights Council, "
        + "urging states to cooperate with the International Criminal Court.", "2021-06-01")))
        .containsExactly("report-presented coi LBY -");
  }

  @Test
  void numberAfterResolution_isNoYear() {
    assertThat(summary(steps("The situation in Darfur was referred to the Prosecutor by the Security Council in "
        + "resolution 1593.", "2015-06-10"))).containsExactly("referral-made unsc SDN -");
    assertThat(summary(steps("The situation in Libya was referred to the Prosecutor by the Security Council in "
        + "resolution 1970, which the Council adopted unanimously on 26 February 2011.", "2015-06-10")))
        .contains("referral-made unsc LBY 2011-02-26");
    // a year after "in" is still a year
    assertThat(summary(steps("The situation in Darfur was referred to the Prosecutor by the Security Council in "
        + "2005.", "2015-06-10"))).containsExactly("referral-made unsc SDN 2005");
  }

  @Test
  void stepToldAgain_onAnotherDate_isASecondStep() {
    assertThat(summary(steps("The Human Rights Council renewed the mandate of the Special Rapporteur on Belarus in "
        + "July 2013 and again in June 2014.", "2015-06-10"))).containsExactly(
            "mandate-renewed hrc BLR 2013-07", "mandate-renewed hrc BLR 2014-06");
    assertThat(summary(steps("The Human Rights Council set up a commission of inquiry on Burundi in 2016. Its mandate "
        + "was extended by resolution 36/19 in September 2017 and again by resolution 39/14 in September 2018.",
        "2019-06-10"))).containsExactly("mechanism-established hrc BDI 2016", "mandate-renewed hrc BDI 2017-09",
            "mandate-renewed hrc BDI 2018-09");
    // "and again" with no other date is not a second step
    assertThat(summary(steps("The Human Rights Council renewed the mandate of the Special Rapporteur on Belarus in "
        + "July 2013, and again urged Belarus to cooperate.", "2015-06-10")))
        .containsExactly("mandate-renewed hrc BLR 2013-07");
  }

  @Test
  void inItsReportReleasedOnADate_isThePublication() {
    assertThat(summary(steps("The commission of inquiry on Eritrea was set up in 2014. In its second report, released "
        + "in June 2016, the commission recommended that the Security Council refer the situation to the "
        + "International Criminal Court.", "2024-03-04"))).containsExactly("mechanism-established - ERI 2014",
            "report-published coi ERI 2016-06", "referral-recommended coi ERI 2016-06");
    assertThat(summary(steps("The Special Rapporteur on Iran was appointed in 2011. In her latest report, published on "
        + "3 March 2023, she documented 582 executions.", "2023-05-04")))
        .contains("report-published special-rapporteur IRN 2023-03-03");
    // a report of someone else's, released before, read by a body: no publication by the mechanism
    assertThat(summary(steps("In a report released in June 2016, Amnesty International said that the Government "
        + "of Eritrea had detained thousands.", "2024-03-04"))).isEmpty();
  }

  @Test
  void latestReportOnADayWithoutYear_isOfThePublicationYear() {
    assertThat(summary(steps("The Security Council adopted resolution 2669 on Myanmar in December 2022. An earlier "
        + "draft failed in January 2007. The Secretary-General's most recent report on Myanmar was issued on 17 "
        + "April.", "2025-05-05"))).contains("report-published secretary-general MMR 2025-04-17");
    assertThat(summary(steps("The group of experts on Nicaragua was created by the Human Rights Council in March 2022. "
        + "In its last report, presented to the Council on 26 February, the group of experts named 54 officials.",
        "2025-04-10"))).contains("report-presented independent-experts NIC 2025-02-26");
    // a report not called the latest keeps the year the text is telling
    assertThat(summary(steps("The group of experts on Nicaragua was created by the Human Rights Council in March 2022. "
        + "Its report, presented to the Council on 26 February, named 54 officials.", "2025-04-10")))
        .contains("report-presented independent-experts NIC 2022-02-26");
  }

  @Test
  void askedForAccess_isAVisitRequest() {
    assertThat(summary(steps("The commission of inquiry on Syria asked the Government for access to the country in a "
        + "letter dated 2 November 2011.", "2012-03-04"))).containsExactly("visit-requested coi SYR 2011-11-02");
    assertThat(summary(steps("The Special Rapporteur on Iran requested the authorities in Tehran for access in March "
        + "2023.", "2024-03-04"))).containsExactly("visit-requested special-rapporteur IRN 2023-03");
    // called for, or never asked: no request
    assertThat(steps("Human Rights Watch called for access for the commission of inquiry on Syria in 2012.",
        "2013-03-04")).isEmpty();
    assertThat(steps("The commission of inquiry on Syria has never asked the Government for access.",
        "2013-03-04")).isEmpty();
  }

  @Test
  void habitOfAComparisonClause_isNotTheMainVerbs() {
    assertThat(summary(steps("The Special Rapporteur on Belarus wrote to the Government in January asking to be "
        + "invited, as she has done every year since 2019.", "2024-05-10")))
        .containsExactly("visit-requested special-rapporteur BLR 2024-01");
    assertThat(summary(steps("The Human Rights Council renewed the mandate on Eritrea in July 2023, as it has done "
        + "every year since 2012.", "2024-05-10"))).containsExactly("mandate-renewed hrc ERI 2023-07");
    // the habit of the main verb itself is still no step
    assertThat(steps("The Human Rights Council has renewed the mandate on Eritrea every year since 2012.",
        "2024-05-10")).isEmpty();
  }

  @Test
  void noAnsweringAQuestion_endsItsSentence() {
    List<Sentence> split = SentenceSplitter.split("Q: Has she been let in? A: No. She wrote again in May. "
        + "See decision No. 5 and Law No. XII of 2020.");
    assertThat(split).hasSize(4);
    assertThat(summary(steps("QUESTION: Has Minsk answered the Special Rapporteur on Belarus?\n\nSPOKESPERSON: No. "
        + "She wrote to the Government in January asking to be invited.", "2025-06-26")))
        .containsExactly("visit-requested special-rapporteur BLR 2025-01");
  }

  @Test
  void councilMakingARapporteursMandate_isTheHumanRightsCouncil() {
    String before = "The Special Rapporteur on Belarus presented her report to the Human Rights Council yesterday. "
        + "The Security Council will discuss Haiti next week. ";
    assertThat(summary(steps(before + "The Council created the mandate on Belarus in 2012.", "2025-06-26")))
        .containsExactly("report-presented special-rapporteur BLR 2025-06-25", "mechanism-established hrc BLR 2012");
    assertThat(summary(steps(before + "The Council renewed her mandate on Belarus in July 2024.", "2025-06-26")))
        .containsExactly("report-presented special-rapporteur BLR 2025-06-25", "mandate-renewed hrc BLR 2024-07");
    // another mandate stays the Security Council's
    assertThat(summary(steps(before + "The Council renewed the mandate of the United Nations Mission in South Sudan "
        + "in April 2025.", "2025-06-26"))).contains("mandate-renewed unsc SSD 2025-04");
  }

  @Test
  void agreedToAVisitBy_isAVisitGranted() {
    assertThat(summary(steps("The Government of Sri Lanka agreed in May 2015 to a visit by the Special Rapporteur on "
        + "torture.", "2016-01-10"))).containsExactly("visit-granted - LKA 2015-05");
    assertThat(summary(steps("In 2018 the Government of Venezuela agreed to a visit by the High Commissioner for "
        + "Human Rights.", "2019-01-10"))).containsExactly("visit-granted - VEN 2018");
    // looking forward to a visit, or never agreeing to one, is no grant
    assertThat(steps("The Government of Sri Lanka said it looked forward to a visit by the Special Rapporteur on "
        + "torture.", "2016-01-10")).isEmpty();
    assertThat(steps("The Government of Sri Lanka has never agreed to a visit by the Special Rapporteur on "
        + "torture.", "2016-01-10")).isEmpty();
  }

  @Test
  void citationMarkersAfterAFullStop_endTheSentence() {
    assertThat(SentenceSplitter.split("The mission was refused entry in 2020.[9] By contrast, the Government agreed "
        + "to a visit in 2019.[10][11] See A/HRC/RES/42/25.[3]\nIt said \"no\".[4] Then it left.")).hasSize(5);
    assertThat(summary(steps("The Government of Venezuela refused the fact-finding mission entry in 2020.[9] By "
        + "contrast, the Government agreed in May 2019 to a visit by the High Commissioner.[10]", "2024-05-10")))
        .containsExactly("visit-refused - VEN 2020", "visit-granted - VEN 2019-05");
    // a bracket that is no citation stays inside the sentence
    assertThat(SentenceSplitter.split("The text was adopted. [Applause] The meeting rose.")).hasSize(2);
  }

  @Test
  void creationToldAsBackground_isNoStep() {
    // "Its creation followed ...": the creation told elsewhere, no step
    assertThat(steps("The commission of inquiry on Eritrea was a body of three experts. Its creation followed two "
        + "years of monitoring.", "2024-03-04")).isEmpty();
    assertThat(steps("The Independent Investigative Mechanism for Myanmar collects evidence. Their creation came "
        + "after years of reports.", "2024-03-04")).isEmpty();
    // a creation with its body and date is still one
    assertThat(summary(steps("The report recalls the creation of the commission of inquiry on Eritrea by the Human "
        + "Rights Council in June 2014.", "2024-03-04"))).containsExactly("mechanism-established hrc ERI 2014-06");
  }
}
