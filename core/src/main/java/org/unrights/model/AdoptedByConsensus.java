package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Adopted by consensus, as the record or source words it.
 *
 * <p>JSON: {@code {"kind":"adopted-by-consensus"}}. This class is immutable and thread-safe.
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName("adopted-by-consensus")
@JsonSerialize(as = ImmutableAdoptedByConsensus.class)
@JsonDeserialize(as = ImmutableAdoptedByConsensus.class)
public abstract non-sealed class AdoptedByConsensus implements Outcome {

  /**
   * Returns the single instance.
   *
   * @return the outcome, not null
   */
  public static AdoptedByConsensus instance() {
    return ImmutableAdoptedByConsensus.of();
  }

  @Override
  public String kind() {
    return "adopted-by-consensus";
  }

  @Override
  public boolean isAdopted() {
    return true;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.consensus(this);
  }

  @Override
  public String toString() {
    return kind();
  }
}
