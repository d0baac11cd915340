package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fact on which sources disagree: the dossier keeps every value instead of silently picking one.
 *
 * <p>JSON: {@code {"about":"ga-2014-plenary","field":"adopted","values":[{...},{...}]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflict.class)
@JsonDeserialize(as = ImmutableConflict.class)
public abstract class Conflict {

  /**
   * Returns the id of the entity the conflict concerns.
   *
   * @return the value, not null
   */
  public abstract String about();

  /**
   * Returns the field the sources disagree on.
   *
   * @return the value, not null
   */
  public abstract String field();

  /**
   * Returns the values given, at least two.
   *
   * @return the list, possibly empty
   */
  public abstract List<ConflictingValue> values();

  /**
   * Returns an explanation, e.g. of a distinction the sources blur.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    InvalidValueException.check(values().size() >= 2, "Conflict", "values", values(), "must hold at least two values");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Conflict}. */
  public static final class Builder extends ImmutableConflict.Builder {}
}
