package org.unrights.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Ballot;
import org.unrights.model.DecisionRule;
import org.unrights.model.QuestionKind;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;
import org.unrights.query.VotingRules;
import org.unrights.query.WhatIf;
import org.unrights.record.OfficialRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The votes and the what-ifs of a recorded vote, by default the Security Council's procedural vote
 * of 22 December 2014 that put the situation in the DPRK on its agenda (11-2-2: China and the
 * Russian Federation against, Chad and Nigeria abstaining, in the official record as
 * {@code unsc-vote-2014-12-22}).
 *
 * <p>A procedural vote needs nine affirmative votes and no veto applies; the command replays the
 * recorded ballots under the Council's rules with some states voting otherwise
 * ({@link VotingRules#whatIf}): had China and Russia abstained or voted yes, had Chad and Nigeria
 * voted no, had the smallest number of supporters needed to defeat the motion abstained, had the
 * question been substantive (where a permanent member's no is a veto), and any change given with
 * {@code --as STATE=OPTION}.
 */
@Command(name = "agenda-vote", mixinStandardHelpOptions = true,
    description = "Show a recorded vote (by default the Security Council's agenda vote of 22 December 2014) and what-if "
        + "replays under the Council's voting rules.")
public final class AgendaVoteCommand implements Callable<Integer> {

  /** The id, in the official record, of the Security Council's agenda vote of 22 December 2014. */
  public static final String AGENDA_VOTE_2014 = "unsc-vote-2014-12-22";

  @Option(names = "--vote", paramLabel = "ID", description = "The id of a vote event of the official record; default: ${DEFAULT-VALUE}.")
  String voteId = AGENDA_VOTE_2014;

  @Option(names = "--as", paramLabel = "STATE=OPTION",
      description = "A what-if of your own: STATE (code or name) voting OPTION (yes, no, abstain, not-voting); repeatable.")
  Map<String, String> changes = new LinkedHashMap<>();

  @Option(names = "--json", description = "Print JSON: the vote and an array of what-ifs.")
  boolean json;

  /** One what-if: a question in words and the replay that answers it. */
  public static final class WhatIfQuestion {
    private final String question;
    private final WhatIf whatIf;

    WhatIfQuestion(String question, WhatIf whatIf) {
      this.question = question;
      this.whatIf = whatIf;
    }

    /**
     * Returns the question, e.g. "had CHN and RUS abstained".
     *
     * @return the question, not null
     */
    public String question() {
      return question;
    }

    /**
     * Returns the replay that answers it.
     *
     * @return the what-if, not null
     */
    public WhatIf whatIf() {
      return whatIf;
    }
  }

  @Override
  public Integer call() {
    VoteEvent vote = officialVote(voteId);
    Map<State, VoteOption> own = parseChanges(changes);
    List<WhatIfQuestion> scenarios = scenarios(vote);
    if (!own.isEmpty()) {
      scenarios.add(new WhatIfQuestion("had " + describe(own), VotingRules.whatIf(vote, own)));
    }
    if (json) {
      System.out.println(UnrightsJson.writePretty(toJson(vote, scenarios)));
      return 0;
    }
    System.out.print(render(vote, scenarios));
    return 0;
  }

  /**
   * Finds a vote event of the official record.
   *
   * @param id  the vote event's id
   * @return the vote event, not null
   * @throws IllegalArgumentException if the record holds no vote event with that id
   */
  static VoteEvent officialVote(String id) {
    return OfficialRecord.load().dossier().voteEvents().stream().filter(v -> v.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the official record holds no vote event '" + id + "'"));
  }

  /**
   * Returns the standard what-ifs of a Security Council vote: the permanent members that voted no
   * abstaining, then voting yes; the abstainers voting no; the fewest supporters abstaining that
   * defeat the motion (the last of the supporters in alphabetical order of their codes); and, for
   * a procedural question, the same ballots on a substantive one.
   *
   * @param vote  a vote event listing its ballots, not null
   * @return the what-ifs, in that order, a mutable list
   */
  public static List<WhatIfQuestion> scenarios(VoteEvent vote) {
    List<WhatIfQuestion> out = new ArrayList<>();
    List<State> permanentAgainst = vote.ballots().stream()
        .filter(b -> b.option() == VoteOption.NO && b.state().isPermanentSecurityCouncilMember())
        .map(Ballot::state).collect(Collectors.toList());
    List<State> abstainers = states(vote, VoteOption.ABSTAIN);
    if (!permanentAgainst.isEmpty()) {
      out.add(new WhatIfQuestion("had " + names(permanentAgainst) + " abstained",
          VotingRules.whatIf(vote, all(permanentAgainst, VoteOption.ABSTAIN))));
      out.add(new WhatIfQuestion("had " + names(permanentAgainst) + " voted yes",
          VotingRules.whatIf(vote, all(permanentAgainst, VoteOption.YES))));
    }
    if (!abstainers.isEmpty()) {
      out.add(new WhatIfQuestion("had " + names(abstainers) + " voted no", VotingRules.whatIf(vote, all(abstainers, VoteOption.NO))));
    }
    QuestionKind kind = vote.questionKind().orElse(vote.body().defaultQuestionKind());
    DecisionRule rule = vote.body().decisionRule(kind).orElse(DecisionRule.simpleMajority());
    int swing = supportersToDefeat(vote, rule);
    List<State> supporters = states(vote, VoteOption.YES);
    if (swing > 0 && swing <= supporters.size()) {
      List<State> some = supporters.subList(supporters.size() - swing, supporters.size());
      out.add(new WhatIfQuestion("had " + swing + " supporters (" + names(some) + ") abstained",
          VotingRules.whatIf(vote, all(some, VoteOption.ABSTAIN))));
    }
    if (kind == QuestionKind.PROCEDURAL && vote.body().decisionRule(QuestionKind.SUBSTANTIVE).isPresent()) {
      out.add(new WhatIfQuestion("had the question been substantive",
          VotingRules.whatIf(vote.outcome(), vote.body(), QuestionKind.SUBSTANTIVE, Map.of())));
    }
    return out;
  }

  /**
   * Returns how many supporters would have had to abstain for the motion to fail: under a rule of
   * N affirmative votes, {@code yes - N + 1}; under a majority rule, enough to stop yes exceeding no.
   *
   * @param vote  the vote, not null
   * @param rule  the rule it was decided under, not null
   * @return the number, 0 when the motion failed anyway
   */
  public static int supportersToDefeat(VoteEvent vote, DecisionRule rule) {
    int yes = vote.tally().map(t -> t.yes()).orElse(0);
    int no = vote.tally().map(t -> t.no()).orElse(0);
    int n;
    switch (rule.threshold()) {
      case AFFIRMATIVE_VOTES:
        n = yes - rule.affirmativeVotesNeeded() + 1;
        break;
      case TWO_THIRDS:
        n = 0;
        while (n <= yes && 3L * (yes - n) >= 2L * (yes - n + no) && yes - n > 0) {
          n++;
        }
        break;
      default:
        n = Math.max(0, yes - no);
    }
    return Math.max(0, n);
  }

  static String render(VoteEvent vote, List<WhatIfQuestion> scenarios) {
    StringBuilder s = new StringBuilder();
    QuestionKind kind = vote.questionKind().orElse(vote.body().defaultQuestionKind());
    s.append(vote.body().title()).append(", ").append(vote.date().map(Object::toString).orElse("undated")).append(": ")
        .append(vote.title().orElse(vote.id())).append(" (").append(vote.id()).append(")\n");
    s.append("Rule (").append(kind.id()).append(" question): ")
        .append(vote.body().decisionRule(kind).map(Object::toString).orElse("none")).append('\n');
    s.append("Recorded: ").append(vote.outcome()).append('\n');
    for (VoteOption o : VoteOption.values()) {
      List<State> states = states(vote, o);
      if (!states.isEmpty()) {
        s.append(String.format("  %-10s (%2d): %s%n", o.id(), states.size(), names(states)));
      }
    }
    s.append("What if:\n");
    for (WhatIfQuestion sc : scenarios) {
      WhatIf w = sc.whatIf();
      s.append(String.format("  %-50s -> %s (%s)%n", sc.question(), w.outcome(),
          w.isChanged() ? "the result changes" : "same result"));
    }
    return s.toString();
  }

  private static ObjectNode toJson(VoteEvent vote, List<WhatIfQuestion> scenarios) {
    ObjectMapper mapper = UnrightsJson.newMapper();
    ObjectNode root = mapper.createObjectNode();
    root.set("vote", mapper.valueToTree(vote));
    ArrayNode list = root.putArray("whatIfs");
    for (WhatIfQuestion sc : scenarios) {
      ObjectNode n = list.addObject();
      n.put("question", sc.question());
      n.set("whatIf", mapper.valueToTree(sc.whatIf()));
    }
    return root;
  }

  private static List<State> states(VoteEvent vote, VoteOption option) {
    return vote.ballots().stream().filter(b -> b.option() == option).map(Ballot::state)
        .sorted((a, b) -> a.alpha3().compareTo(b.alpha3())).collect(Collectors.toList());
  }

  private static Map<State, VoteOption> all(List<State> states, VoteOption option) {
    Map<State, VoteOption> m = new LinkedHashMap<>();
    states.forEach(s -> m.put(s, option));
    return m;
  }

  private static String names(List<State> states) {
    List<String> codes = states.stream().map(State::alpha3).collect(Collectors.toList());
    if (codes.size() <= 1) {
      return String.join("", codes);
    }
    return String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
  }

  private static String describe(Map<State, VoteOption> changes) {
    return changes.entrySet().stream().map(e -> e.getKey().alpha3() + " voted " + e.getValue().id())
        .collect(Collectors.joining(", "));
  }

  /**
   * Parses {@code STATE=OPTION} pairs.
   *
   * @param changes  state code or name to option id, not null
   * @return the changes by state, in the order given
   * @throws IllegalArgumentException if a state or option is unknown
   */
  static Map<State, VoteOption> parseChanges(Map<String, String> changes) {
    Map<State, VoteOption> out = new LinkedHashMap<>();
    changes.forEach((state, option) -> out.put(
        States.lookup(state).orElseThrow(() -> new IllegalArgumentException("--as: unknown state '" + state + "'")),
        VoteOption.fromId(option.trim().toLowerCase(java.util.Locale.ROOT))));
    return out;
  }
}
