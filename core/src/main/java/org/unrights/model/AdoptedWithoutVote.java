package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Adopted without a vote: no state asked for a recorded vote.
 *
 * <p>JSON: {@code {"kind":"adopted-without-vote"}}. This class is immutable and thread-safe.
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName("adopted-without-vote")
@JsonSerialize(as = ImmutableAdoptedWithoutVote.class)
@JsonDeserialize(as = ImmutableAdoptedWithoutVote.class)
public abstract non-sealed class AdoptedWithoutVote implements Outcome {

  /**
   * Returns the single instance.
   *
   * @return the outcome, not null
   */
  public static AdoptedWithoutVote instance() {
    return ImmutableAdoptedWithoutVote.of();
  }

  @Override
  public String kind() {
    return "adopted-without-vote";
  }

  @Override
  public boolean isAdopted() {
    return true;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.withoutVote(this);
  }

  @Override
  public String toString() {
    return kind();
  }
}
