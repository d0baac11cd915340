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
 * General rules added after the first real-text development set (UN press releases, OHCHR items,
 * NGO statements, news): each test states one rule on sentences written for the test, not taken
 * from any evaluation text.
 */
class RealRules1Test {

  @Test
  void statesListedAfterAPluralObject_areOneStepEach() {
    assertThat(summary("The Human Rights Council on Friday extended the mandates of the special rapporteurs on "
        + "the situation of human rights in Eritrea, Belarus and Cambodia for one year.", "2020-07-10"))
        .containsExactlyInAnyOrder("mandate-renewed hrc ERI 2020-07-10", "mandate-renewed hrc BLR 2020-07-10",
            "mandate-renewed hrc KHM 2020-07-10");
    // counted texts then named: "including on ..." is not an unspecified summary
    assertThat(summary("The Third Committee approved four drafts today, including on the human rights "
        + "situations in Eritrea, Belarus and the Syrian Arab Republic.", "2020-11-10"))
        .containsExactlyInAnyOrder("resolution-adopted ga-third-committee ERI 2020-11-10",
            "resolution-adopted ga-third-committee BLR 2020-11-10",
            "resolution-adopted ga-third-committee SYR 2020-11-10");
    // a headline's text merges with the body's even when the body says "another"
    assertThat(summary("Committee Approves Four Drafts, Including Texts on Eritrea, Belarus\n\nIn another long "
        + "sitting, the Third Committee approved four drafts today, including on the human rights situations in "
        + "Eritrea, Belarus and Cambodia.", "2020-11-10"))
        .containsExactlyInAnyOrder("resolution-adopted ga-third-committee ERI 2020-11-10",
            "resolution-adopted ga-third-committee BLR 2020-11-10",
            "resolution-adopted ga-third-committee KHM 2020-11-10");
    // "in which": the counted texts name what one of them did
    assertThat(summary("The Human Rights Council this morning adopted 9 resolutions, in which it decided to "
        + "create a commission of inquiry on Eritrea.", "2020-07-10"))
        .containsExactlyInAnyOrder("resolution-adopted hrc ERI 2020-07-10", "mechanism-established hrc ERI 2020-07-10");
  }

  @Test
  void noListOrUnnamedCountedTexts_giveNoExtraSteps() {
    // a singular mandate: one state, the rest of the sentence is no list
    assertThat(summary("It renewed the mandate on Eritrea, a country in crisis, and Belarus.", "2020-07-10"))
        .doesNotContain("mandate-renewed hrc BLR 2020-07-10");
    // a list never closed by "and" is no list
    assertThat(summary("The Human Rights Council extended the mandates of the special rapporteurs on Eritrea, "
        + "Belarus, as well as others.", "2020-07-10")).doesNotContain("mandate-renewed hrc BLR 2020-07-10");
    // counted texts left unnamed stay a summary
    assertThat(steps("The Third Committee approved four drafts today, after a long debate.", "2020-11-10")).isEmpty();
  }
}
