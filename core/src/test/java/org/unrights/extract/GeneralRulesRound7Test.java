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
 * General rules added after the seventh held-out set (nominalisations, relative clauses after an
 * adoption, visits told with a state or a role as subject, abstracts and government statements):
 * each test states one rule on sentences written for the test, not taken from any evaluation text.
 */
class GeneralRulesRound7Test {

  @Test
  void nominalisedEstablishment_takesTheAgentAfterItsObject() {
    assertThat(summary(steps("This chapter begins with the creation of the independent international commission of "
        + "inquiry on Libya (the commission) by the Human Rights Council in February 2011.", "2019-05-01")))
        .containsExactly("mechanism-established hrc LBY 2011-02");
    List<Step> steps = steps("The study looks closely at the establishment of a new investigative mechanism on "
        + "Myanmar, with a mandate to collect evidence, by the Human Rights Council in September 2018, through "
        + "the adoption of resolution 39/2 by a recorded vote of 35 to 3, with 7 abstentions.", "2020-02-01");
    assertThat(summary(steps)).containsExactlyInAnyOrder("mechanism-established hrc MMR 2018-09",
        "resolution-adopted hrc MMR 2018-09");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(35, 3, 7));
    assertThat(summary(steps("The second part turns to the establishment of the fact-finding mission on Venezuela "
        + "by the Human Rights Council in September 2019.", "2021-01-10")))
        .containsExactly("mechanism-established hrc VEN 2019-09");
    // "to" before a verb still looks ahead
    assertThat(steps("The Human Rights Council was ready to create a commission of inquiry on Eritrea.",
        "2019-05-01")).isEmpty();
    // a creation only called for is no step
    assertThat(steps("Survivors called for the creation of a commission of inquiry on Eritrea by the Human "
        + "Rights Council.", "2019-05-01")).isEmpty();
    // the adoption of something other than a text is no resolution
    assertThat(steps("Following the adoption of the new constitution, the Human Rights Council welcomed the "
        + "progress made by Chile.", "2019-05-01")).isEmpty();
    // an adoption only campaigned for is no step either
    assertThat(steps("Several delegations campaigned for the adoption of a resolution on Belarus by the Human "
        + "Rights Council.", "2019-05-01")).isEmpty();
  }

  @Test
  void relativeClauseAfterAnAdoption_isTheResolutionsStep() {
    List<Step> steps = steps("The Human Rights Council today renewed the mandate of the commission of inquiry on "
        + "Burundi. In October 2016 it adopted a resolution by a vote of 19 to 7, with 21 abstentions, that set up "
        + "the commission.", "2018-01-15");
    assertThat(summary(steps)).containsExactly("mandate-renewed hrc BDI 2018-01-15",
        "resolution-adopted hrc BDI 2016-10", "mechanism-established hrc BDI 2016-10");
    assertThat(tallyOf(steps, StepType.MECHANISM_ESTABLISHED)).contains(Tally.of(19, 7, 21));
    // "extends ... the Group of Experts": a mechanism as the object of "extend" is a renewal
    steps = steps("Eritrea rejects resolution A/HRC/50/L.3, adopted on 7 July 2022 by a vote of 21 in favour, "
        + "11 against and 15 abstentions, which extends for one more year the so-called group of experts on Eritrea.",
        "2022-07-08");
    assertThat(summary(steps)).containsExactly("resolution-adopted hrc ERI 2022-07-07",
        "mandate-renewed hrc ERI 2022-07-07");
    // extending support to a commission renews nothing
    assertThat(summary(steps("The Human Rights Council adopted a resolution on Mali on 5 April 2019, and "
        + "Mali extended its full cooperation to the commission of inquiry.", "2019-04-06")))
        .containsExactly("resolution-adopted hrc MLI 2019-04-05");
  }

  @Test
  void mechanismOfTheDay_takesTheVoteOfTheResolutionOnTheSameState() {
    List<Step> steps = steps("The Human Rights Council today voted to create a commission of inquiry on Yemen.\n\n"
        + "The resolution was adopted by 25 votes in favour, 10 against and 12 abstentions.\n\n"
        + "In the same text, the Council renewed for a year the mandate of the Special Rapporteur on Yemen.\n\n"
        + "The Council also set up a group of experts on Libya.", "2021-10-07");
    assertThat(summary(steps)).containsExactly("mechanism-established hrc YEM 2021-10-07",
        "resolution-adopted hrc YEM 2021-10-07", "mandate-renewed hrc YEM 2021-10-07",
        "mechanism-established hrc LBY 2021-10-07");
    assertThat(steps.get(0).tally()).contains(Tally.of(25, 10, 12));
    assertThat(steps.get(2).tally()).contains(Tally.of(25, 10, 12));
    assertThat(steps.get(3).tally()).isEmpty(); // another state: another text
  }

  @Test
  void ffm_isAFactFindingMission() {
    assertThat(summary(steps("The Human Rights Council established the FFM on Libya in June 2020. In October 2021 "
        + "the FFM published its first report on Libya. The FFM will present another report in March.", "2022-01-20")))
        .containsExactly("mechanism-established hrc LBY 2020-06", "report-published coi LBY 2021-10");
  }

  @Test
  void visitRequestSent_byTheMandateHolderOrTheGroup_isARequest() {
    assertThat(summary(steps("The Special Rapporteur on torture has long sought access to Egypt. The first request "
        + "for a visit was sent to the Egyptian Government by the mandate holder in March 2018.", "2020-06-01")))
        .containsExactly("visit-requested special-rapporteur EGY 2018-03");
    assertThat(summary(steps("The Group of Experts on Eritrea has written to the authorities several times. On 3 May "
        + "2022 the Group sent the Eritrean mission a note requesting permission to visit the country.",
        "2022-06-01"))).containsExactly("visit-requested independent-experts ERI 2022-05-03");
    // a request named only as the object of a refusal is the refusal, not a request
    assertThat(summary(steps("The Special Rapporteur on Eritrea said the Government has also refused every request "
        + "to visit made by the mandate holder since 2012.", "2022-06-01"))).doesNotContain(
        "visit-requested special-rapporteur ERI -");
    assertThat(summary(steps("The Special Rapporteur on Belarus said the authorities refused her request for a visit "
        + "in 2021.", "2022-06-01"))).containsExactly("visit-refused - BLR 2021");
  }

  @Test
  void anyMechanismCreated_isNoEstablishment() {
    assertThat(steps("The Government of Nicaragua rejects any mechanism created outside the principles of "
        + "objectivity by the Human Rights Council.", "2022-06-01")).isEmpty();
    assertThat(steps("The Government said it would oppose every commission of inquiry set up by the Council.",
        "2022-06-01")).isEmpty();
  }

  @Test
  void invitationSentToAVisitor_isAVisitGranted() {
    assertThat(summary(steps("In January 2020 the Tunisian authorities sent an invitation to the Special Rapporteur "
        + "on counter-terrorism.", "2020-06-01"))).containsExactly("visit-granted - TUN 2020-01");
    assertThat(summary(steps("The Government of Peru extended an invitation to the Working Group on Arbitrary "
        + "Detention in 2018.", "2020-06-01"))).containsExactly("visit-granted - PER 2018");
    assertThat(steps("The Government of Iran has never sent an invitation to the Special Rapporteur on Iran.",
        "2020-06-01")).isEmpty();
  }

  @Test
  void requestRejected_afterAVisitRequest_isARefusal_andRefusingToLetAVisitorCome() {
    assertThat(summary(steps("On 2 March the Special Rapporteur on Burundi asked to visit the country. The "
        + "Government replied today and rejected the request.", "2023-03-20")))
        .containsExactly("visit-requested special-rapporteur BDI 2023-03-02", "visit-refused - BDI 2023-03-20");
    // no visit asked for: a request rejected is no refusal of a visit
    assertThat(steps("The Human Rights Council asked Burundi to release the journalists. The Government of Burundi "
        + "rejected the request.", "2023-03-20")).isEmpty();
    assertThat(summary(steps("In 2019 the Government refused to let the Working Group on Enforced or Involuntary "
        + "Disappearances come to Sri Lanka.", "2020-06-01"))).containsExactly("visit-refused - LKA 2019");
    assertThat(steps("In 2019 the Government of Sri Lanka refused to let the journalists leave the country.",
        "2020-06-01")).isEmpty();
  }

  @Test
  void theMonthMay_isNoModal() {
    assertThat(summary(steps("On 3 May 2022 the Human Rights Council adopted a resolution on Eritrea.", "2022-06-01")))
        .containsExactly("resolution-adopted hrc ERI 2022-05-03");
    assertThat(summary(steps("In May the Human Rights Council adopted a resolution on Eritrea.", "2022-06-01")))
        .containsExactly("resolution-adopted hrc ERI 2022-05");
    assertThat(steps("The Human Rights Council may adopt a resolution on Eritrea in June.", "2022-06-01")).isEmpty();
  }

  @Test
  void monthThisYearOrLastYear_isThatMonth() {
    assertThat(summary(steps("Fighting in Mali grew worse in 2021. In June this year, the Special Rapporteur "
        + "presented a report on Mali to the Human Rights Council.", "2025-10-06")))
        .containsExactly("report-presented special-rapporteur MLI 2025-06");
    assertThat(summary(steps("The Independent Expert on Haiti asked to visit Haiti in August last year.",
        "2025-03-25"))).containsExactly("visit-requested special-rapporteur HTI 2024-08");
    assertThat(summary(steps("Earlier this year the Human Rights Council adopted a resolution on Mali.",
        "2025-03-25"))).containsExactly("resolution-adopted hrc MLI 2025");
  }

  @Test
  void vetoCastBy_isAVeto_onlyWithAPermanentMemberAsAgent() {
    assertThat(summary(steps("The veto cast by China in July 2020 against a draft on cross-border aid to Syria "
        + "ended the operation.", "2021-01-10"))).containsExactly("veto-cast unsc SYR 2020-07");
    assertThat(summary(steps("Observers recalled the vetoes cast by the Russian Federation and China in January 2007 "
        + "against a British-drafted text on Myanmar.", "2021-01-10"))).containsExactly("veto-cast unsc MMR 2007-01");
    // the vetoers listed after "by" are not the subject state: the document's topic is
    assertThat(summary(steps("The Security Council has discussed Libya for years. The double veto cast by the United "
        + "States and France in March 1999 against the draft text was widely criticised.", "2021-01-10")))
        .containsExactly("veto-cast unsc LBY 1999-03");
    assertThat(steps("A veto cast by any permanent member can block a draft resolution on Syria.", "2021-01-10"))
        .isEmpty();
  }

  @Test
  void findingsPresentedAtAPressConference_arePublished_andItsReportIsTheReportersNamedBefore() {
    assertThat(summary(steps("The Independent Expert on the Central African Republic presented her preliminary findings "
        + "at a press conference in Bangui on 12 March 2023.", "2023-03-20")))
        .containsExactly("report-published special-rapporteur CAF 2023-03-12");
    assertThat(summary(steps("The Independent Expert on the Central African Republic presented her report to the "
        + "Human Rights Council on 30 September 2023.", "2023-10-20")))
        .containsExactly("report-presented special-rapporteur CAF 2023-09-30");
    assertThat(summary(steps("Eritrea has never cooperated with the commission of inquiry on Eritrea. Its report, "
        + "presented to the Human Rights Council on 8 June 2015, described crimes against humanity.", "2015-07-01")))
        .containsExactly("report-presented coi ERI 2015-06-08");
    // a press conference after the report was presented to a body leaves it presented
    assertThat(summary(steps("The Independent Expert on the Central African Republic presented her report to the "
        + "Human Rights Council on 30 September 2023 and then spoke at a press conference.", "2023-10-20")))
        .containsExactly("report-presented special-rapporteur CAF 2023-09-30");
    assertThat(summary(steps("Eritrea has ignored the Group of Experts on Eritrea. Its so-called report, presented to "
        + "the Human Rights Council on 5 March 2024, is a compilation of lies.", "2024-04-01")))
        .containsExactly("report-presented independent-experts ERI 2024-03-05");
    assertThat(steps("The Government of Eritrea published its annual budget. Its report, presented to Parliament on "
        + "8 June 2015, was long.", "2015-07-01")).isEmpty();
  }

  @Test
  void dayAndMonthGivenInFullBefore_keepTheirYear() {
    List<Step> steps = steps("The Special Rapporteur on Chad, whose visit lasted from 23 September until 4 October "
        + "2024, met officials. "
        + "She had asked to visit in June 2017, and the Government invited her to visit in November 2023. "
        + "On 4 October, the Special Rapporteur presented her findings at a press conference in Chad.", "2024-10-07");
    assertThat(summary(steps)).contains("report-published special-rapporteur TCD 2024-10-04");
    // another day takes the running year as before
    assertThat(summary(steps("The Human Rights Council adopted a resolution on Chad on 4 October 2019. In March 2021 "
        + "the Council adopted a resolution on Chad. On 5 October, the Council adopted a resolution on Chad.",
        "2022-01-10"))).containsExactly("resolution-adopted hrc TCD 2019-10-04", "resolution-adopted hrc TCD 2021-03",
        "resolution-adopted hrc TCD 2021-10-05");
  }
}
