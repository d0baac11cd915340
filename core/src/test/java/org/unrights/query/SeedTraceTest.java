package org.unrights.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unrights.corpus.SeedCorpus;
import org.unrights.model.Body;
import org.unrights.model.ReferralStatus;
import org.unrights.model.RequestedAction;
import org.unrights.model.States;

/**
 * The seeds' main process, step by step: what the five seed texts say about the DPRK accountability
 * process, from the commission of inquiry to the ICC referral that was recommended and never made.
 * If the seeds' reviewed annotations change, this specification changes with them.
 */
class SeedTraceTest {

  private static final DossierQuery SEEDS = DossierQuery.of(SeedCorpus.load());

  private static String line(ProcessStep s) {
    String date = s.date().map(Object::toString).orElse(s.reportedBy().map(d -> "<=" + d).orElse("-"));
    return date + " " + s.actor().map(Body::id).orElse("-") + " " + s.type().id();
  }

  @Test
  void mainProcess_isTheDprkAccountabilityProcessStepByStep() {
    Trace t = SEEDS.trace();
    assertThat(t.state()).contains(States.require("PRK"));
    assertThat(t.steps().stream().map(SeedTraceTest::line).collect(Collectors.toList())).containsExactly(
        "2013 - mechanism-established",
        "2014-02 coi report-published",
        "2014 coi referral-recommended",
        "2014-03 hrc resolution-adopted",
        "2014 ga-third-committee amendment-proposed",
        "2014-11 ga-third-committee resolution-adopted",
        "2014-12-18 ga resolution-adopted",
        "2014-12-18 ga referral-recommended",
        "<=2015-01 unsc agenda-item-added",
        "2018-11-15 ga-third-committee resolution-adopted",
        "2018-11-15 ga-third-committee referral-recommended",
        "<=2018 ga resolution-adopted");
    assertThat(t.bodies()).containsSubsequence(Body.COI, Body.HRC, Body.GA_THIRD_COMMITTEE, Body.GA, Body.UNSC);
  }

  @Test
  void mainProcess_holdsTheHrcResolutionThatActsOnTheCoiReport() {
    Trace t = SEEDS.trace();

    assertThat(t.entities()).contains("hrc-res-25-25");
    assertThat(t.links()).contains(TraceLink.of("hrc-res-25-25", Relation.ACTS_ON, "coi-report-a-hrc-25-63"));
    assertThat(t.steps()).filteredOn(s -> s.concerns().contains("hrc-res-25-25")).extracting(SeedTraceTest::line)
        .containsExactly("2014-03 hrc resolution-adopted");
  }

  @Test
  void mainProcess_tellsTheCoiReportOnceWithTheEvidenceOfFourSeeds() {
    List<ProcessStep> published = SEEDS.trace().steps().stream()
        .filter(s -> s.concerns().contains("coi-report-a-hrc-25-63") && s.type().id().equals("report-published"))
        .collect(Collectors.toList());

    assertThat(published).hasSize(1);
    assertThat(published.get(0).evidence()).extracting(e -> e.source())
        .containsExactly("seed-000", "seed-002", "seed-003", "seed-004");
  }

  @Test
  void mainProcess_everyStepQuotesItsSource() {
    for (ProcessStep s : SEEDS.trace().steps()) {
      assertThat(s.evidence()).as(s.id()).isNotEmpty();
      assertThat(s.evidence()).allSatisfy(e -> assertThat(e.source()).startsWith("seed-"));
    }
  }

  @Test
  void mainProcess_endsOpenAtTheIcc() {
    List<OpenEnd> ends = SEEDS.trace().openEnds();
    assertThat(ends).hasSize(1);
    OpenEnd icc = ends.get(0);
    assertThat(icc.status()).isEqualTo(ReferralStatus.RECOMMENDED);
    assertThat(icc.action()).isEqualTo(RequestedAction.REFER_TO_ICC);
    assertThat(icc.addressee()).contains(Body.UNSC);
    assertThat(icc.target()).contains(Body.ICC);
    assertThat(icc.requestedBy()).contains("ga-res-69-188");
    assertThat(icc.evidence()).isNotEmpty();
  }

  @Test
  void traceFromThePlenaryResolution_isTheSameProcess() {
    Trace fromPlenary = SEEDS.trace("ga-res-69-188");
    assertThat(fromPlenary.steps()).isEqualTo(SEEDS.trace().steps());
    assertThat(fromPlenary.openEnds()).isEqualTo(SEEDS.trace().openEnds());
  }
}
