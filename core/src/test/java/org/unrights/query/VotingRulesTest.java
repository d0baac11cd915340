package org.unrights.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unrights.json.UnrightsJson;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.InvalidValueException;
import org.unrights.model.MotionKind;
import org.unrights.model.Outcome;
import org.unrights.model.QuestionKind;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

class VotingRulesTest {

  private static final State CHN = States.require("CHN");
  private static final State RUS = States.require("RUS");
  private static final State USA = States.require("USA");
  private static final List<String> ELECTED = List.of("AUS", "CHL", "JOR", "LTU", "LUX", "NGA", "KOR", "RWA", "ARG", "TCD");

  /** Builds a Council vote: the permanent members' options given, elected members filling yes, then abstain. */
  private static List<Ballot> council(int yes, VoteOption chn, VoteOption rus, int abstain) {
    List<Ballot> ballots = new ArrayList<>();
    ballots.add(Ballot.of(CHN, chn));
    ballots.add(Ballot.of(RUS, rus));
    ballots.add(Ballot.of("FRA", VoteOption.YES));
    ballots.add(Ballot.of("GBR", VoteOption.YES));
    ballots.add(Ballot.of(USA, VoteOption.YES));
    int yesNeeded = yes - 3 - (chn == VoteOption.YES ? 1 : 0) - (rus == VoteOption.YES ? 1 : 0);
    int i = 0;
    for (; i < yesNeeded; i++) {
      ballots.add(Ballot.of(ELECTED.get(i), VoteOption.YES));
    }
    for (int a = 0; a < abstain; a++, i++) {
      ballots.add(Ballot.of(ELECTED.get(i), VoteOption.ABSTAIN));
    }
    for (; i < ELECTED.size(); i++) {
      ballots.add(Ballot.of(ELECTED.get(i), VoteOption.NO));
    }
    return ballots;
  }

  private static List<Ballot> counts(int yes, int no, int abstain) {
    List<Ballot> ballots = new ArrayList<>();
    List<State> states = States.members();
    int i = 0;
    for (int n = 0; n < yes; n++) {
      ballots.add(Ballot.of(states.get(i++), VoteOption.YES));
    }
    for (int n = 0; n < no; n++) {
      ballots.add(Ballot.of(states.get(i++), VoteOption.NO));
    }
    for (int n = 0; n < abstain; n++) {
      ballots.add(Ballot.of(states.get(i++), VoteOption.ABSTAIN));
    }
    return ballots;
  }

  @Test
  void securityCouncil_exactlyNineAffirmativeVotesAdopt() {
    Outcome o = VotingRules.outcome(Body.UNSC, QuestionKind.SUBSTANTIVE, council(9, VoteOption.ABSTAIN, VoteOption.ABSTAIN, 2));
    assertThat(o).isInstanceOf(AdoptedByRecordedVote.class);
    assertThat(o.recordedTally()).contains(Tally.of(9, 2, 4));
  }

  @Test
  void securityCouncil_eightAffirmativeVotesReject() {
    Outcome o = VotingRules.outcome(Body.UNSC, QuestionKind.PROCEDURAL, council(8, VoteOption.YES, VoteOption.YES, 7));
    assertThat(o).isInstanceOf(RejectedByRecordedVote.class);
  }

  @Test
  void securityCouncil_permanentMemberAbstainingIsNotAVeto() {
    Outcome o = VotingRules.outcome(Body.UNSC, QuestionKind.SUBSTANTIVE, council(13, VoteOption.ABSTAIN, VoteOption.ABSTAIN, 0));
    assertThat(o).isInstanceOf(AdoptedByRecordedVote.class);
  }

  @Test
  void securityCouncil_permanentMemberAgainstNineYesIsAVeto() {
    Outcome o = VotingRules.outcome(Body.UNSC, QuestionKind.SUBSTANTIVE, council(13, VoteOption.NO, VoteOption.NO, 0));
    assertThat(o).isInstanceOf(Vetoed.class);
    assertThat(((Vetoed) o).vetoedBy()).containsExactly(CHN, RUS);
    assertThat(o.recordedTally()).contains(Tally.of(13, 2, 0));
  }

  @Test
  void securityCouncil_eightYesAndAPermanentNoIsRejectedNotVetoed() {
    Outcome o = VotingRules.outcome(Body.UNSC, QuestionKind.SUBSTANTIVE, council(8, VoteOption.NO, VoteOption.YES, 3));
    assertThat(o).isInstanceOf(RejectedByRecordedVote.class).isNotInstanceOf(Vetoed.class);
  }

  @Test
  void securityCouncil_proceduralVoteHasNoVeto() {
    Outcome o = VotingRules.outcome(Body.UNSC, QuestionKind.PROCEDURAL, council(11, VoteOption.NO, VoteOption.NO, 2));
    assertThat(o).isInstanceOf(AdoptedByRecordedVote.class);
    assertThat(o.recordedTally()).contains(Tally.of(11, 2, 2));
  }

  @Test
  void generalAssembly_simpleMajorityOfMembersPresentAndVoting() {
    assertThat(VotingRules.outcome(Body.GA, counts(116, 20, 53))).isInstanceOf(AdoptedByRecordedVote.class);
    assertThat(VotingRules.outcome(Body.GA_THIRD_COMMITTEE, counts(40, 77, 50))).isInstanceOf(RejectedByRecordedVote.class);
  }

  @Test
  void generalAssembly_abstentionsDoNotCountAgainst() {
    assertThat(VotingRules.outcome(Body.GA, QuestionKind.ORDINARY, counts(10, 9, 150))).isInstanceOf(AdoptedByRecordedVote.class);
  }

  @Test
  void tiesFail() {
    assertThat(VotingRules.outcome(Body.GA, counts(50, 50, 10))).isInstanceOf(RejectedByRecordedVote.class);
    assertThat(VotingRules.outcome(Body.HRC, counts(15, 15, 17))).isInstanceOf(RejectedByRecordedVote.class);
  }

  @Test
  void twoThirds_countsOnlyYesAndNo() {
    // 100 yes, 50 no: exactly two thirds of those present and voting, whatever the abstentions
    assertThat(VotingRules.outcome(Body.GA, QuestionKind.IMPORTANT, counts(100, 50, 40))).isInstanceOf(AdoptedByRecordedVote.class);
    assertThat(VotingRules.outcome(Body.GA, QuestionKind.IMPORTANT, counts(99, 50, 0))).isInstanceOf(RejectedByRecordedVote.class);
  }

  @Test
  void humanRightsCouncil_simpleMajority() {
    Outcome o = VotingRules.outcome(Body.HRC, counts(30, 6, 11));
    assertThat(o).isInstanceOf(AdoptedByRecordedVote.class);
    assertThat(o.recordedTally()).contains(Tally.of(30, 6, 11));
  }

  @Test
  void notVotingBallotsAreKeptButNotCounted() {
    List<Ballot> ballots = new ArrayList<>(counts(3, 2, 0));
    ballots.add(Ballot.of("PRK", VoteOption.NOT_VOTING));
    Outcome o = VotingRules.outcome(Body.GA, ballots);
    assertThat(o.recordedTally()).contains(Tally.of(3, 2, 0, 1));
  }

  @Test
  void outcome_rejectsAQuestionKindTheBodyDoesNotDecide() {
    assertThatThrownBy(() -> VotingRules.outcome(Body.HRC, QuestionKind.IMPORTANT, counts(1, 0, 0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("hrc").hasMessageContaining("important");
    assertThatThrownBy(() -> VotingRules.outcome(Body.ICC, counts(1, 0, 0))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void outcome_rejectsAStateVotingTwice() {
    assertThatThrownBy(() -> VotingRules.outcome(Body.GA, List.of(Ballot.of(CHN, VoteOption.YES), Ballot.of(CHN, VoteOption.NO))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("CHN");
  }

  @Test
  void whatIf_hadChinaAbstainedTheVetoWouldNotHaveBlocked() {
    Outcome vetoed = VotingRules.outcome(Body.UNSC, QuestionKind.SUBSTANTIVE, council(13, VoteOption.NO, VoteOption.YES, 0));
    VoteEvent event = VoteEvent.builder().id("vote-test").body(Body.UNSC).motionKind(MotionKind.DRAFT_RESOLUTION)
        .outcome(vetoed).build();
    WhatIf w = VotingRules.whatIf(event, Map.of(CHN, VoteOption.ABSTAIN));
    assertThat(w.original()).isSameAs(vetoed);
    assertThat(w.outcome()).isInstanceOf(AdoptedByRecordedVote.class);
    assertThat(w.outcome().recordedTally()).contains(Tally.of(13, 1, 1));
    assertThat(w.isChanged()).isTrue();
    assertThat(w.render()).contains("had CHN voted abstain").contains("the outcome changes");
  }

  @Test
  void whatIf_oneOfTwoVetoesWithdrawnStillVetoed() {
    Outcome vetoed = VotingRules.outcome(Body.UNSC, QuestionKind.SUBSTANTIVE, council(13, VoteOption.NO, VoteOption.NO, 0));
    WhatIf w = VotingRules.whatIf(vetoed, Body.UNSC, QuestionKind.SUBSTANTIVE, Map.of(CHN, VoteOption.ABSTAIN));
    assertThat(w.outcome()).isInstanceOf(Vetoed.class);
    assertThat(((Vetoed) w.outcome()).vetoedBy()).containsExactly(RUS);
    assertThat(w.isChanged()).isFalse();
  }

  @Test
  void whatIf_needsBallots() {
    VoteEvent event = VoteEvent.builder().id("vote-test").body(Body.GA).motionKind(MotionKind.DRAFT_RESOLUTION)
        .outcome(AdoptedByRecordedVote.of(116, 20, 53)).build();
    assertThatThrownBy(() -> VotingRules.whatIf(event, Map.of(CHN, VoteOption.YES)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("vote-test");
  }

  @Test
  void whatIf_writesJson() {
    Outcome o = VotingRules.outcome(Body.GA, counts(3, 2, 0));
    WhatIf w = VotingRules.whatIf(o, Body.GA, QuestionKind.ORDINARY, Map.of(States.members().get(0), VoteOption.NO));
    String json = UnrightsJson.write(w);
    assertThat(json).contains("\"body\":\"ga\"").contains("\"changed\":true").contains("\"kind\":\"rejected-by-recorded-vote\"");
    assertThat(UnrightsJson.read(json, WhatIf.class)).isEqualTo(w);
  }

  @Test
  void ballotsAreShared() {
    assertThat(Ballot.of(CHN, VoteOption.NO)).isSameAs(Ballot.of("CHN", VoteOption.NO));
  }
}
