package org.unrights.extract;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unrights.model.Body;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;

/** What the rule tests share: extract a sentence written for a test and summarise its steps. */
final class RuleSentences {

  private static final Extractor EXTRACTOR = Extractor.standard();

  private RuleSentences() {}

  /** The steps of a text published on a day ("2020-07-10"). */
  static List<Step> steps(String text, String published) {
    return steps(text, Optional.of(PartialDate.parse(published)));
  }

  /** The steps of a text with an optional publication date. */
  static List<Step> steps(String text, Optional<PartialDate> published) {
    return EXTRACTOR.extract("doc-rule", text, published).steps();
  }

  /** Each step as "type actor state date", "-" where absent: "resolution-adopted hrc ERI 2020-07-10". */
  static List<String> summary(List<Step> steps) {
    return steps.stream().map(s -> s.type().id() + " " + s.actor().map(Body::id).orElse("-") + " "
        + s.subjectState().map(State::alpha3).orElse("-") + " " + s.date().map(Object::toString).orElse("-"))
        .collect(Collectors.toList());
  }

  /** The summary of the steps of a text published on a day. */
  static List<String> summary(String text, String published) {
    return summary(steps(text, published));
  }

  /** The tally of the first step of a type. */
  static Optional<Tally> tallyOf(List<Step> steps, StepType type) {
    return steps.stream().filter(s -> s.type() == type).findFirst().flatMap(Step::tally);
  }
}
