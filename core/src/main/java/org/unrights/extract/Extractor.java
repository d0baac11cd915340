package org.unrights.extract;

import java.util.Optional;
import org.unrights.model.PartialDate;

/**
 * Reads a text it has never seen and proposes typed facts, each with the span it came from.
 *
 * <pre>{@code
 * Extraction x = Extractor.standard().extract("press-1", text, Optional.of(PartialDate.parse("2014-12-18")));
 * x.steps().forEach(s -> System.out.println(s.type() + " " + s.actor() + " " + s.date()));
 * }</pre>
 *
 * <p>Implementations are thread-safe and never throw on bad input: an empty, binary or unrelated
 * text yields an empty extraction.
 */
public interface Extractor {

  /**
   * Extracts proposed steps and mentions from a text.
   *
   * @param sourceId  the id of the text's {@link org.unrights.model.Source}, used in every
   *     {@link org.unrights.model.Evidence}; not null
   * @param text  the text, not null
   * @param published  the text's publication date, the frame for relative dates ("on Thursday",
   *     "last March", "December 18th"); empty when unknown
   * @return the proposals, not null
   */
  Extraction extract(String sourceId, CharSequence text, Optional<PartialDate> published);

  /**
   * Returns the standard rule-based extractor with the gazetteers shipped in the jar.
   *
   * @return the extractor, not null
   */
  static Extractor standard() {
    return PipelineExtractor.instance();
  }
}
