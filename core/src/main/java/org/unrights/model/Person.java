package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who acts in a process: a mandate holder, a commissioner, an official.
 *
 * <p>JSON: {@code {"id":"person-ojea-quintana","name":"Tomás Ojea Quintana","nationality":"ARG"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the person's name as usually written.
   *
   * @return the value, not null
   */
  public abstract String name();

  /**
   * Returns other spellings, e.g. without accents.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> aliases();

  /**
   * Returns the person's nationality, where known.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> nationality();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Person", id());
    InvalidValueException.check(!name().isBlank(), "Person", "name", "'" + name() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {}
}
