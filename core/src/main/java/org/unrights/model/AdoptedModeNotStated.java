package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Adopted, where the source does not say how (e.g. a news text saying "approved").
 *
 * <p>JSON: {@code {"kind":"adopted"}}. This class is immutable and thread-safe.
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName("adopted")
@JsonSerialize(as = ImmutableAdoptedModeNotStated.class)
@JsonDeserialize(as = ImmutableAdoptedModeNotStated.class)
public abstract non-sealed class AdoptedModeNotStated implements Outcome {

  /**
   * Returns the single instance.
   *
   * @return the outcome, not null
   */
  public static AdoptedModeNotStated instance() {
    return ImmutableAdoptedModeNotStated.of();
  }

  @Override
  public String kind() {
    return "adopted";
  }

  @Override
  public boolean isAdopted() {
    return true;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.adoptedModeNotStated(this);
  }

  @Override
  public String toString() {
    return kind();
  }
}
