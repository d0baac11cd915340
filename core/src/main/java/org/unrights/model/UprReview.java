package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One Universal Periodic Review of a state: cycle, Working Group session, date, outcome report, recommendations.
 *
 * <p>JSON: {@code {"id":"upr-prk-1","stateUnderReview":"PRK","cycle":1,"workingGroupSession":6,"date":"2009-12-07","outcomeReport":"A/HRC/13/13","recommendationsReceived":167}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUprReview.class)
@JsonDeserialize(as = ImmutableUprReview.class)
public abstract class UprReview implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the state reviewed.
   *
   * @return the value, not null
   */
  public abstract State stateUnderReview();

  /**
   * Returns the cycle, 1 (2008-2011) to 4 (2022-2027).
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt cycle();

  /**
   * Returns the number of the Working Group session.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt workingGroupSession();

  /**
   * Returns when the review was held (or is due).
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  /**
   * Returns the Working Group's report, e.g. {@code A/HRC/13/13}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> outcomeReport();

  /**
   * Returns the recommendations, where listed.
   *
   * @return the list, possibly empty
   */
  public abstract List<Recommendation> recommendations();

  /**
   * Returns how many recommendations the state received.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt recommendationsReceived();

  /**
   * Returns how many it supported.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt supported();

  /**
   * Returns how many it noted.
   *
   * @return the value, or empty when not known
   */
  public abstract OptionalInt noted();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("UprReview", id());
    cycle().ifPresent(c -> InvalidValueException.check(c >= 1 && c <= 9, "UprReview", "cycle", c, "must be 1-9"));
    if (recommendationsReceived().isPresent()) {
      int responded = supported().orElse(0) + noted().orElse(0);
      InvalidValueException.check(responded <= recommendationsReceived().getAsInt(), "UprReview", "supported+noted", responded,
          "must not exceed recommendationsReceived " + recommendationsReceived().getAsInt());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UprReview}. */
  public static final class Builder extends ImmutableUprReview.Builder {}
}
