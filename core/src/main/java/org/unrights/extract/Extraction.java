package org.unrights.extract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.unrights.model.Step;

/**
 * What the extractor proposes for one text: steps in the model's vocabulary, each with a
 * confidence and its evidence, and the mentions they were assembled from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtraction.class)
@JsonDeserialize(as = ImmutableExtraction.class)
public abstract class Extraction {

  /**
   * Returns the proposed steps, in text order.
   *
   * @return the steps, possibly empty
   */
  public abstract List<Step> steps();

  /**
   * Returns the mentions found (bodies, states, dates, tallies, symbols, persons...), in text order.
   *
   * @return the mentions, possibly empty
   */
  public abstract List<Mention> mentions();

  /**
   * Returns an empty extraction.
   *
   * @return the extraction, not null
   */
  public static Extraction empty() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Extraction}. */
  public static final class Builder extends ImmutableExtraction.Builder {}
}
