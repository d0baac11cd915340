package org.unrights.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.VoteOption;
import org.unrights.query.Positions;
import org.unrights.query.Sponsorship;
import org.unrights.query.StateVote;

/**
 * Assertions on a state's {@link Positions}: how it voted where ballots are known, and what it
 * sponsored.
 *
 * <pre>{@code
 * assertThat(query.positions(States.require("CHN"))).votedOn("unsc-vote-2014-12-22", VoteOption.NO);
 * }</pre>
 */
public class PositionsAssert extends AbstractAssert<PositionsAssert, Positions> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Positions)}.
   *
   * @param actual  the positions under test, may be null (the assertions then fail)
   */
  public PositionsAssert(Positions actual) {
    super(actual, PositionsAssert.class);
  }

  /**
   * Verifies how the state voted on a motion (a vote event's, draft's or resolution's id).
   *
   * <pre>{@code
   * assertThat(positions).votedOn("unsc-vote-2014-12-22", VoteOption.NO);
   * }</pre>
   *
   * @param motion  the id of the vote event, draft or resolution voted on
   * @param option  the expected vote, not null
   * @return this assertion
   */
  public PositionsAssert votedOn(String motion, VoteOption option) {
    isNotNull();
    Objects.requireNonNull(option, "option");
    Optional<StateVote> vote = actual.votes().stream().filter(v -> v.motion().equals(motion)).findFirst();
    if (vote.isEmpty()) {
      failWithMessage("%s", "Expecting " + actual.state().alpha3() + " to have voted " + option + " on " + motion
          + " but no vote of it on " + motion + " is known; its votes are on " + motions());
    } else if (vote.get().option() != option) {
      failWithMessage("%s", "Expecting " + actual.state().alpha3() + " to have voted " + option + " on " + motion
          + " but it voted " + vote.get().option() + " (" + vote.get() + ")");
    }
    return myself;
  }

  /**
   * Verifies that the state never cast this vote in the votes known.
   *
   * <pre>{@code
   * assertThat(positions).neverVoted(VoteOption.YES);
   * }</pre>
   *
   * @param option  the vote, not null
   * @return this assertion
   */
  public PositionsAssert neverVoted(VoteOption option) {
    isNotNull();
    Objects.requireNonNull(option, "option");
    List<String> cast = actual.votes().stream().filter(v -> v.option() == option).map(StateVote::toString)
        .collect(Collectors.toList());
    if (!cast.isEmpty()) {
      failWithMessage("%s", "Expecting " + actual.state().alpha3() + " never to have voted " + option + " but it did "
          + cast.size() + " time(s): " + cast);
    }
    return myself;
  }

  /**
   * Verifies that the state sponsored (main or co-sponsor) or proposed an entity, by id.
   *
   * <pre>{@code
   * assertThat(positions).sponsored("ga-c3-69-l28-rev1");
   * }</pre>
   *
   * @param entity  the id of the draft, resolution or amendment
   * @return this assertion
   */
  public PositionsAssert sponsored(String entity) {
    isNotNull();
    if (actual.sponsorships().stream().noneMatch(s -> s.entity().equals(entity))) {
      List<String> sponsored = actual.sponsorships().stream().map(Sponsorship::entity).collect(Collectors.toList());
      failWithMessage("%s", "Expecting " + actual.state().alpha3() + " to have sponsored " + entity
          + " but its sponsorships are " + sponsored);
    }
    return myself;
  }

  private List<String> motions() {
    return actual.votes().stream().map(StateVote::motion).collect(Collectors.toList());
  }
}
