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
 * General rules added after a development set of real UN official outputs (press releases, OHCHR
 * items, UN News): each test states one rule on sentences written for the test, not taken from any
 * evaluation text, with a negative case.
 */
class RealRules2Test {

  @Test
  void specialSessionToldAsEnded_wasHeld() {
    assertThat(summary(steps("The Human Rights Council on Friday concluded its twentieth special session on Mali.",
        "2024-03-08"))).containsExactly("meeting-held hrc MLI 2024-03-08");
    assertThat(summary(steps("The Human Rights Council on Friday closed its special session on the situation in "
        + "Mali.", "2024-03-08"))).containsExactly("meeting-held hrc MLI 2024-03-08");
    assertThat(summary(steps("The Commission on Human Rights on Monday wrapped up a special session on Chad.",
        "1998-03-09"))).containsExactly("meeting-held chr TCD 1998-03-09");
    // the session as the subject
    assertThat(summary(steps("The twentieth Special Session of the Human Rights Council on Mali concluded on "
        + "Friday.", "2024-03-08"))).containsExactly("meeting-held hrc MLI 2024-03-08");
    // a regular session, an ending still to come, a visit: none
    assertThat(summary(steps("The Human Rights Council on Friday concluded its fifty-fifth regular session.",
        "2024-03-08"))).doesNotContain("meeting-held hrc null 2024-03-08");
    assertThat(summary(steps("The Human Rights Council will close its special session on Mali on Friday.",
        "2024-03-08"))).isEmpty();
    assertThat(summary(steps("The Special Rapporteur on Mali concluded a ten-day visit on Friday.",
        "2024-03-08"))).isEmpty();
  }

  @Test
  void gerundAfterAfter_takesTheSubjectOfTheClauseBefore() {
    assertThat(summary(steps("The Human Rights Council ended its day on Friday after adopting a resolution on "
        + "Mali.", "2024-03-08"))).containsExactly("resolution-adopted hrc MLI 2024-03-08");
    assertThat(summary(steps("The twentieth special session of the Human Rights Council on Mali concluded on "
        + "Friday after adopting a resolution on Mali.", "2024-03-08")))
        .containsExactlyInAnyOrder("meeting-held hrc MLI 2024-03-08", "resolution-adopted hrc MLI 2024-03-08");
    // a state as the subject: no body adopted
    assertThat(summary(steps("Mali left the talks on Friday after adopting a resolution on its elections.",
        "2024-03-08"))).isEmpty();
  }

  @Test
  void passiveAdoptionWithARelativeClause_isTheAdoptionOfTheBodyNamedInIt() {
    List<Step> steps = steps("The Human Rights Council took up these texts on Friday:\n\n- A resolution on the "
        + "situation in Mali, adopted by a recorded vote of 27 in favour, 5 against and 15 abstentions, by which "
        + "the Council extended the mandate of the Independent Expert on Mali for a year.", "2024-03-08");
    assertThat(summary(steps)).containsExactlyInAnyOrder("resolution-adopted hrc MLI 2024-03-08",
        "mandate-renewed hrc MLI 2024-03-08");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(27, 5, 15));
    // a relative clause whose subject is no body gives no adoption
    assertThat(summary(steps("The Human Rights Council met on Friday.\n\n- A law on the press in Mali, adopted by "
        + "parliament last year, by which the Government restricted reporting.", "2024-03-08")))
        .doesNotContain("resolution-adopted hrc MLI 2024-03-08");
  }

  @Test
  void pluralTextsOnAListOfStates_areOneAdoptionEach() {
    assertThat(summary(steps("The Third Committee on Tuesday approved draft texts on Belarus, Myanmar and Eritrea.",
        "2024-11-19"))).containsExactlyInAnyOrder("resolution-adopted ga-third-committee BLR 2024-11-19",
        "resolution-adopted ga-third-committee MMR 2024-11-19", "resolution-adopted ga-third-committee ERI 2024-11-19");
    // a count that equals the items, and a last item that names no state (a thematic text)
    assertThat(summary(steps("The Human Rights Council on Friday closed its session after adopting two resolutions "
        + "on Belarus and on the right to water.", "2024-07-12")))
        .containsExactlyInAnyOrder("resolution-adopted hrc BLR 2024-07-12", "resolution-adopted hrc - 2024-07-12");
    // a count that does not match is a summary; a list after "the situation in" may be one text
    assertThat(summary(steps("The Human Rights Council on Friday closed its session after adopting 31 resolutions "
        + "on Belarus and on the right to water.", "2024-07-12"))).isEmpty();
    assertThat(summary(steps("The Third Committee on Tuesday approved a draft resolution on the situation in "
        + "Belarus, Myanmar and Eritrea.", "2024-11-19"))).hasSize(1);
  }

  @Test
  void passiveRecordedVoteAfterASentenceNamingTheBody_isItsAdoption() {
    List<Step> steps = steps("The Third Committee today took action on a set of drafts on country situations.\n\n"
        + "In a tense debate on a draft on the situation in Belarus, which was approved by a recorded vote of 80 in "
        + "favour to 20 against, with 70 abstentions, several delegations spoke.", "2024-11-19");
    assertThat(summary(steps)).containsExactly("resolution-adopted ga-third-committee BLR 2024-11-19");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(80, 20, 70));
    // no body named in the sentence before: nothing
    assertThat(summary(steps("Delegates met today.\n\nIn a tense debate on a draft on the situation in Belarus, "
        + "which was approved by a recorded vote of 80 in favour to 20 against, with 70 abstentions, several "
        + "delegations spoke.", "2024-11-19"))).isEmpty();
  }

  @Test
  void todayInAStoryDatedOnlyToItsMonthOrYear_isThatMonthOrYear() {
    assertThat(summary(steps("The Human Rights Council today adopted a resolution on Belarus.", "2024-07")))
        .containsExactly("resolution-adopted hrc BLR 2024-07");
    assertThat(summary(steps("The Human Rights Council this afternoon adopted a resolution on Belarus.", "2024")))
        .containsExactly("resolution-adopted hrc BLR 2024");
    // no publication date: still none
    assertThat(summary(steps("The Human Rights Council today adopted a resolution on Belarus.",
        java.util.Optional.empty()))).containsExactly("resolution-adopted hrc BLR -");
  }

  @Test
  void headlineStep_takesTheLeadDay() {
    assertThat(summary(steps("Human Rights Council adopts texts on Belarus and Myanmar\n\nThe Human Rights Council this "
        + "afternoon adopted a resolution on Belarus.", "2024-07-12")))
        .containsExactlyInAnyOrder("resolution-adopted hrc BLR 2024-07-12", "resolution-adopted hrc MMR 2024-07-12");
    // a headline step of another body than the lead's keeps no date
    assertThat(summary(steps("General Assembly adopts text on Belarus\n\nThe Human Rights Council this afternoon "
        + "adopted a resolution on Myanmar.", "2024-07-12"))).contains("resolution-adopted ga BLR -");
  }

  @Test
  void negativeVotesOfPermanentMembers_areAVeto_andThePreventedAdoptionIsNone() {
    List<Step> steps = steps("Two permanent members cast negative votes in the Security Council today, blocking a draft "
        + "resolution on Mali. The text failed to pass by a vote of 12 in favour to 2 against (China, Russian "
        + "Federation), with 1 abstention.", "2024-03-08");
    assertThat(summary(steps)).containsExactly("veto-cast unsc MLI 2024-03-08");
    assertThat(tallyOf(steps, StepType.VETO_CAST)).contains(Tally.of(12, 2, 1));
    assertThat(summary(steps("Negative Votes Prevent Security Council from Adopting Draft on Mali", "2024-03-08")))
        .containsExactly("veto-cast unsc MLI -");
    // negative votes of elected members are no veto; a rival text that failed stays a rejection
    assertThat(summary(steps("Three elected members cast negative votes in the Security Council on the draft "
        + "resolution on Mali, which was adopted by 12 votes.", "2024-03-08")))
        .doesNotContain("veto-cast unsc MLI -", "veto-cast unsc MLI 2024-03-08");
    assertThat(summary(steps("Russia vetoed a draft resolution on Mali in the Security Council on Friday. A rival "
        + "text on Mali then failed to pass.", "2024-03-08"))).hasSize(2);
  }

  @Test
  void votersAfterWith_areNotTheVetoesState_andEarlierTextsAreNoAdoption() {
    assertThat(summary(steps("A draft resolution on Mali was not adopted by the Security Council today. Permanent "
        + "members China and Russia vetoed the text, with Algeria and Mozambique also voting against it.",
        "2024-03-08"))).containsExactly("veto-cast unsc MLI 2024-03-08");
    assertThat(summary(steps("The Security Council adopted a resolution on Mali today. Its text was based on "
        + "language approved in previous resolutions.", "2024-03-08")))
        .containsExactly("resolution-adopted unsc MLI 2024-03-08");
  }

  @Test
  void anotherResolutionNamingNoState_isThematic() {
    assertThat(summary(steps("The Human Rights Council today adopted a resolution on Belarus. In another resolution "
        + "adopted without a vote, the Council called on States to protect journalists.", "2024-07-12")))
        .containsExactlyInAnyOrder("resolution-adopted hrc BLR 2024-07-12", "resolution-adopted hrc - 2024-07-12");
    // another resolution on a state named keeps it
    assertThat(summary(steps("The Human Rights Council today adopted a resolution on Belarus. In another resolution "
        + "adopted without a vote, the Council renewed its attention to Myanmar.", "2024-07-12")))
        .contains("resolution-adopted hrc MMR 2024-07-12");
  }

  @Test
  void listOfPersonsAppointed_isOneAppointmentEach() {
    List<Step> steps = steps("The Human Rights Council today appointed three mandate holders. The following "
        + "persons were appointed: Ana Ruiz (Chile) as the Special Rapporteur on the right to water; Li Wei (China) "
        + "as the Independent Expert on older persons; and Sara Berg (Norway) as the Special Rapporteur on the "
        + "situation of human rights in Belarus.", "2024-07-12");
    assertThat(summary(steps)).containsExactlyInAnyOrder("holder-appointed hrc - 2024-07-12",
        "holder-appointed hrc - 2024-07-12", "holder-appointed hrc BLR 2024-07-12");
    // one person named is one appointment, and the nationality is not the state
    assertThat(summary(steps("The Human Rights Council today appointed Ana Ruiz (Chile) as the Special Rapporteur on "
        + "the right to water.", "2024-07-12"))).containsExactly("holder-appointed hrc - 2024-07-12");
  }

  @Test
  void visitAtTheInvitationOfTheGovernment_isGranted_andAccessDeniedToAPlaceIsNoRefusal() {
    assertThat(summary(steps("The Special Rapporteur on torture ended a mission to Mali.\n\nDuring the mission, "
        + "held from 3 March to 14 March at the invitation of the Government, the Special Rapporteur visited "
        + "four prisons.", "2024-03-20"))).singleElement().asString().startsWith("visit-granted - MLI");
    // a date range with "to" is no intention; access to a place is not the visit refused
    assertThat(summary(steps("The Special Rapporteur on torture visited Mali. He said he was denied access to the "
        + "central prison in the capital.", "2024-03-20"))).doesNotContain("visit-refused - MLI -");
    // access to the country is still a refusal
    assertThat(summary(steps("The Special Rapporteur on torture said he was denied access to Mali.", "2024-03-20")))
        .containsExactly("visit-refused - MLI -");
  }

  @Test
  void decisionApprovedWithTheCountOfAnAgendaVote_isThatAgendaStep() {
    String agenda = "By a procedural vote of 9 in favour to 5 against, with 1 abstention, the Security Council "
        + "today decided to include the situation in Mali on its agenda.";
    assertThat(summary(steps("Members Approve Decision on Mali by 9 Votes in Favour, 5 Against, 1 Abstention\n\n"
        + agenda, "2024-03-08"))).containsExactly("agenda-item-added unsc MLI 2024-03-08");
    // a resolution with another count stays an adoption
    assertThat(summary(steps(agenda + " The Security Council also adopted a resolution on Mali by 13 votes to 2.",
        "2024-03-08"))).contains("resolution-adopted unsc MLI 2024-03-08");
  }

  @Test
  void participleAfterOnce_isACondition() {
    assertThat(summary(steps("The Human Rights Council adopted a resolution on Mali today. The resolution asked the "
        + "commission of inquiry, once established, to report to the Council.", "2024-03-08")))
        .doesNotContain("mechanism-established hrc MLI 2024-03-08");
    // without "once" the establishment is told
    assertThat(summary(steps("The Human Rights Council today established a commission of inquiry on Mali.",
        "2024-03-08"))).containsExactly("mechanism-established hrc MLI 2024-03-08");
  }

  @Test
  void decisionOfAVotingBodyTo_isDecided_butNotOnTheDayOfTheWelcome() {
    assertThat(summary(steps("The commission of inquiry on Mali welcomed the decision of the Human Rights Council "
        + "to extend its mandate for another year.", "2024-10-10"))).containsExactly("mandate-renewed hrc MLI -");
    // the decision dated elsewhere is one step
    assertThat(summary(steps("Rights groups today welcomed the decision of the Human Rights Council to extend the "
        + "mandate of the commission of inquiry on Mali. The Council renewed the mandate on 9 October.",
        "2024-10-10"))).containsExactly("mandate-renewed hrc MLI 2024-10-09");
    // a decision urged is none
    assertThat(summary(steps("Rights groups urged a decision of the Human Rights Council to extend the mandate of "
        + "the commission of inquiry on Mali.", "2024-10-10"))).isEmpty();
  }
}
