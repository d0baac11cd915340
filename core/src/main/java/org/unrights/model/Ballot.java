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
   * @param state  the state, not null
   * @param option  how it voted, not null
   * @return the ballot, not null
   */
  public static Ballot of(State state, VoteOption option) {
    return ImmutableBallot.of(state, option);
  }

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
