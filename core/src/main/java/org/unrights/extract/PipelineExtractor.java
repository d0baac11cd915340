package org.unrights.extract;

import java.util.Optional;
import org.unrights.model.PartialDate;

/**
 * The standard rule-based extractor. (Being written: the pipeline lands in the extraction issue.)
 */
final class PipelineExtractor implements Extractor {

  private static final PipelineExtractor INSTANCE = new PipelineExtractor();

  static PipelineExtractor instance() {
    return INSTANCE;
  }

  @Override
  public Extraction extract(String sourceId, CharSequence text, Optional<PartialDate> published) {
    return Extraction.empty();
  }
}
