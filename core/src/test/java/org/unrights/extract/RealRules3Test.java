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
}
