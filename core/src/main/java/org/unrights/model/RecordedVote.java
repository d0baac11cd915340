package org.unrights.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An outcome decided by a recorded vote: it carries the {@link Tally} and, where known, each
 * state's {@link Ballot}. When both are present they agree: construction fails naming the
 * difference otherwise.
 */
public interface RecordedVote {

  /**
   * Returns the counts.
   *
   * @return the tally, not null
   */
  Tally tally();

  /**
   * Returns each state's ballot, where the record lists them.
   *
   * @return the ballots, possibly empty
   */
  List<Ballot> ballots();

  /**
   * Returns the states that cast a given option.
   *
   * @param option  the option, not null
   * @return the states in ballot order, possibly empty
   */
  default List<State> statesVoting(VoteOption option) {
    List<State> states = new ArrayList<>();
    for (Ballot b : ballots()) {
      if (b.option() == option) {
        states.add(b.state());
      }
    }
    return states;
  }

  /**
   * Checks that ballots, when given, agree with the tally and name each state once.
   *
   * @param type  the outcome type, for the message
   * @param tally  the tally, not null
   * @param ballots  the ballots, not null
   * @throws InvalidValueException  naming the first difference
   */
  static void checkAgreement(String type, Tally tally, List<Ballot> ballots) {
    if (ballots.isEmpty()) {
      return;
    }
    Set<State> seen = new HashSet<>();
    Map<VoteOption, Integer> counts = new EnumMap<>(VoteOption.class);
    for (Ballot b : ballots) {
      InvalidValueException.check(seen.add(b.state()), type, "ballots", b.state(), "name a state more than once");
      counts.merge(b.option(), 1, Integer::sum);
    }
    StringBuilder diff = new StringBuilder();
    compare(diff, "yes", tally.yes(), counts.getOrDefault(VoteOption.YES, 0));
    compare(diff, "no", tally.no(), counts.getOrDefault(VoteOption.NO, 0));
    compare(diff, "abstain", tally.abstain(), counts.getOrDefault(VoteOption.ABSTAIN, 0));
    if (tally.notVoting().isPresent()) {
      compare(diff, "notVoting", tally.notVoting().getAsInt(), counts.getOrDefault(VoteOption.NOT_VOTING, 0));
    }
    if (diff.length() > 0) {
      throw new InvalidValueException(type + ".ballots disagree with tally " + tally + ": " + diff);
    }
  }

  private static void compare(StringBuilder diff, String field, int tallied, int balloted) {
    if (tallied != balloted) {
      diff.append(diff.length() == 0 ? "" : "; ")
          .append(field).append(" is ").append(tallied).append(" in the tally but ")
          .append(balloted).append(" in the ballots");
    }
  }
}
