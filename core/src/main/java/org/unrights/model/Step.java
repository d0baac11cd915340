package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One entry in a process's history, classified in the fixed {@link StepType} vocabulary, with its date, actor, subject state, links and evidence.
 *
 * <p>JSON: {@code {"id":"step-12","type":"resolution-adopted","date":"2014-12-18","actor":"ga","subjectState":"PRK","concerns":["ga-res-69-188"],"outcome":{...},"evidence":[...]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
public abstract class Step implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns what happened, in the fixed vocabulary.
   *
   * @return the value, not null
   */
  public abstract StepType type();

  /**
   * Returns when, as precisely as known.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the body or mechanism that acted.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Body> actor();

  /**
   * Returns the state the step concerns.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns the ids of the entities the step concerns, most specific first.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> concerns();

  /**
   * Returns the document symbol the step produced or acted on.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the outcome, for votes and adoptions.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Outcome> outcome();

  /**
   * Returns the person named, e.g. an appointed mandate holder.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> person();

  /**
   * Returns a one-line description.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> summary();

  /**
   * Returns the extractor's confidence from 0 to 1; empty for reviewed or official facts.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalDouble confidence();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Step", id());
    confidence().ifPresent(c -> InvalidValueException.check(c >= 0 && c <= 1, "Step", "confidence", c, "must be between 0 and 1"));
  }

  /**
   * Returns the tally, when the step's outcome is a recorded vote.
   *
   * @return the tally, or empty
   */
  public Optional<Tally> tally() {
    return outcome().flatMap(Outcome::recordedTally);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Step}. */
  public static final class Builder extends ImmutableStep.Builder {}
}
