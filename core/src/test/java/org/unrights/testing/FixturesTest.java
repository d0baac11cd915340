package org.unrights.testing;

import static org.unrights.testing.UnrightsAssertions.assertThat;
import static org.unrights.testing.UnrightsAssertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.VoteOption;

class FixturesTest {

  @Test
  void seedDossier_loadsTheSeedCorpus() {
    assertThat(Fixtures.seedDossier().sources()).hasSize(5);
    assertThat(Fixtures.seedDossier()).isSameAs(Fixtures.seedDossier());
  }

  @Test
  void officialVoteEvent_isTheCouncilsAgendaVote() {
    assertThat(Fixtures.officialVoteEvent("unsc-vote-2014-12-22")).hasBody(Body.UNSC)
        .hasBallot("CHN", VoteOption.NO).hasBallot("RUS", VoteOption.NO)
        .hasBallot("TCD", VoteOption.ABSTAIN).hasBallot("NGA", VoteOption.ABSTAIN)
        .outcome().isAdoptedByRecordedVote().hasTally(11, 2, 2);
  }

  @Test
  void officialResolution_isTheRecordsResolution() {
    assertThat(Fixtures.officialResolution("ga-res-69-188")).hasSymbol("A/RES/69/188")
        .wasAdoptedByRecordedVote().withTally(116, 20, 53);
  }

  @Test
  void unknownIds_failNamingTheId() {
    assertThatThrownBy(() -> Fixtures.officialVoteEvent("no-such-vote")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the official record holds no vote event 'no-such-vote'");
    assertThatThrownBy(() -> Fixtures.officialResolution("no-such-res")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the official record holds no resolution 'no-such-res'");
  }
}
