package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one source asserts (or disputes) about a fact, with the words it used.
 *
 * <p>JSON: {@code {"id":"claim-1","source":"seed-002","about":"mandate-sr-dprk","field":"established","value":"2003","stance":"asserts","statement":"...","evidence":[...]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClaim.class)
@JsonDeserialize(as = ImmutableClaim.class)
public abstract class Claim implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the id of the source that makes the claim.
   *
   * @return the value, not null
   */
  public abstract String source();

  /**
   * Returns the id of the entity the claim is about, where it is one the dossier holds.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> about();

  /**
   * Returns the fact claimed, as a field path of the entity, e.g. {@code adopted} or {@code outcome.tally}.
   *
   * @return the value, not null
   */
  public abstract String field();

  /**
   * Returns the claimed value in the field's text form (ISO dates, {@code 116-20-53} tallies), where the claim has one.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> value();

  /**
   * Returns whether the source asserts or disputes the fact.
   *
   * @return the value, not null
   */
  public abstract ClaimStance stance();

  /**
   * Returns a one-line statement of the claim in neutral words.
   *
   * @return the value, not null
   */
  public abstract String statement();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Claim", id());
    InvalidValueException.check(!source().isBlank(), "Claim", "source", "'" + source() + "'", "must not be blank");
    InvalidValueException.check(!field().isBlank(), "Claim", "field", "'" + field() + "'", "must not be blank");
    InvalidValueException.check(!statement().isBlank(), "Claim", "statement", "'" + statement() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claim}. */
  public static final class Builder extends ImmutableClaim.Builder {}
}
