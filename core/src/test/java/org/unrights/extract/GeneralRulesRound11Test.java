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
 * General rules added after the eleventh held-out set (a social-media thread, a translated news
 * story, a radio script, an explainer): each test states one rule on sentences written for the
 * test, not taken from any evaluation text.
 */
class GeneralRulesRound11Test {

  @Test
  void votesThenAgainstAndAbstentions_andVoicesForVotes_areTallies() {
    // "N votes, with N against and N abstentions": the count of yes votes named first, no "for"
    assertThat(tallyOf(steps("The Human Rights Council adopted a resolution on Eritrea by 21 votes, with 9 against "
        + "and 17 abstentions.", "2022-07-08"), StepType.RESOLUTION_ADOPTED)).contains(Tally.of(21, 9, 17));
    assertThat(tallyOf(steps("The Human Rights Council adopted a text on Belarus with 22 votes, 6 against and "
        + "19 abstentions.", "2022-07-08"), StepType.RESOLUTION_ADOPTED)).contains(Tally.of(22, 6, 19));
    // a translated "voices" (votos, voix) counts as votes
    assertThat(tallyOf(steps("The Human Rights Council approved the resolution on Belarus with 20 voices for, "
        + "8 against and 19 abstentions.", "2022-07-08"), StepType.RESOLUTION_ADOPTED))
        .contains(Tally.of(20, 8, 19));
    assertThat(tallyOf(steps("The Human Rights Council adopted the text on Eritrea by 25 voices to 7, with 15 "
        + "abstentions.", "2022-07-08"), StepType.RESOLUTION_ADOPTED)).contains(Tally.of(25, 7, 15));
    // numbers that are not votes stay none
    assertThat(tallyOf(steps("The Human Rights Council adopted a resolution on Eritrea after 21 meetings, with 9 "
        + "speakers against it.", "2022-07-08"), StepType.RESOLUTION_ADOPTED)).isEmpty();
  }

  @Test
  void voteToldAfterAMechanismOrRenewal_isTheAdoptionOfItsText() {
    List<Step> steps = steps("The Human Rights Council renewed the mandate of the Special Rapporteur on Belarus "
        + "on Friday. The vote on the text was 20-9-18, a narrow margin.", "2023-04-07");
    assertThat(summary(steps)).containsExactlyInAnyOrder("mandate-renewed hrc BLR 2023-04-07",
        "resolution-adopted hrc BLR 2023-04-07");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(20, 9, 18));
    assertThat(tallyOf(steps, StepType.MANDATE_RENEWED)).contains(Tally.of(20, 9, 18));
    // "the vote on the text" still points back across a few lines of a thread
    steps = steps("1/ The Human Rights Council renewed the mandate of the Special Rapporteur on Belarus today. "
        + "Good news. Read on. #Belarus\n\n2/ The vote on the text was 20-9-18.", "2023-04-07");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).contains(Tally.of(20, 9, 18));
    steps = steps("The Human Rights Council renewed the mandate of the Special Rapporteur on Belarus today. "
        + "Good news. Read on. Many more came. A vote was 20-9-18.", "2023-04-07");
    assertThat(tallyOf(steps, StepType.RESOLUTION_ADOPTED)).isEmpty();
    // passive, no subject: "it passed by ..."
    steps = steps("In May 2021 the Human Rights Council created a commission of inquiry on Eritrea. Even then it "
        + "passed by just 18 votes, with 14 against and 15 abstentions.", "2024-01-10");
    assertThat(summary(steps)).containsExactlyInAnyOrder("mechanism-established hrc ERI 2021-05",
        "resolution-adopted hrc ERI 2021-05");
    assertThat(tallyOf(steps, StepType.MECHANISM_ESTABLISHED)).contains(Tally.of(18, 14, 15));
    // the adoption already told: the vote completes it, no second adoption
    steps = steps("On 7 April 2023 the Human Rights Council adopted a resolution renewing the mandate of the "
        + "Special Rapporteur on Belarus. The vote was 20-9-18.", "2023-04-07");
    assertThat(summary(steps)).containsExactlyInAnyOrder("resolution-adopted hrc BLR 2023-04-07",
        "mandate-renewed hrc BLR 2023-04-07");
    // a vote after a report is no adoption
    assertThat(summary(steps("The commission of inquiry on Eritrea published its report on 3 May 2023. The vote on "
        + "the text was 20-9-18.", "2023-05-10"))).doesNotContain("resolution-adopted hrc ERI 2023-05-03");
  }

  @Test
  void sessionNumberOnAnAbbreviation_namesTheBody() {
    assertThat(summary(steps("Breaking: #HRC54 has renewed the mandate of the Special Rapporteur on Burundi for "
        + "another year.", "2023-10-12"))).containsExactly("mandate-renewed hrc BDI 2023-10-12");
    assertThat(summary(steps("Today at HRC54 the Council renewed the mandate of the Special Rapporteur on Burundi.",
        "2023-10-12"))).containsExactly("mandate-renewed hrc BDI 2023-10-12");
    // a longer code or a lower-case word with digits is not the body
    assertThat(steps("Item HRC5401 has renewed the mandate of the Special Rapporteur on Burundi.", "2023-10-12"))
        .isEmpty();
  }
}
