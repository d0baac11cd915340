package org.unrights.extract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
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
   * Returns the person named in each proposed step, as written in the text, by step id.
   *
   * <p>In a dossier, {@link Step#person()} holds the id of a {@link org.unrights.model.Person}
   * entity. The extractor proposes steps but no person entities, so it leaves {@code person()}
   * empty (a proposal must not reference an entity the corpus does not have) and names the person
   * here instead, e.g. {@code "step-press-1-3" -> "Yanghee Lee"}.
   *
   * @return the names by step id, possibly empty
   */
  public abstract Map<String, String> personNames();

  /**
   * Returns the name of the person named in a proposed step.
   *
   * @param step  a step of this extraction, not null
   * @return the name as written, or empty when the step names no one
   */
  public java.util.Optional<String> personName(Step step) {
    return java.util.Optional.ofNullable(personNames().get(step.id()));
  }

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
