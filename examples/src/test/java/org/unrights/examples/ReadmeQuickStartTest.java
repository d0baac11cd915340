package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unrights.corpus.SeedCorpus;
import org.unrights.extract.Extraction;
import org.unrights.extract.Extractor;
import org.unrights.json.UnrightsJson;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Dossier;
import org.unrights.model.PartialDate;
import org.unrights.model.Resolution;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.query.DossierQuery;
import org.unrights.query.Trace;
import org.unrights.record.OfficialRecord;

/** Runs the README's quick start line for line, so the front door stays true. */
class ReadmeQuickStartTest {

  @Test
  void quickStart_runsAsWritten() {
    Dossier seeds = SeedCorpus.load();
    Trace trace = DossierQuery.of(seeds).trace();
    System.out.println(trace.render());
    trace.openEnds();
    DocumentSymbol symbol = DocumentSymbol.parse("A/C.3/69/L.28/Rev.1");
    State prk = States.byName("North Korea").orElseThrow();
    Resolution official = OfficialRecord.load().resolution("ga-res-69-188").orElseThrow();
    Extraction proposed = Extractor.standard().extract("story-1",
        "On Monday the Security Council added the situation in Myanmar to its agenda.", Optional.of(PartialDate.parse("2019-12-30")));
    String json = UnrightsJson.write(seeds);

    assertThat(trace.openEnds()).isNotEmpty();
    assertThat(symbol.session()).hasValue(69);
    assertThat(symbol.revision()).hasValue(1);
    assertThat(prk.alpha3()).isEqualTo("PRK");
    assertThat(official.outcome().flatMap(o -> o.recordedTally())).contains(Tally.of(116, 20, 53));
    assertThat(proposed.steps()).extracting(s -> s.type()).contains(StepType.AGENDA_ITEM_ADDED);
    assertThat(proposed.steps().get(0).date()).contains(PartialDate.parse("2019-12-30"));
    assertThat(UnrightsJson.read(json, Dossier.class)).isEqualTo(seeds);
  }
}
