package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;

/**
 * General rules added after the eleventh held-out set (a social-media thread, a translated news
 * story, a radio script, an explainer): each test states one rule on sentences written for the
 * test, not taken from any evaluation text.
 */
class GeneralRulesRound11Test {

  private static final Extractor EXTRACTOR = Extractor.standard();

  private static List<Step> steps(String text, String published) {
    return EXTRACTOR.extract("doc-r11", text, Optional.of(PartialDate.parse(published))).steps();
  }

  private static List<String> summary(List<Step> steps) {
    return steps.stream().map(s -> s.type().id() + " " + s.actor().map(Body::id).orElse("-") + " "
        + s.subjectState().map(State::alpha3).orElse("-") + " " + s.date().map(Object::toString).orElse("-"))
        .collect(Collectors.toList());
  }

  private static Optional<Tally> tallyOf(List<Step> steps, StepType type) {
    return steps.stream().filter(s -> s.type() == type).findFirst().flatMap(Step::tally);
  }

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
}
