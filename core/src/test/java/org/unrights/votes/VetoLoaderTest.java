package org.unrights.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Body;
import org.unrights.model.InvalidValueException;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.MotionKind;
import org.unrights.model.PartialDate;
import org.unrights.model.States;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteEvent;

class VetoLoaderTest {

  private static VetoRecord fixture() {
    return VetoLoader.load("vetoes.csv", Fixtures.resource("vetoes.csv"));
  }

  @Test
  void load_readsEachVetoAsAVetoedVoteEvent() {
    List<VoteEvent> vetoes = fixture().vetoes();
    assertThat(vetoes).hasSize(3);
    VoteEvent first = vetoes.get(0);
    assertThat(first.id()).isEqualTo("unsc-veto-1");
    assertThat(first.body()).isEqualTo(Body.UNSC);
    assertThat(first.date()).contains(PartialDate.of(1946, 2, 16));
    assertThat(first.outcome()).isInstanceOf(VetoedCountsNotRecorded.class);
    assertThat(VetoRecord.vetoedBy(first)).containsExactly(States.require("SUN"));
    // the draft cell holds a meeting record: no draft symbol, the meeting record is kept
    assertThat(first.motionSymbol()).isEmpty();
    assertThat(first.motionKind()).isEqualTo(MotionKind.OTHER);
    assertThat(first.meetingRecord()).contains(DocumentSymbol.parse("S/PV.23"));
    assertThat(first.outcome().isAdopted()).isFalse();
  }

  @Test
  void load_readsSeveralVetoingMembersAndDraftSymbols() {
    VoteEvent namibia = fixture().vetoes().get(1);
    assertThat(VetoRecord.vetoedBy(namibia)).containsExactly(States.require("FRA"), States.require("GBR"),
        States.require("USA"));
    assertThat(namibia.motionSymbol()).contains(DocumentSymbol.parse("S/12211"));
    assertThat(namibia.meetingRecord()).contains(DocumentSymbol.parse("S/PV.1963"));
    assertThat(namibia.motionKind()).isEqualTo(MotionKind.DRAFT_RESOLUTION);
  }

  @Test
  void counts_byMemberAndDecade() {
    VetoRecord record = fixture();
    assertThat(record.countsByMember()).containsOnly(Map.entry(States.require("SUN"), 1),
        Map.entry(States.require("FRA"), 1), Map.entry(States.require("GBR"), 1), Map.entry(States.require("USA"), 1),
        Map.entry(States.require("RUS"), 1));
    assertThat(record.countsByDecade()).containsOnlyKeys(1940, 1970, 2020);
    assertThat(record.countsByDecade().get(2020)).containsOnly(Map.entry(States.require("RUS"), 1));
  }

  @Test
  void load_reportsRowsWhoseMemberFlagsDisagreeWithTheNamedMembers() {
    // line 3: France named in member_veto1 but its 0/1 column is 0, as in the real file
    assertThat(fixture().flagMismatchLines()).containsExactly(3L);
  }

  @Test
  void vetoEvent_roundTripsThroughTheModelsJson() {
    VoteEvent veto = fixture().vetoes().get(1);
    String json = UnrightsJson.write(veto);
    assertThat(json).contains("\"outcome\":{\"kind\":\"vetoed-counts-not-recorded\",\"vetoedBy\":[\"FRA\",\"GBR\",\"USA\"]}");
    assertThat(UnrightsJson.read(json, VoteEvent.class)).isEqualTo(veto);
  }

  @Test
  void vetoedCountsNotRecorded_acceptsOnlyPermanentMembers() {
    assertThatThrownBy(() -> VetoedCountsNotRecorded.of(List.of(States.require("CUB"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("permanent members");
    assertThatThrownBy(() -> VetoedCountsNotRecorded.of(List.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void load_rejectsABadDateAndAnUnknownMember() {
    String header = String.join(",", VetoLoader.HEADER) + "\r\n";
    String row = "1946,2/30/1946,2,S/PV.23,S/PV.23,Item,T,R,USSR,,,1,0,0,0,0,1,0,0,0,0,0,0,0\r\n";
    assertThatThrownBy(() -> VetoLoader.load("v.csv", new StringReader(header + row)))
        .hasMessage("v.csv line 2, column 2 (date): expected a date M/D/YYYY, was '2/30/1946'");
    String member = "1946,2/16/1946,2,S/PV.23,S/PV.23,Item,T,R,Prussia,,,1,0,0,0,0,1,0,0,0,0,0,0,0\r\n";
    assertThatThrownBy(() -> VetoLoader.load("v.csv", new StringReader(header + member)))
        .isInstanceOf(VoteDataFormatException.class).hasMessageStartingWith("v.csv line 2, column 9 (member_veto1)");
  }
}
