package org.unrights.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unrights.model.AdoptedWithoutVote;
import org.unrights.model.Body;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Entity;
import org.unrights.model.PartialDate;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.StepType;

/** The official date, actor and symbol set beside a step, and how they order a trace. */
class OfficialFactsTest {

  private static final Resolution ESTABLISHING = Resolution.builder().id("hrc-res-22-13").body(Body.HRC)
      .symbol(DocumentSymbol.parse("A/HRC/RES/22/13")).adopted(PartialDate.parse("2013-03-21"))
      .outcome(AdoptedWithoutVote.instance()).build();
  private static final CommissionOfInquiry COI = CommissionOfInquiry.builder().id("coi-dprk").name("COI")
      .establishedBy("hrc-res-22-13").established(PartialDate.parse("2013-03-21")).build();
  private static final Report REPORT = Report.builder().id("coi-report").author(Body.COI)
      .published(PartialDate.parse("2014-02-07")).build();
  private static final Map<String, Entity> RECORD = Map.of(ESTABLISHING.id(), ESTABLISHING, COI.id(), COI);

  private static ProcessStep step(String id, StepType type, String date, String concerns) {
    ProcessStep.Builder b = ProcessStep.builder().id(id).type(type).partialDate(true).derived(false).addConcerns(concerns);
    if (date != null) {
      b.date(PartialDate.parse(date));
    }
    return b.build();
  }

  @Test
  void aMechanismEstablished_getsTheEstablishingResolutionsBodySymbolAndDate() {
    ProcessStep news = step("s", StepType.MECHANISM_ESTABLISHED, "2013", "coi-dprk");

    ProcessStep overlaid = OfficialFacts.overlay(news, COI, id -> Optional.ofNullable(RECORD.get(id)));

    assertThat(overlaid.actor()).as("the news step's own actor stays unknown").isEmpty();
    assertThat(overlaid.officialActor()).contains(Body.HRC);
    assertThat(overlaid.officialSymbol()).contains(DocumentSymbol.parse("A/HRC/RES/22/13"));
    assertThat(overlaid.officialDate()).contains(PartialDate.parse("2013-03-21"));
    assertThat(overlaid.render()).contains("hrc (official)").contains("[official A/HRC/RES/22/13 2013-03-21]");
  }

  @Test
  void aStepOfAnotherKindThanTheEntitysOwnEvent_getsNoOfficialDateOrActor() {
    ProcessStep recommended = step("r", StepType.REFERRAL_RECOMMENDED, "2014", "coi-report");

    ProcessStep overlaid = OfficialFacts.overlay(recommended, REPORT, id -> Optional.empty());

    assertThat(overlaid.officialDate()).isEmpty();
    assertThat(overlaid.officialActor()).isEmpty();
  }

  @Test
  void aCompatibleOfficialDate_ordersTheTrace_andAnIncompatibleOneDoesNot() {
    ProcessStep march = step("a", StepType.RESOLUTION_ADOPTED, "2014-03", "x");
    ProcessStep monthOnly = step("b", StepType.REPORT_PUBLISHED, "2014", "y");
    Trace trace = Trace.builder().addSteps(monthOnly, march).build();

    Trace sorted = trace.mapSteps(s -> s.id().equals("b")
        ? ProcessStep.builder().from(s).officialDate(PartialDate.parse("2014-05-02")).build() : s);
    Trace wrong = trace.mapSteps(s -> s.id().equals("b")
        ? ProcessStep.builder().from(s).officialDate(PartialDate.parse("2015-05-02")).build() : s);

    assertThat(sorted.steps()).extracting(ProcessStep::id).containsExactly("a", "b");
    assertThat(wrong.steps()).extracting(ProcessStep::id).containsExactly("b", "a");
  }

  @Test
  void aPartialDatedStep_sortsWithTheEventOfAnEntityItAlsoConcerns() {
    ProcessStep published = step("p", StepType.REPORT_PUBLISHED, "2014-02-07", "coi-report");
    ProcessStep recommended = ProcessStep.builder().from(step("r", StepType.REFERRAL_RECOMMENDED, "2014", "referral"))
        .addConcerns("coi-report").build();
    ProcessStep earlier = step("e", StepType.RESOLUTION_ADOPTED, "2014-01-10", "other");

    Trace trace = Trace.builder().addSteps(recommended, published, earlier).build().mapSteps(s -> s);

    assertThat(trace.steps()).extracting(ProcessStep::id).containsExactly("e", "p", "r");
  }
}
