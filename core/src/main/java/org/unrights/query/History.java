package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An entity's own steps in date order: a resolution's draft tabled, amendments voted, adoption in
 * committee and in plenary; a mandate's establishment and renewals; a review held.
 *
 * <p>An unknown id gives an empty history ({@link #known()} false), not an exception.
 * JSON: {@code {"entity":"ga-res-69-188","known":true,"steps":[...]}}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHistory.class)
@JsonDeserialize(as = ImmutableHistory.class)
public abstract class History {

  /**
   * Returns the id asked about.
   *
   * @return the id, not null
   */
  public abstract String entity();

  /**
   * Tells whether the dossier holds an entity with that id.
   *
   * @return true when known
   */
  public abstract boolean known();

  /**
   * Returns the steps, in date order (undated steps last).
   *
   * @return the steps, possibly empty
   */
  public abstract List<ProcessStep> steps();

  /**
   * Tells whether the history has no steps.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return steps().isEmpty();
  }

  /**
   * Prints the history, a step a line, each followed by its quotes.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append("History of ").append(entity());
    if (!known()) {
      return s.append(": not in the dossier").append(System.lineSeparator()).toString();
    }
    s.append(" (").append(steps().size()).append(steps().size() == 1 ? " step)" : " steps)").append(System.lineSeparator());
    Rendering.steps(s, steps());
    return s.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link History}. */
  public static final class Builder extends ImmutableHistory.Builder {}
}
