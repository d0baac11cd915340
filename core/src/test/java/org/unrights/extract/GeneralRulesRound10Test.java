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
 * General rules added after the tenth held-out set (session-end releases, Security Council
 * meeting coverage, chronologies): each test states one rule on sentences written for the test,
 * not taken from any evaluation text.
 */
class GeneralRulesRound10Test {

  @Test
  void tallyInTheNextSentence_belongsToEveryStepOfTheAdoption() {
    List<Step> steps = steps("On Tuesday the Security Council adopted resolution 2950 (2031), by which it extended "
        + "the mandate of the Panel of Experts on Mali until next August. The vote was 12 in favour to none "
        + "against, with 3 abstentions (Algeria, China, Russian Federation).", "2031-08-30");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(12, 0, 3));
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).contains(Tally.of(12, 0, 3));
    // another phrasing: the renewal first, the count in words after it
    steps = steps("The Human Rights Council adopted a text renewing for one year the mandate of the Special "
        + "Rapporteur on Belarus. It was carried by fifteen votes to four, with eight abstentions.", "2031-04-04");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(15, 4, 8));
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).contains(Tally.of(15, 4, 8));
    // negative: a renewal with no adoption beside it keeps no tally from a later, unrelated count
    steps = steps("The Security Council renewed the mandate of the Panel of Experts on Mali. "
        + "Turnout in the election was 12 to 3.", "2031-08-30");
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).isEmpty();
  }
  @Test
  void countsInWordsWithoutADigit_areATally() {
    List<Step> steps = steps("The Human Rights Council adopted a resolution on Burundi by twelve votes to three, "
        + "with five abstentions.", "2031-10-07");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(12, 3, 5));
    steps = steps("The Security Council adopted the resolution on Libya by a vote of nine to none, with six "
        + "abstentions.", "2031-10-07");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(9, 0, 6));
    // negative: words that are no count stay no tally
    steps = steps("The Human Rights Council adopted a resolution on Burundi after the votes to come were "
        + "postponed.", "2031-10-07");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).isEmpty();
  }
  @Test
  void theResolutionOpeningTheNextSentence_carriesTheVoteOfTheAdoptionJustTold() {
    List<Step> steps = steps("The Human Rights Council adopted resolution 61/4 on Belarus by 25 votes to 8, with 14 "
        + "abstentions. The resolution established an independent group of experts to gather evidence.", "2031-04-04");
    assertThat(tallyOf(steps, StepType.MECHANISM_ESTABLISHED)).contains(Tally.of(25, 8, 14));
    steps = steps("The General Assembly adopted a resolution on Myanmar by a recorded vote of 120 to 10, with "
        + "40 abstentions. The text set up an independent mechanism to collect evidence of crimes.", "2031-12-19");
    assertThat(tallyOf(steps, StepType.MECHANISM_ESTABLISHED)).contains(Tally.of(120, 10, 40));
    // negative: a creation by another text, not the one just told, keeps no count
    steps = steps("The Human Rights Council adopted resolution 61/4 on Belarus by 25 votes to 8, with 14 "
        + "abstentions. An earlier Council resolution had established a group of experts on Belarus.", "2031-04-04");
    assertThat(tallyOf(steps, StepType.MECHANISM_ESTABLISHED)).isEmpty();
  }
  @Test
  void chronologyEntryOpeningWithADateAlone_datesTheStepsOfItsParagraph() {
    String text = "Timeline of the response to the crisis in Eritrea\n\n"
        + "14 June 2030. After weeks of talks, the Human Rights Council adopted a resolution on Eritrea by a "
        + "recorded vote of 21 to 10, with 16 abstentions.\n\n"
        + "2 February 2031. OHCHR published its report on Eritrea, which found a pattern of arbitrary detention.\n\n"
        + "Several States later urged the Human Rights Council to renew the mandate of the Special Rapporteur on Eritrea.";
    List<Step> steps = steps(text, "2031-06-01");
    assertThat(summary(steps)).contains("resolution-adopted hrc ERI 2030-06-14", "report-published ohchr ERI 2031-02-02");
    // another phrasing: a month and year alone, a paragraph of two sentences
    text = "Events\n\nMarch 2029. States met in Geneva. The Human Rights Council adopted a resolution on Burundi "
        + "without a vote.";
    assertThat(summary(steps(text, "2031-06-01"))).contains("resolution-adopted hrc BDI 2029-03");
    // negative: the next paragraph, which opens with no date, takes none from the entry before it
    assertThat(summary(steps)).noneMatch(x -> x.endsWith("2031-02-02") && !x.startsWith("report-published"));
  }
}
