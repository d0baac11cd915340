package org.unrights.examples;

import static org.unrights.testing.UnrightsAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unrights.examples.AgendaVoteCommand.WhatIfQuestion;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Body;
import org.unrights.model.DecisionRule;
import org.unrights.model.QuestionKind;
import org.unrights.model.States;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;
import org.unrights.query.VotingRules;
import org.unrights.query.WhatIf;
import org.unrights.testing.Fixtures;
import org.unrights.testing.Scenario;

/**
 * The Security Council's agenda vote of 22 December 2014 and its what-ifs: 11-2-2 on a procedural
 * question, where nine affirmative votes suffice and no veto applies.
 */
class AgendaVoteCommandTest {

  private static final VoteEvent VOTE = AgendaVoteCommand.officialVote(AgendaVoteCommand.AGENDA_VOTE_2014);
  private static final List<WhatIfQuestion> WHAT_IFS = AgendaVoteCommand.scenarios(VOTE);

  private static WhatIf answer(String question) {
    return WHAT_IFS.stream().filter(q -> q.question().equals(question)).findFirst()
        .orElseThrow(() -> new AssertionError("no what-if '" + question + "' in " + WHAT_IFS.stream().map(WhatIfQuestion::question).toList()))
        .whatIf();
  }

  @Test
  void theRecordedVote_isAProceduralAdoption11To2To2() {
    assertThat(VOTE).hasBody(Body.UNSC)
        .hasBallot("CHN", VoteOption.NO).hasBallot("RUS", VoteOption.NO)
        .hasBallot("TCD", VoteOption.ABSTAIN).hasBallot("NGA", VoteOption.ABSTAIN)
        .outcome().isAdoptedByRecordedVote().hasTally(11, 2, 2);
    assertThat(VOTE.questionKind()).contains(QuestionKind.PROCEDURAL);
    assertThat(VOTE).isEqualTo(Fixtures.officialVoteEvent(AgendaVoteCommand.AGENDA_VOTE_2014));
  }

  @Test
  void hadChinaAndRussiaAbstained_theItemIsStillAdopted() {
    assertThat(answer("had CHN and RUS abstained")).keepsTheResult().outcome().hasTally(11, 0, 4);
  }

  @Test
  void hadChinaAndRussiaVotedYes_theItemIsStillAdopted() {
    assertThat(answer("had CHN and RUS voted yes")).keepsTheResult().outcome().hasTally(13, 0, 2);
  }

  @Test
  void hadChadAndNigeriaVotedNo_theItemIsStillAdopted() {
    assertThat(answer("had NGA and TCD voted no")).keepsTheResult().outcome().isAdopted().hasTally(11, 4, 0);
  }

  @Test
  void threeSupportersAbstaining_wouldHaveDefeatedIt() {
    assertThat(AgendaVoteCommand.supportersToDefeat(VOTE, DecisionRule.affirmativeVotes(9, false))).isEqualTo(3);
    assertThat(answer("had 3 supporters (LUX, RWA and USA) abstained")).changesTheResult()
        .wouldBe(DecisionRule.Result.REJECTED).outcome().hasTally(8, 2, 5);
  }

  @Test
  void onASubstantiveQuestion_theSameBallotsAreAVeto() {
    assertThat(answer("had the question been substantive")).changesTheResult()
        .wouldBe(DecisionRule.Result.VETOED).outcome().wasVetoedBy("CHN", "RUS").hasTally(11, 2, 2);
  }

  @Test
  void aHypotheticalDraftWithTheSameBallots_isVetoed() {
    Scenario draft = Scenario.in(Body.UNSC).on("2014-12-22").about("PRK").draft("S/2014/999")
        .yes("ARG", "AUS", "CHL", "FRA", "GBR", "JOR", "KOR", "LTU", "LUX", "RWA", "USA")
        .no("CHN", "RUS").abstain("NGA", "TCD");
    assertThat(draft.outcome()).wasVetoedBy("CHN", "RUS");
    WhatIf chinaAbstains = VotingRules.whatIf(draft.voteEvent(), Map.of(States.require("CHN"), VoteOption.ABSTAIN));
    assertThat(chinaAbstains).keepsTheResult().outcome().wasVetoedBy("RUS");
  }

  @Test
  void command_printsTheBallotsAndEachWhatIf() {
    String out = CommandOutput.run("agenda-vote");
    assertThat(out).contains("Security Council, 2014-12-22")
        .contains("Rule (procedural question): 9 affirmative votes")
        .contains("Recorded: adopted 11-2-2")
        .containsPattern("no +\\( 2\\): CHN and RUS")
        .containsPattern("abstain +\\( 2\\): NGA and TCD")
        .containsPattern("had the question been substantive +-> vetoed by \\[CHN, RUS\\] 11-2-2 \\(the result changes\\)");
  }

  @Test
  void command_replaysTheUsersOwnWhatIf() {
    String out = CommandOutput.run("agenda-vote", "--as", "USA=no", "--as", "France=no");
    assertThat(out).containsPattern("had USA voted no, FRA voted no +-> adopted 9-4-2 \\(same result\\)");
  }

  @Test
  void commandJson_holdsTheVoteAndTheWhatIfs() throws Exception {
    JsonNode root = UnrightsJson.newMapper().readTree(CommandOutput.run("agenda-vote", "--json"));
    assertThat(root.get("vote").get("id").asText()).isEqualTo("unsc-vote-2014-12-22");
    assertThat(root.get("whatIfs").findValuesAsText("question")).contains("had the question been substantive");
  }
}
