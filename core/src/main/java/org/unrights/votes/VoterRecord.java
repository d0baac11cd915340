package org.unrights.votes;

import org.unrights.model.Tally;

/**
 * A voter's record over a selection of roll calls, e.g. a state's votes on human-rights roll
 * calls: how many roll calls were selected and how the voter voted in them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VoterRecord {

  private final Voter voter;
  private final RollCallFilter filter;
  private final int rollCalls;
  private final Tally tally;

  VoterRecord(Voter voter, RollCallFilter filter, int rollCalls, Tally tally) {
    this.voter = voter;
    this.filter = filter;
    this.rollCalls = rollCalls;
    this.tally = tally;
  }

  /**
   * Returns the voter.
   *
   * @return the voter, not null
   */
  public Voter voter() {
    return voter;
  }

  /**
   * Returns the filter that selected the roll calls.
   *
   * @return the filter, not null
   */
  public RollCallFilter filter() {
    return filter;
  }

  /**
   * Returns the number of roll calls selected.
   *
   * @return the count
   */
  public int rollCalls() {
    return rollCalls;
  }

  /**
   * Returns the voter's yes, no and abstain counts over the selected roll calls.
   *
   * @return the tally, not null
   */
  public Tally tally() {
    return tally;
  }

  /**
   * Returns the selected roll calls in which the voter cast no ballot (absent, not voting, or not
   * then a member).
   *
   * @return the count
   */
  public int withoutBallot() {
    return rollCalls - tally.cast();
  }

  /**
   * Prints e.g. {@code PRK on hr: 1015 roll calls, 35-780-20}.
   *
   * @return the record as text
   */
  @Override
  public String toString() {
    return voter + " on " + filter + ": " + rollCalls + " roll calls, " + tally;
  }
}
