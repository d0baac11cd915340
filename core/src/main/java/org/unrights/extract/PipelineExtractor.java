package org.unrights.extract;

import java.util.Objects;
import java.util.Optional;
import org.unrights.model.PartialDate;

/**
 * The standard rule-based extractor: normalisation ({@link TextNormalizer}), sentence
 * segmentation ({@link SentenceSplitter}), mention finding ({@link Gazetteer},
 * {@link TemporalResolver}, {@link TallyParser}, {@link SymbolFinder}, {@link PersonFinder}) and
 * step assembly ({@link DocumentReader}).
 *
 * <p>Never throws on bad input: a failure inside the pipeline (which would be a bug) yields an
 * empty extraction rather than an exception escaping to the caller. This class is immutable and
 * thread-safe.
 */
final class PipelineExtractor implements Extractor {

  private static final PipelineExtractor INSTANCE = new PipelineExtractor();

  private PipelineExtractor() {}

  static PipelineExtractor instance() {
    return INSTANCE;
  }

  @Override
  public Extraction extract(String sourceId, CharSequence text, Optional<PartialDate> published) {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    String id = sourceId.isBlank() ? "text" : sourceId;
    if (text.length() == 0) {
      return Extraction.empty();
    }
    try {
      return new DocumentReader(id, text, published).read();
    } catch (RuntimeException | StackOverflowError e) {
      return Extraction.empty();
    }
  }
}
