package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Not adopted by the Security Council because one or more permanent members voted against it,
 * where the record names the vetoing members but gives no counts (as veto lists do).
 *
 * <p>Use {@link Vetoed} when the tally is known; this variant exists so that a veto list does not
 * have to invent counts. JSON: {@code {"kind":"vetoed-counts-not-recorded","vetoedBy":["SUN"]}}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("vetoed-counts-not-recorded")
@JsonSerialize(as = ImmutableVetoedCountsNotRecorded.class)
@JsonDeserialize(as = ImmutableVetoedCountsNotRecorded.class)
public abstract non-sealed class VetoedCountsNotRecorded implements Outcome {

  /**
   * Returns the permanent members that cast the veto.
   *
   * @return the states, at least one
   */
  public abstract List<State> vetoedBy();

  @Override
  public String kind() {
    return "vetoed-counts-not-recorded";
  }

  @Override
  public boolean isAdopted() {
    return false;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.vetoedCountsNotRecorded(this);
  }

  @Value.Check
  void check() {
    InvalidValueException.check(!vetoedBy().isEmpty(), "VetoedCountsNotRecorded", "vetoedBy", vetoedBy(),
        "must name at least one state");
    for (State s : vetoedBy()) {
      InvalidValueException.check(s.isPermanentSecurityCouncilMember(), "VetoedCountsNotRecorded", "vetoedBy", s,
          "must list permanent members of the Security Council");
    }
  }

  /**
   * Obtains a veto by the given permanent members.
   *
   * @param vetoedBy  the vetoing members, at least one, not null
   * @return the outcome, not null
   * @throws InvalidValueException  if the list is empty or names a state that is not a permanent member
   */
  public static VetoedCountsNotRecorded of(List<State> vetoedBy) {
    return builder().addAllVetoedBy(vetoedBy).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VetoedCountsNotRecorded}. */
  public static final class Builder extends ImmutableVetoedCountsNotRecorded.Builder {}

  @Override
  public String toString() {
    return "vetoed by " + vetoedBy() + " (counts not recorded)";
  }
}
