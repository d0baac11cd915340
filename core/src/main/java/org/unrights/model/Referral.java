package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A referral of a situation, e.g. to the ICC: who recommended it, who could make it, and how far it went.
 *
 * <p>JSON: {@code {"id":"referral-prk-icc","situationState":"PRK","to":"icc","by":"unsc","status":"recommended","recommendedBy":["coi-dprk","ga-res-69-188"]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferral.class)
@JsonDeserialize(as = ImmutableReferral.class)
public abstract class Referral implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the state whose situation would be referred.
   *
   * @return the value, not null
   */
  public abstract State situationState();

  /**
   * Returns where it would go, e.g. the ICC.
   *
   * @return the value, not null
   */
  public abstract Body to();

  /**
   * Returns the body that would make it, e.g. the Security Council (Rome Statute art. 13(b)).
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Body> by();

  /**
   * Returns how far it went.
   *
   * @return the value, not null
   */
  public abstract ReferralStatus status();

  /**
   * Returns the ids of the entities that recommended or encouraged it.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> recommendedBy();

  /**
   * Returns when it reached its status.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Referral", id());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Referral}. */
  public static final class Builder extends ImmutableReferral.Builder {}
}
