package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One of the values sources give for a disputed fact, with the claims that give it.
 *
 * <p>JSON: {@code {"value":"2003","claims":["claim-1"],"sources":["seed-002"]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflictingValue.class)
@JsonDeserialize(as = ImmutableConflictingValue.class)
public abstract class ConflictingValue {

  /**
   * Returns the value as the sources give it.
   *
   * @return the value, not null
   */
  public abstract String value();

  /**
   * Returns the ids of the claims (or official facts) that give this value.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> claims();

  /**
   * Returns the ids of the sources behind them.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> sources();

  @Value.Check
  void check() {
    InvalidValueException.check(!value().isBlank(), "ConflictingValue", "value", "'" + value() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConflictingValue}. */
  public static final class Builder extends ImmutableConflictingValue.Builder {}
}
