package org.unrights.akn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unrights.json.UnrightsJson;

class ScRecordJsonTest {

  @ParameterizedTest
  @ValueSource(strings = {AknFixtures.ADOPTED, AknFixtures.VETOED, AknFixtures.NOT_ADOPTED, AknFixtures.NO_COUNTS,
      AknFixtures.COUNT_MISMATCH})
  void json_roundTrip_givesTheSameRecord(String fixture) {
    ScRecord r = AknFixtures.read(fixture);
    String json = UnrightsJson.write(r);
    assertThat(UnrightsJson.read(json, ScRecord.class)).isEqualTo(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {AknFixtures.ADOPTED})
  void json_usesStableKebabCaseVocabularies(String fixture) {
    String json = UnrightsJson.write(AknFixtures.read(fixture));
    assertThat(json).contains("\"recordedResult\":\"adopted\"").contains("\"vocabulary\":\"eurovoc\"")
        .contains("\"kind\":\"operative\"").contains("\"symbol\":\"S/RES/9001 (2030)\"");
  }
}
