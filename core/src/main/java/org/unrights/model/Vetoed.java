package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Not adopted by the Security Council because one or more permanent members voted against it.
 *
 * <p>JSON: {@code {"kind":"vetoed","tally":{...},"vetoedBy":["RUS","CHN"],"ballots":[...]}}.
 * The vetoing states must be permanent members and, where ballots are given, vote "no".
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName("vetoed")
@JsonSerialize(as = ImmutableVetoed.class)
@JsonDeserialize(as = ImmutableVetoed.class)
public abstract non-sealed class Vetoed implements Outcome, RecordedVote {

  /**
   * Returns the counts; empty tallies are not allowed, so where the record lists only the veto
   * a loader gives the counts it has.
   *
   * @return the tally, not null
   */
  @Override
  public abstract Tally tally();

  @Override
  public abstract List<Ballot> ballots();

  /**
   * Returns the permanent members that cast the veto.
   *
   * @return the states, at least one
   */
  public abstract List<State> vetoedBy();

  @Override
  public String kind() {
    return "vetoed";
  }

  @Override
  public boolean isAdopted() {
    return false;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.vetoed(this);
  }

  @Value.Check
  void check() {
    InvalidValueException.check(!vetoedBy().isEmpty(), "Vetoed", "vetoedBy", vetoedBy(), "must name at least one state");
    for (State s : vetoedBy()) {
      InvalidValueException.check(s.isPermanentSecurityCouncilMember(), "Vetoed", "vetoedBy", s,
          "must list permanent members of the Security Council");
    }
    RecordedVote.checkAgreement("Vetoed", tally(), ballots());
    if (!ballots().isEmpty()) {
      List<State> against = statesVoting(VoteOption.NO);
      for (State s : vetoedBy()) {
        InvalidValueException.check(against.contains(s), "Vetoed", "vetoedBy", s, "must have voted no in the ballots");
      }
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

  /** Builds a {@link Vetoed}. */
  public static final class Builder extends ImmutableVetoed.Builder {}

  @Override
  public String toString() {
    return "vetoed by " + vetoedBy() + " " + tally();
  }
}
