package org.unrights.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.DecisionRule;
import org.unrights.model.InvalidValueException;
import org.unrights.model.Outcome;
import org.unrights.model.QuestionKind;
import org.unrights.model.RecordedVote;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.State;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/**
 * The UN bodies' voting rules as code: the outcome a set of ballots produces, and what-if replays of
 * recorded votes with changed ballots.
 *
 * <p>The rules are the model's {@link DecisionRule}s, selected by {@link Body#decisionRule(QuestionKind)}:
 * a majority of members present and voting (abstentions and non-votes are not counted), two thirds
 * of members present and voting for a General Assembly important question, and in the Security
 * Council nine affirmative votes, with no permanent member against on substantive matters. A
 * permanent member that votes no on a draft that has nine affirmative votes vetoes it; a permanent
 * member abstaining is not a veto, and a draft short of nine votes is rejected, not vetoed.
 *
 * <pre>{@code
 * Outcome o = VotingRules.outcome(Body.UNSC, QuestionKind.SUBSTANTIVE, ballots);
 * WhatIf w = VotingRules.whatIf(voteEvent, Map.of(States.require("CHN"), VoteOption.ABSTAIN));
 * w.isChanged();   // had China abstained, would the outcome change?
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class VotingRules {

  private VotingRules() {}

  /**
   * Computes the outcome of a recorded vote from its ballots.
   *
   * @param body  the body that voted, not null
   * @param kind  the kind of question, which selects the body's rule, not null
   * @param ballots  one ballot per state voting, not null; {@code not-voting} ballots are kept but
   *     not counted
   * @return an {@link AdoptedByRecordedVote}, a {@link RejectedByRecordedVote} or, in the Security
   *     Council, a {@link Vetoed} naming the permanent members that voted no; not null
   * @throws InvalidValueException  if the body has no rule for the kind of question (e.g. an
   *     important question in the Human Rights Council), or a state votes twice
   */
  public static Outcome outcome(Body body, QuestionKind kind, List<Ballot> ballots) {
    DecisionRule rule = rule(body, kind);
    Objects.requireNonNull(ballots, "ballots");
    Map<VoteOption, Integer> counts = new EnumMap<>(VoteOption.class);
    List<State> permanentAgainst = new ArrayList<>();
    for (Ballot b : ballots) {
      counts.merge(b.option(), 1, Integer::sum);
      if (b.option() == VoteOption.NO && body.permanentMembers().contains(b.state().alpha3())) {
        permanentAgainst.add(b.state());
      }
    }
    int notVoting = counts.getOrDefault(VoteOption.NOT_VOTING, 0);
    Tally.Builder t = Tally.builder()
        .yes(counts.getOrDefault(VoteOption.YES, 0))
        .no(counts.getOrDefault(VoteOption.NO, 0))
        .abstain(counts.getOrDefault(VoteOption.ABSTAIN, 0));
    if (notVoting > 0) {
      t.notVoting(notVoting);
    }
    Tally tally = t.build();
    switch (rule.decide(tally, !permanentAgainst.isEmpty())) {
      case ADOPTED:
        return AdoptedByRecordedVote.builder().tally(tally).ballots(ballots).build();
      case VETOED:
        return Vetoed.builder().tally(tally).ballots(ballots).vetoedBy(permanentAgainst).build();
      default:
        return RejectedByRecordedVote.builder().tally(tally).ballots(ballots).build();
    }
  }

  /**
   * Computes the outcome of a recorded vote on the body's usual kind of question: ordinary in the
   * General Assembly and the Human Rights Council, substantive in the Security Council.
   *
   * @param body  the body that voted, not null
   * @param ballots  the ballots, not null
   * @return the outcome, not null
   * @throws InvalidValueException  if the body does not decide by vote, or a state votes twice
   */
  public static Outcome outcome(Body body, List<Ballot> ballots) {
    return outcome(body, body.defaultQuestionKind(), ballots);
  }

  /**
   * Replays a recorded vote event with some states voting differently.
   *
   * <p>The kind of question is the event's when recorded, otherwise the body's usual kind. A change
   * for a state that has no ballot adds one (a state that was absent now votes).
   *
   * @param event  a vote event whose outcome lists its ballots, not null
   * @param changes  the new options, by state, not null
   * @return the original and the replayed outcome, not null
   * @throws InvalidValueException  if the event lists no ballots, or its body has no rule for the
   *     kind of question
   */
  public static WhatIf whatIf(VoteEvent event, Map<State, VoteOption> changes) {
    Objects.requireNonNull(event, "event");
    InvalidValueException.check(!event.ballots().isEmpty(), "VoteEvent", "ballots", event.id(),
        "must be listed for a what-if replay");
    return whatIf(event.outcome(), event.body(),
        event.questionKind().orElse(event.body().defaultQuestionKind()), changes);
  }

  /**
   * Replays a recorded outcome with some states voting differently.
   *
   * @param original  the recorded outcome, a recorded vote listing its ballots, not null
   * @param body  the body that voted, not null
   * @param kind  the kind of question, not null
   * @param changes  the new options, by state, not null
   * @return the original and the replayed outcome, not null
   * @throws InvalidValueException  if the outcome is not a recorded vote with ballots, or the body
   *     has no rule for the kind of question
   */
  public static WhatIf whatIf(Outcome original, Body body, QuestionKind kind, Map<State, VoteOption> changes) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(changes, "changes");
    rule(body, kind);
    InvalidValueException.check(original instanceof RecordedVote && !((RecordedVote) original).ballots().isEmpty(),
        "WhatIf", "original", original, "must be a recorded vote listing its ballots");
    Map<State, VoteOption> replayed = new LinkedHashMap<>();
    for (Ballot b : ((RecordedVote) original).ballots()) {
      replayed.put(b.state(), b.option());
    }
    List<Ballot> changed = new ArrayList<>();
    for (Map.Entry<State, VoteOption> e : changes.entrySet()) {
      Ballot b = Ballot.of(e.getKey(), e.getValue());
      changed.add(b);
      replayed.put(e.getKey(), e.getValue());
    }
    changed.sort((a, b) -> a.state().alpha3().compareTo(b.state().alpha3()));
    List<Ballot> ballots = new ArrayList<>(replayed.size());
    replayed.forEach((s, o) -> ballots.add(Ballot.of(s, o)));
    Outcome replay = outcome(body, kind, ballots);
    return WhatIf.builder()
        .body(body)
        .questionKind(kind)
        .changes(changed)
        .original(original)
        .outcome(replay)
        .changed(result(original) != result(replay))
        .build();
  }

  /**
   * Classifies an outcome as adopted, rejected or vetoed.
   *
   * @param outcome  the outcome, not null
   * @return the result, not null
   */
  public static DecisionRule.Result result(Outcome outcome) {
    if (outcome instanceof Vetoed || outcome instanceof VetoedCountsNotRecorded) {
      return DecisionRule.Result.VETOED;
    }
    return outcome.isAdopted() ? DecisionRule.Result.ADOPTED : DecisionRule.Result.REJECTED;
  }

  private static DecisionRule rule(Body body, QuestionKind kind) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(kind, "kind");
    return body.decisionRule(kind).orElseThrow(() -> new InvalidValueException(
        "Body " + body.id() + " has no decision rule for question kind '" + kind.id()
            + "' (it has: " + body.decisionRules().keySet() + ")"));
  }
}
