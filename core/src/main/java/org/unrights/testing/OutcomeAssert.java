package org.unrights.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.AdoptedByConsensus;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.AdoptedWithoutVote;
import org.unrights.model.Ballot;
import org.unrights.model.Outcome;
import org.unrights.model.RecordedVote;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteOption;

/**
 * Assertions on an {@link Outcome}: adopted or not, how, with which tally, vetoed by whom, who
 * voted how.
 *
 * <pre>{@code
 * assertThat(outcome).isAdoptedByRecordedVote().hasTally(116, 20, 53);
 * assertThat(outcome).wasVetoedBy("RUS");
 * }</pre>
 */
public class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Outcome)}.
   *
   * @param actual  the outcome under test, may be null (the assertions then fail)
   */
  public OutcomeAssert(Outcome actual) {
    super(actual, OutcomeAssert.class);
  }

  /**
   * Verifies that the motion was adopted, in whatever way.
   *
   * <pre>{@code
   * assertThat(Outcome.withoutVote()).isAdopted();
   * }</pre>
   *
   * @return this assertion
   */
  public OutcomeAssert isAdopted() {
    isNotNull();
    if (!actual.isAdopted()) {
      failWithMessage("%s", "Expecting outcome to be an adoption but was " + Describe.outcome(actual));
    }
    return myself;
  }

  /**
   * Verifies that the motion was not adopted (rejected or vetoed).
   *
   * <pre>{@code
   * assertThat(RejectedByRecordedVote.of(40, 77, 50)).isNotAdopted();
   * }</pre>
   *
   * @return this assertion
   */
  public OutcomeAssert isNotAdopted() {
    isNotNull();
    if (actual.isAdopted()) {
      failWithMessage("%s", "Expecting outcome not to be an adoption but was " + Describe.outcome(actual));
    }
    return myself;
  }

  /**
   * Verifies that the motion was adopted by a recorded vote.
   *
   * <pre>{@code
   * assertThat(AdoptedByRecordedVote.of(116, 20, 53)).isAdoptedByRecordedVote();
   * }</pre>
   *
   * @return this assertion
   */
  public OutcomeAssert isAdoptedByRecordedVote() {
    return isKind(AdoptedByRecordedVote.class, "adopted-by-recorded-vote");
  }

  /**
   * Verifies that the motion was adopted without a vote or by consensus (the UN reports both).
   *
   * <pre>{@code
   * assertThat(Outcome.withoutVote()).isAdoptedWithoutVote();
   * }</pre>
   *
   * @return this assertion
   */
  public OutcomeAssert isAdoptedWithoutVote() {
    isNotNull();
    if (!(actual instanceof AdoptedWithoutVote) && !(actual instanceof AdoptedByConsensus)) {
      failWithMessage("%s", "Expecting outcome to be adopted-without-vote (or adopted-by-consensus) but was "
          + Describe.outcome(actual));
    }
    return myself;
  }

  /**
   * Verifies that the motion was rejected by a recorded vote (not vetoed).
   *
   * <pre>{@code
   * assertThat(RejectedByRecordedVote.of(40, 77, 50)).isRejectedByRecordedVote();
   * }</pre>
   *
   * @return this assertion
   */
  public OutcomeAssert isRejectedByRecordedVote() {
    return isKind(RejectedByRecordedVote.class, "rejected-by-recorded-vote");
  }

  /**
   * Verifies that the motion was vetoed by exactly the given permanent members (any order), with
   * or without recorded counts.
   *
   * <pre>{@code
   * assertThat(outcome).wasVetoedBy("CHN", "RUS");
   * }</pre>
   *
   * @param states  the vetoing states by code or name, e.g. {@code "RUS"}
   * @return this assertion
   */
  public OutcomeAssert wasVetoedBy(String... states) {
    isNotNull();
    List<String> expected = codes(states);
    List<State> vetoes;
    if (actual instanceof Vetoed) {
      vetoes = ((Vetoed) actual).vetoedBy();
    } else if (actual instanceof VetoedCountsNotRecorded) {
      vetoes = ((VetoedCountsNotRecorded) actual).vetoedBy();
    } else {
      failWithMessage("%s", "Expecting outcome to be vetoed by " + expected + " but was " + Describe.outcome(actual));
      return myself;
    }
    List<String> vetoedBy = vetoes.stream().map(State::alpha3).sorted().collect(Collectors.toList());
    if (!vetoedBy.equals(expected.stream().sorted().collect(Collectors.toList()))) {
      failWithMessage("%s", "Expecting outcome to be vetoed by " + expected + " but was vetoed by " + vetoedBy);
    }
    return myself;
  }

  /**
   * Verifies the recorded tally (in favour, against, abstaining).
   *
   * <pre>{@code
   * assertThat(outcome).hasTally(116, 20, 53);
   * }</pre>
   *
   * @param yes  the expected votes in favour
   * @param no  the expected votes against
   * @param abstain  the expected abstentions
   * @return this assertion
   */
  public OutcomeAssert hasTally(int yes, int no, int abstain) {
    isNotNull();
    if (actual.recordedTally().isEmpty()) {
      failWithMessage("%s", "Expecting outcome to have the tally " + yes + "-" + no + "-" + abstain
          + " but it has no recorded vote: " + Describe.outcome(actual));
    }
    Tally tally = actual.recordedTally().get();
    if (tally.yes() != yes || tally.no() != no || tally.abstain() != abstain) {
      failWithMessage("%s", "Expecting outcome to have the tally " + yes + "-" + no + "-" + abstain
          + " but was " + Describe.outcome(actual));
    }
    return myself;
  }

  /**
   * Verifies how a state voted, from the recorded ballots.
   *
   * <pre>{@code
   * assertThat(outcome).hasBallot("CHN", VoteOption.NO);
   * }</pre>
   *
   * @param state  the state by code or name
   * @param option  how it should have voted, not null
   * @return this assertion
   */
  public OutcomeAssert hasBallot(String state, VoteOption option) {
    isNotNull();
    Objects.requireNonNull(option, "option");
    State s = States.require(state);
    List<Ballot> ballots = actual instanceof RecordedVote ? ((RecordedVote) actual).ballots() : List.of();
    VoteOption seen = null;
    for (Ballot b : ballots) {
      if (b.state().equals(s)) {
        seen = b.option();
      }
    }
    if (seen != option) {
      failWithMessage("%s", "Expecting " + s.alpha3() + " to have voted " + option + " but "
          + (seen == null ? "no ballot of " + s.alpha3() + " is recorded in " + Describe.outcome(actual)
              : "it voted " + seen));
    }
    return myself;
  }

  private OutcomeAssert isKind(Class<?> type, String kind) {
    isNotNull();
    if (!type.isInstance(actual)) {
      failWithMessage("%s", "Expecting outcome to be " + kind + " but was " + Describe.outcome(actual));
    }
    return myself;
  }

  static List<String> codes(String... states) {
    List<String> codes = new ArrayList<>();
    for (String s : Arrays.asList(states)) {
      codes.add(States.require(s).alpha3());
    }
    return codes;
  }
}
