package org.unrights.corpus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The review block of an annotations file: how far the document was reviewed, and the decisions
 * taken about the extractor's proposals.
 *
 * <p>JSON: {@code {"complete":true,"reviewer":"...","decisions":[...]}}. When {@code complete}
 * is true the reviewed annotations are all a careful reader takes from the document: the
 * extractor is not run on it and no unreviewed proposal joins the dossier. Otherwise the
 * extractor's proposals are merged in: a reviewed step of the same type over an overlapping
 * span wins, a decision accepts, corrects or rejects, and what is left is added as proposed.
 * This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public abstract class Review {

  /**
   * Tells whether the document was reviewed completely.
   *
   * @return true when no unreviewed proposal may join the dossier
   */
  @Value.Default
  public boolean complete() {
    return false;
  }

  /**
   * Returns who reviewed the document, as free text.
   *
   * @return the reviewer, or empty
   */
  public abstract java.util.Optional<String> reviewer();

  /**
   * Returns the decisions about the extractor's proposals.
   *
   * @return the list, possibly empty
   */
  public abstract List<ReviewDecision> decisions();

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}. */
  public static final class Builder extends ImmutableReview.Builder {}
}
