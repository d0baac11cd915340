package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A UPR recommendation: who made it, what it says, and how the reviewed state responded.
 *
 * <p>JSON: {@code {"id":"upr-rec-1","recommendingStates":["FRA"],"text":"...","response":"noted","themes":["torture"]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
public abstract class Recommendation implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the states that made it.
   *
   * @return the list, possibly empty
   */
  public abstract List<State> recommendingStates();

  /**
   * Returns its words.
   *
   * @return the value, not null
   */
  public abstract String text();

  /**
   * Returns supported or noted, once the state has responded.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<RecommendationResponse> response();

  /**
   * Returns its themes.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> themes();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Recommendation", id());
    InvalidValueException.check(!text().isBlank(), "Recommendation", "text", "'" + text() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recommendation}. */
  public static final class Builder extends ImmutableRecommendation.Builder {}
}
