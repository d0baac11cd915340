package org.unrights.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unrights.model.Draft;
import org.unrights.model.Resolution;

class AknWriterTest {

  /** The record without its evidence, whose offsets point into whichever text was read. */
  static ScRecord withoutEvidence(ScRecord r) {
    return ScRecord.builder().from(r)
        .resolution(r.resolution().map(x -> Resolution.builder().from(x).evidence(List.of())
            .drafts(x.drafts().stream().map(d -> Draft.builder().from(d).evidence(List.of()).build()).toList()).build()))
        .draft(r.draft().map(x -> Draft.builder().from(x).evidence(List.of()).build()))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {AknFixtures.ADOPTED, AknFixtures.VETOED, AknFixtures.NOT_ADOPTED, AknFixtures.NO_COUNTS,
      AknFixtures.COUNT_MISMATCH})
  void write_thenRead_givesTheSameRecord(String fixture) {
    ScRecord original = AknFixtures.read(fixture);
    String xml = AknWriter.toXml(original);
    ScRecord again = AknReader.read(xml, fixture);
    assertThat(withoutEvidence(again)).isEqualTo(withoutEvidence(original));
    assertThat(again.resolution().map(Resolution::evidence).orElse(List.of())).allMatch(e -> e.matches(xml));
  }

  @ParameterizedTest
  @ValueSource(strings = {AknFixtures.ADOPTED, AknFixtures.VETOED})
  void write_isAFixedPoint(String fixture) {
    String once = AknWriter.toXml(AknFixtures.read(fixture));
    assertThat(AknWriter.toXml(AknReader.read(once, fixture))).isEqualTo(once);
  }

  @ParameterizedTest
  @ValueSource(strings = {AknFixtures.ADOPTED})
  void write_usesTheAkn4unShape(String fixture) {
    String xml = AknWriter.toXml(AknFixtures.read(fixture));
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"")
        .contains("<step date=\"2030-03-14\" outcome=\"adopted\" as=\"S/PV.12001\"")
        .contains("<count value=\"13\" refersTo=\"inFavour\">")
        .contains("<akn4un:voters>")
        .contains("<organization refersTo=\"memberState\">RUSSIAN FEDERATION</organization>")
        .contains("<docNumber refersTo=\"#symbol\">S/RES/9001 (2030)</docNumber>")
        .doesNotContain("DOCTYPE");
  }
}
