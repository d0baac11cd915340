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
 * General rules added after the ninth held-out set (resolution texts and reports that cite earlier
 * resolutions by number and date, meeting records, numeric dates): each test states one rule on
 * sentences written for the test, not taken from any evaluation text.
 */
class GeneralRulesRound9Test {

  @Test
  void resolutionCitedByNumberAndDate_isAnAdoptionByTheBodyItsNames() {
    // a preambular paragraph of a resolution: "its" is the body that opens the text
    assertThat(summary(steps("The General Assembly,\n\nBearing in mind its resolution 77/230 of 15 December 2022 on "
        + "the situation of human rights in Myanmar,\n\nNoting with concern the reports received,", "2023-12-19")))
        .containsExactly("resolution-adopted ga MMR 2022-12-15");
    // a report: "pursuant to its resolution", the body named before it
    assertThat(summary(steps("This note is transmitted to the Human Rights Council pursuant to its resolution 51/4 "
        + "of 6 October 2022 on Afghanistan, in which it asked for an update.", "2023-03-01")))
        .containsExactly("resolution-adopted hrc AFG 2022-10-06");
    // fronted: "By its resolution ..., the Council"
    assertThat(summary(steps("By its resolution 46/17 of 23 March 2021, the Human Rights Council asked the "
        + "High Commissioner to follow the situation in Sri Lanka.", "2021-09-10")))
        .containsExactly("resolution-adopted hrc LKA 2021-03-23");
    // a resolution named without its date, or someone else's text, is no step
    assertThat(steps("The Government of Sri Lanka rejected resolution 46/1 as politically motivated.", "2021-09-10"))
        .isEmpty();
    assertThat(steps("Amnesty International recalled its report of 3 May 2021 on Sri Lanka.", "2021-09-10"))
        .isEmpty();
  }

  @Test
  void operativeParagraphOfAResolutionText_isTheStepOfTheBodyThatOpensIt() {
    String text = "Resolution adopted by the General Assembly on 18 December 2023\n\n"
        + "The General Assembly,\n\nGuided by the Charter of the United Nations,\n\n"
        + "1. Welcomes the cooperation of several States;\n\n"
        + "2. Decides to renew the mandate of the Independent Expert on the situation of human rights in Haiti "
        + "for a further year;\n\n3. Decides to remain seized of the matter.\n\n"
        + "[Adopted by a recorded vote of 101 to 12, with 40 abstentions.]";
    List<Step> steps = steps(text, "2023-12-18");
    assertThat(summary(steps)).containsExactly("resolution-adopted ga HTI 2023-12-18",
        "mandate-renewed ga HTI 2023-12-18");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(101, 12, 40));
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).contains(Tally.of(101, 12, 40));
    // "Decides to extend" in its own words, the text adopted without a vote
    steps = steps("Resolution adopted by the Human Rights Council on 6 October 2023\n\nThe Human Rights Council,\n\n"
        + "1. Decides to extend, for a period of one year, the mandate of the Special Rapporteur on the situation "
        + "of human rights in Burundi;\n\n[Adopted without a vote.]", "2023-10-06");
    assertThat(summary(steps)).containsExactly("resolution-adopted hrc BDI 2023-10-06",
        "mandate-renewed hrc BDI 2023-10-06");
    // outside a resolution's own text, "decides to" opening a line is no step
    assertThat(steps("The committee decides to extend the deadline.\n\nDecides to extend the mandate of the "
        + "working group on the draft declaration;", "2023-10-06")).isEmpty();
  }

  @Test
  void numberedMeetingHeldOnADay_isAMeetingOfTheBody() {
    assertThat(summary(steps("At its 8,512th meeting, held on 3 May 2019, the Security Council took up the "
        + "situation in Haiti.", "2019-05-03"))).containsExactly("meeting-held unsc HTI 2019-05-03");
    assertThat(summary(steps("The Security Council held its 7,001st meeting on 9 March 2021 on the situation in "
        + "Yemen.", "2021-03-10"))).containsExactly("meeting-held unsc YEM 2021-03-09");
    // a meeting that was only put off is no step
    assertThat(steps("The Security Council meeting on Yemen was postponed.", "2021-03-10")).isEmpty();
    // a meeting someone only takes part in, or one not held by a UN body, is no step
    assertThat(steps("The representative of Haiti was invited to take part in the Security Council meeting on "
        + "the situation in Haiti.", "2019-05-03")).isEmpty();
    assertThat(steps("Haitian activists held a meeting in Geneva on 3 May 2019 on the situation in Haiti.",
        "2019-05-03")).isEmpty();
  }

  @Test
  void leadDateToldInAFrontedClause_datesTheBodysLaterVotes() {
    List<Step> steps = steps("At its 8,600th meeting, held on 20 August 2019, the Security Council took up the "
        + "situation in Yemen.\n\nThe draft resolution was not adopted, owing to the negative vote of a permanent "
        + "member of the Council.", "2019-08-20");
    assertThat(summary(steps)).containsExactly("meeting-held unsc YEM 2019-08-20", "veto-cast unsc YEM 2019-08-20");
    steps = steps("On 20 August 2019, at a public meeting, the Security Council voted on a draft on Yemen.\n\n"
        + "The draft failed owing to the negative vote of a permanent member.", "2019-08-21");
    assertThat(summary(steps)).contains("veto-cast unsc YEM 2019-08-20");
    // a date in a fronted clause that is not the body's own sitting does not date later votes
    steps = steps("At a press conference held on 20 August 2019, activists said the Security Council was "
        + "divided on Yemen.\n\nThe draft resolution was not adopted, owing to the negative vote of a permanent "
        + "member of the Council.", "2019-08-21");
    assertThat(summary(steps)).containsExactly("veto-cast unsc YEM -");
  }

  @Test
  void participleDatedBeforeItsVote_takesTheMainClausesBody() {
    List<Step> steps = steps("The Security Council met on Monday. In resolution 2500 (2020), adopted on 4 March "
        + "2020 by 13 votes in favour, none against and 2 abstentions, the Council backed the talks on Myanmar.",
        "2021-05-03");
    assertThat(summary(steps)).contains("resolution-adopted unsc MMR 2020-03-04");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(13, 0, 2));
    assertThat(summary(steps("Through a text on Eritrea, adopted in July 2019 without a vote, the Human Rights "
        + "Council kept the rapporteur in place.", "2021-05-03"))).contains("resolution-adopted hrc ERI 2019-07");
    // a participle with no vote after its date names no adoption by the body that follows
    assertThat(summary(steps("In the constitution, adopted on 4 March 2020 after a referendum, the Security "
        + "Council saw a step towards peace in Myanmar.", "2021-05-03")))
        .noneMatch(x -> x.startsWith("resolution-adopted"));
  }

  @Test
  void presentReportSubmitted_isPublishedByTheAuthorItsTitleNames() {
    assertThat(summary(steps("Situation of human rights in Myanmar - Report of the Secretary-General\n\n"
        + "Summary\n\nThe present report is submitted pursuant to General Assembly resolution 77/227 and "
        + "covers the year to 31 July 2023.", "2023-08-21"))).containsExactly("report-published secretary-general MMR 2023-08-21");
    assertThat(summary(steps("Report of the Special Rapporteur on the situation of human rights in Burundi\n\n"
        + "This report is presented to the Human Rights Council in accordance with its resolution 54/24.",
        "2024-06-20"))).contains("report-published special-rapporteur BDI 2024-06-20");
    // a report only announced, or one with no author named, is no publication
    assertThat(steps("Situation of human rights in Myanmar - Report of the Secretary-General\n\n"
        + "The report will be submitted to the General Assembly in October.", "2023-08-21")).isEmpty();
    assertThat(steps("Situation in Myanmar\n\nThe present report is submitted pursuant to a request of the "
        + "donors.", "2023-08-21")).isEmpty();
  }
}
