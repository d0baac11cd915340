package org.unrights.testing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unrights.model.Evidence;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.query.ProcessStep;

/** Renders values for failure messages: outcomes, dates, steps and the evidence quote. */
final class Describe {

  private static final int QUOTE_MAX = 160;

  private Describe() {}

  /**
   * Returns a line quoting the first piece of evidence, or an empty string when there is none.
   *
   * @param evidence  the evidence, not null
   * @return "\n  evidence: ..." or ""
   */
  static String evidence(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "";
    }
    Evidence e = evidence.get(0);
    String quote = e.quote().replaceAll("\\s+", " ");
    if (quote.length() > QUOTE_MAX) {
      quote = quote.substring(0, QUOTE_MAX) + "...";
    }
    return "\n  evidence: \"" + quote + "\" (" + e.source() + " " + e.start() + "-" + e.end() + ")";
  }

  static String outcome(Optional<Outcome> outcome) {
    return outcome.map(Describe::outcome).orElse("no outcome recorded");
  }

  static String outcome(Outcome outcome) {
    return outcome.kind() + outcome.recordedTally().map(t -> " " + t).orElse("");
  }

  static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse("no date");
  }

  static String step(ProcessStep step) {
    return step.type() + " " + date(step.date()) + step.actor().map(a -> " " + a).orElse("")
        + " (" + step.id() + ")";
  }

  static String steps(List<ProcessStep> steps) {
    if (steps.isEmpty()) {
      return "  (no steps)";
    }
    return steps.stream().map(s -> "  " + step(s)).collect(Collectors.joining("\n"));
  }
}
