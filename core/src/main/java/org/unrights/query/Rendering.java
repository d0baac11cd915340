package org.unrights.query;

import java.util.List;
import org.unrights.model.Evidence;

/** Shared text layout of the query answers. */
final class Rendering {

  /** Quotes longer than this are cut in text (JSON keeps them whole). */
  static final int QUOTE_WIDTH = 200;

  private Rendering() {}

  static void steps(StringBuilder s, List<ProcessStep> steps) {
    int n = 1;
    for (ProcessStep step : steps) {
      s.append(String.format("%3d. ", n++)).append(step.render()).append(System.lineSeparator());
      evidence(s, step.evidence(), "       ");
    }
  }

  static void evidence(StringBuilder s, List<Evidence> evidence, String indent) {
    for (Evidence e : evidence) {
      s.append(indent).append('"').append(quote(e.quote())).append("\" [").append(e.source())
          .append(' ').append(e.start()).append('-').append(e.end()).append(']').append(System.lineSeparator());
    }
  }

  static String quote(String quote) {
    String flat = quote.replaceAll("\\s+", " ").trim();
    return flat.length() <= QUOTE_WIDTH ? flat : flat.substring(0, QUOTE_WIDTH - 3) + "...";
  }
}
