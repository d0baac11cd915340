package org.unrights.extract;

import static org.unrights.extract.RuleSentences.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * General rules added after the fourth look at the real-text development sets (news wires,
 * newspapers, NGO, government and encyclopedia texts): each test states one rule on sentences
 * written for the test, not taken from any evaluation text.
 */
class RealRules4Test {

  @Test
  void presentTenseHeadlineOfTheUn_isTheLeadsBody() {
    // "UN sets up ...": the body the lead names acted; the step merges with the lead's own
    assertThat(summary("UN sets up inquiry into abuses\n\nGENEVA - The UN Human Rights Council on Friday condemned "
        + "killings in Mali and decided to send a team of experts there.", "2015-03-14"))
        .contains("mechanism-established hrc MLI 2015-03-13");
    assertThat(summary("UN extends mandate of expert on Mali\n\nThe UN Human Rights Council on Friday extended the "
        + "mandate of the independent expert on Mali by 20 votes to 7.", "2015-03-14"))
        .containsExactly("mandate-renewed hrc MLI 2015-03-13");
    assertThat(summary("Council creates expert mission on Mali\n\nThe Commission on Human Rights met in Geneva on "
        + "Friday.", "1995-03-14")).contains("mechanism-established chr MLI 1995-03-10");
    // the UN is not the subject of the trigger: a call, no step
    assertThat(summary("UN chief says council should set up inquiry on Mali\n\nThe UN Human Rights Council on Friday "
        + "debated the situation in Mali.", "2015-03-14")).doesNotContain("mechanism-established hrc MLI 2015-03-13")
        .noneMatch(x -> x.startsWith("mechanism-established"));
    // not the first line: no headline
    assertThat(summary("GENEVA - Rights groups met on Friday.\nUN sets up inquiry into abuses in Mali\n\nThe UN Human "
        + "Rights Council debated Mali.", "2015-03-14")).noneMatch(x -> x.startsWith("mechanism-established"));
  }

  @Test
  void formerYugoslavia_isAState() {
    assertThat(summary("The Commission on Human Rights adopted a resolution on the former Yugoslavia.", "1992-08-15"))
        .containsExactly("resolution-adopted chr YUG -");
    // the tribunal's name names no subject
    assertThat(summary("The Commission on Human Rights adopted a resolution calling on States to cooperate with the "
        + "International Criminal Tribunal for the Former Yugoslavia.", "1995-03-01"))
        .containsExactly("resolution-adopted chr - -");
  }

  @Test
  void appointedWithNoAppointer_hasNoActor() {
    // a reporter's "special investigator", appointed by no one named
    assertThat(summary("Lopez was appointed in May as the special investigator for human rights in Belarus.",
        "2012-03-24")).containsExactly("holder-appointed - BLR 2011-05");
    // the appointer named, or the mandate's title: the Council
    assertThat(summary("Lopez was appointed in May by the Human Rights Council as the special investigator for human "
        + "rights in Belarus.", "2012-03-24")).containsExactly("holder-appointed hrc BLR 2011-05");
    assertThat(summary("Belarus has rejected every request of the Special Rapporteur on the situation of human rights "
        + "in Belarus, Ana Lopez, who was appointed in 2012.", "2014-03-24"))
        .contains("holder-appointed hrc BLR 2012");
  }

  @Test
  void stateNotLettingTheHolderIn_refusedTheVisit() {
    // the holder named before, then by surname or pronoun
    assertThat(summary("The Special Rapporteur on Haiti, Ana Lopez, asked to visit. Haiti has refused to allow Lopez "
        + "to travel to Haiti.", "1995-03-01")).contains("visit-refused - HTI -");
    assertThat(summary("The Special Rapporteur on Haiti, Ana Lopez, asked to visit. Haiti has refused to allow her "
        + "to travel to the country.", "1995-03-01")).contains("visit-refused - HTI -");
    // someone else, or a name the text never gave: no refused visit
    assertThat(summary("The Special Rapporteur on Haiti, Ana Lopez, asked to visit. Haiti has refused to allow "
        + "journalists to travel to the north.", "1995-03-01")).noneMatch(x -> x.startsWith("visit-refused"));
    assertThat(summary("The Special Rapporteur on Haiti, Ana Lopez, asked to visit. Haiti has refused to allow Smith "
        + "to travel to Haiti.", "1995-03-01")).noneMatch(x -> x.startsWith("visit-refused"));
  }

  @Test
  void topicLabelBeforeTheUnHeadline_andTheLeadsDay() {
    // "Mali: the UN ...": the state before the colon is the topic, not the subject; the lead's day dates it
    assertThat(summary("Mali: the UN dispatches an expert mission\n\nOn 18 December 2015 the UN Human Rights Council "
        + "adopted a resolution on Mali.", "2015-12")).containsExactly("mechanism-established hrc MLI 2015-12-18",
        "resolution-adopted hrc MLI 2015-12-18");
    // a call in the headline is no step
    assertThat(summary("Mali: UN chief says council should set up an expert mission\n\nOn 18 December 2015 the UN "
        + "Human Rights Council met on Mali.", "2015-12")).noneMatch(x -> x.startsWith("mechanism-established"));
  }

  @Test
  void reportedInItsReport_isThatReportPublished() {
    assertThat(summary("The crisis in Belarus worsened. The Office of the United Nations High Commissioner for Human "
        + "Rights reported the following in its 2019 report:", "2022-03"))
        .containsExactly("report-published ohchr BLR 2019");
    assertThat(summary("The crisis in Belarus worsened. The Special Rapporteur on Belarus said in her latest report "
        + "that torture was widespread.", "2022-03")).containsExactly("report-published special-rapporteur BLR -");
    // a report to come, or a voting body's words in its resolution: none
    assertThat(summary("The crisis in Belarus worsened. The Special Rapporteur on Belarus will say in her next report "
        + "that torture was widespread.", "2022-03")).isEmpty();
    assertThat(summary("The crisis in Belarus worsened. The Human Rights Council said in its resolution that the report "
        + "was due.", "2022-03")).isEmpty();
  }

  @Test
  void adoptedAtASession_isTheVotingBodyLastNamed() {
    assertThat(summary("The Human Rights Council has dealt with Belarus for years. The first resolution on Belarus was "
        + "adopted at the 20th session in June 2012.", "2022-03")).containsExactly("resolution-adopted hrc BLR 2012-06");
    // no voting body named: none assumed
    assertThat(summary("Belarus has been criticised for years. The first resolution on Belarus was adopted at the 20th "
        + "session in June 2012.", "2022-03")).isEmpty();
    // counted texts tabled, and an average of votes, are no step and no tally
    assertThat(summary("The Human Rights Council has dealt with Belarus for years. The first resolution on Belarus was "
        + "adopted at the 20th session in June 2012. All six resolutions have been tabled by Poland, with an average "
        + "of 21 votes in favour, six votes against and 20 abstentions.", "2022-03"))
        .containsExactly("resolution-adopted hrc BLR 2012-06");
    assertThat(RuleSentences.steps("The Human Rights Council has dealt with Belarus for years. The first resolution on "
        + "Belarus was adopted at the 20th session in June 2012. All six resolutions have been tabled by Poland, with "
        + "an average of 21 votes in favour, six votes against and 20 abstentions.", "2022-03").get(0).tally()).isEmpty();
  }

  @Test
  void mechanismCreatedByABodysResolution_tellsItsAdoption() {
    assertThat(summary("The mission on Belarus was created on 6 October 2021 by Human Rights Council resolution 48/7.",
        "2023-01-01")).containsExactlyInAnyOrder("mechanism-established hrc BLR 2021-10-06",
        "resolution-adopted hrc BLR 2021-10-06");
    // the adoption told already: no second one
    assertThat(summary("The Human Rights Council adopted a resolution on Belarus on 6 October 2021. The mission on "
        + "Belarus was created on 6 October 2021 by Human Rights Council resolution 48/7.", "2023-01-01"))
        .filteredOn(x -> x.startsWith("resolution-adopted")).hasSize(1);
  }
}
