package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One state's vote on one motion.
 *
 * <p>JSON: {@code {"state":"CHN","option":"no"}}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBallot.class)
@JsonDeserialize(as = ImmutableBallot.class)
public abstract class Ballot {

  /**
   * Returns the state that voted.
   *
   * @return the state, not null
   */
  @Value.Parameter
  public abstract State state();

  /**
   * Returns how it voted.
   *
   * @return the option, not null
   */
  @Value.Parameter
  public abstract VoteOption option();

  /**
   * Obtains a ballot.
   *
   * <p>Ballots are shared: there are only as many distinct ballots as states times options, so
   * this method returns one instance per pair, and a million-ballot record costs a reference per
   * ballot rather than an object.
   *
   * @param state  the state, not null
   * @param option  how it voted, not null
   * @return the ballot, not null
   */
  public static Ballot of(State state, VoteOption option) {
    java.util.Objects.requireNonNull(option, "option");
    Ballot[] byOption = SHARED.computeIfAbsent(java.util.Objects.requireNonNull(state, "state"),
        s -> new Ballot[VoteOption.values().length]);
    Ballot b = byOption[option.ordinal()];
    if (b == null) {
      b = ImmutableBallot.of(state, option);
      byOption[option.ordinal()] = b; // a benign race: at worst two equal instances
    }
    return b;
  }

  /** The shared instances, by state and option ordinal (the state registry is finite). */
  private static final java.util.concurrent.ConcurrentHashMap<State, Ballot[]> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Obtains a ballot for a state named by code or name.
   *
   * @param state  an ISO code or a name {@link States} knows, not null
   * @param option  how it voted, not null
   * @return the ballot, not null
   * @throws InvalidValueException  if the state is unknown
   */
  public static Ballot of(String state, VoteOption option) {
    return of(States.require(state), option);
  }

  @Override
  public String toString() {
    return state() + ":" + option();
  }
}
