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
 * General rules added after the eighth held-out set (encyclopedic histories, lists of dated events,
 * first-person recollections): each test states one rule on sentences written for the test, not
 * taken from any evaluation text.
 */
class GeneralRulesRound8Test {

  private static final Extractor EXTRACTOR = Extractor.standard();

  private static List<Step> steps(String text, String published) {
    return EXTRACTOR.extract("doc-r8", text, Optional.of(PartialDate.parse(published))).steps();
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
  void reportMadePublic_isPublished() {
    assertThat(summary(steps("The Special Rapporteur on Iran presented her report to the Human Rights Council "
        + "yesterday. The report itself was made public on 3 March.", "2023-03-10")))
        .containsExactly("report-presented special-rapporteur IRN 2023-03-09",
            "report-published special-rapporteur IRN 2023-03-03");
    assertThat(summary(steps("The commission of inquiry on Syria made its report public in August 2016.",
        "2017-01-10"))).containsExactly("report-published coi SYR 2016-08");
    // a list made public is no report
    assertThat(steps("The Government of Iran has never made public the number of people executed.",
        "2023-03-10")).isEmpty();
  }
}
