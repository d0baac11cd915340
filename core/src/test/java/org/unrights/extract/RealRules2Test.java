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
}
