package org.unrights.corpus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.unrights.model.InvalidValueException;
import org.unrights.model.StepType;

/**
 * A reviewer's decision about one step the extractor proposes for a document: accept it,
 * correct it (a reviewed step replaces it) or reject it.
 *
 * <p>A decision names the proposal by its type and the span of text it was read from; it applies
 * to every proposal of that type whose evidence overlaps the span. JSON:
 * {@code {"type":"resolution-adopted","start":1200,"end":1262,"verdict":"correct","step":"seed-000-step-3"}}.
 * This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewDecision.class)
@JsonDeserialize(as = ImmutableReviewDecision.class)
public abstract class ReviewDecision {

  /**
   * Returns the type of the proposed step.
   *
   * @return the type, not null
   */
  public abstract StepType type();

  /**
   * Returns the start of the span (UTF-16 offset into the document's text).
   *
   * @return the offset
   */
  public abstract int start();

  /**
   * Returns the end of the span, exclusive.
   *
   * @return the offset
   */
  public abstract int end();

  /**
   * Returns what the reviewer decided.
   *
   * @return the verdict, not null
   */
  public abstract ReviewVerdict verdict();

  /**
   * Returns the id of the reviewed step that replaces a corrected proposal.
   *
   * @return the step id, present exactly when the verdict is {@code correct}
   */
  public abstract Optional<String> step();

  /**
   * Returns the reviewer's reason, in a few words.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    InvalidValueException.check(start() >= 0, "ReviewDecision", "start", start(), "must not be negative");
    InvalidValueException.check(end() > start(), "ReviewDecision", "end", end(), "must be greater than start " + start());
    InvalidValueException.check(step().isPresent() == (verdict() == ReviewVerdict.CORRECT), "ReviewDecision", "step",
        step(), "must be given exactly when the verdict is 'correct'");
  }

  /**
   * Tells whether this decision applies to a proposal of the given type read from the given span.
   *
   * @param proposedType  the proposal's type, not null
   * @param proposedStart  the start of the proposal's evidence
   * @param proposedEnd  the end of the proposal's evidence, exclusive
   * @return true when the types are equal and the spans overlap
   */
  public boolean appliesTo(StepType proposedType, int proposedStart, int proposedEnd) {
    return type() == proposedType && proposedStart < end() && start() < proposedEnd;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewDecision}. */
  public static final class Builder extends ImmutableReviewDecision.Builder {}
}
