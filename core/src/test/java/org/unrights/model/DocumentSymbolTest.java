package org.unrights.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unrights.model.DocumentSymbol.Suffix;
import org.unrights.model.DocumentSymbol.Suffix.Kind;

class DocumentSymbolTest {

  private static final String GA_RESOLUTION = "A/RES/69/188";
  private static final String THIRD_COMMITTEE_DRAFT_REV = "A/C.3/69/L.28/Rev.1";
  private static final String SC_RESOLUTION = "S/RES/2504 (2020)";

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @ValueSource(strings = {
      "A/RES/69/188",
      "A/C.3/69/L.28/Rev.1",
      "A/C.3/69/L.66",
      "A/HRC/RES/25/25",
      "A/HRC/25/63",
      "A/HRC/25/CRP.1",
      "A/HRC/22/L.19",
      "A/HRC/WG.6/6/PRK/1",
      "A/HRC/13/13",
      "S/RES/2504 (2020)",
      "S/RES/2133 (2014)",
      "S/PV.7353",
      "S/PV.7353 (Resumption 1)",
      "S/2014/872",
      "S/2023/123/Rev.1",
      "E/CN.4/RES/2004/13",
      "E/CN.4/2005/L.30",
      "E/CN.4/2004/SR.56",
      "A/69/PV.73",
      "A/69/L.1",
      "A/69/188",
      "A/RES/60/173",
      "A/RES/ES-10/19",
      "A/RES/S-27/2",
      "A/HRC/RES/S-1/1",
      "A/HRC/S-1/L.1",
      "A/C.3/73/L.49",
      "A/C.3/69/SR.35",
      "A/HRC/25/63/Add.1",
      "A/HRC/25/63/Corr.1",
      "A/C.3/69/L.28/Rev.2",
      "A/RES/73/180",
      "A/HRC/DEC/5/1",
      "A/RES/377(V)",
      "A/RES/217(III)",
      "A/RES/997(ES-I)",
      "A/RES/1875(S-IV)",
      "S/RES/82 (1950)",
      "E/RES/1503(XLVIII)",
      "E/2019/L.1",
      "E/RES/2019/1",
      "E/CN.4/RES/2003/10",
      "E/CN.4/DEC/2004/103",
      "E/CN.4/Sub.2/2005/9",
      "GA/11604",
      "SC/11720",
      "GA/SHC/4120",
      "A/C.3/69/L.28/Rev.1/Corr.1",
      "A/HRC/25/63/Add.1/Corr.1",
      "S/PRST/2014/1",
      "A/INF/73/5",
      "A/HRC/25/NGO/12",
      "A/HRC/WG.6/6/L.1",
      "A/PV.2000",
      "S/25704",
  })
  void parse_roundTripsRealSymbols(String symbol) {
    DocumentSymbol parsed = DocumentSymbol.parse(symbol);
    assertThat(parsed).hasToString(symbol);
    assertThat(DocumentSymbol.parse(parsed.toString())).isEqualTo(parsed);
    assertThat(DocumentSymbol.tryParse(symbol)).contains(parsed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'  A/RES/69/188  '       | A/RES/69/188",
      "S/RES/2504(2020)         | S/RES/2504 (2020)",
      "S/RES/2504  ( 2020 )     | S/RES/2504 (2020)",
      "A/RES/377 (V)            | A/RES/377(V)",
      "e/res/1503(xlviii)       | E/RES/1503(XLVIII)",
      "A / RES / 69 / 188       | A/RES/69/188",
      "a/c.3/69/l.28/rev.1      | A/C.3/69/L.28/Rev.1",
      "A/C.3/69/L.28/Rev. 1     | A/C.3/69/L.28/Rev.1",
      "a/res/es-10/19           | A/RES/ES-10/19",
      "e/cn.4/sub.2/2005/9      | E/CN.4/Sub.2/2005/9",
      "S/PV.7353(Resumption1)   | S/PV.7353 (Resumption 1)",
      "ga/shc/4120              | GA/SHC/4120",
  })
  void parse_normalisesUnambiguousInput(String input, String canonical) {
    assertThat(DocumentSymbol.parse(input)).hasToString(canonical);
    assertThat(DocumentSymbol.parse(input)).isEqualTo(DocumentSymbol.parse(canonical));
  }

  //-----------------------------------------------------------------------
  // symbol | organ | body | series | session | year | number | numberAsInt | suffixes
  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "A/RES/69/188          | A  | -        | RES            | 69 | -    | 188   | 188   | -",
      "A/C.3/69/L.28/Rev.1   | A  | C.3      | L              | 69 | -    | 28    | 28    | Rev.1",
      "A/HRC/RES/25/25       | A  | HRC      | RES            | 25 | -    | 25    | 25    | -",
      "A/HRC/25/63/Add.1     | A  | HRC      | REPORT         | 25 | -    | 63    | 63    | Add.1",
      "A/HRC/25/CRP.1        | A  | HRC      | CRP            | 25 | -    | 1     | 1     | -",
      "A/HRC/WG.6/6/PRK/1    | A  | HRC/WG.6 | WG             | 6  | -    | PRK/1 | -     | -",
      "A/HRC/25/NGO/12       | A  | HRC      | OTHER          | 25 | -    | NGO/12| -     | -",
      "S/RES/2504 (2020)     | S  | -        | RES            | -  | 2020 | 2504  | 2504  | -",
      "S/PV.7353             | S  | -        | PV             | -  | -    | 7353  | 7353  | -",
      "S/2023/123/Rev.1      | S  | -        | REPORT         | -  | 2023 | 123   | 123   | Rev.1",
      "E/CN.4/RES/2004/13    | E  | CN.4     | RES            | -  | 2004 | 13    | 13    | -",
      "E/CN.4/2004/SR.56     | E  | CN.4     | SR             | -  | 2004 | 56    | 56    | -",
      "A/69/PV.73            | A  | -        | PV             | 69 | -    | 73    | 73    | -",
      "A/C.3/69/SR.35        | A  | C.3      | SR             | 69 | -    | 35    | 35    | -",
      "A/RES/377(V)          | A  | -        | RES            | 5  | -    | 377   | 377   | -",
      "E/RES/1503(XLVIII)    | E  | -        | RES            | 48 | -    | 1503  | 1503  | -",
      "A/HRC/DEC/5/1         | A  | HRC      | DEC            | 5  | -    | 1     | 1     | -",
      "S/PRST/2014/1         | S  | -        | PRST           | -  | 2014 | 1     | 1     | -",
      "GA/SHC/4120           | GA | SHC      | PRESS_RELEASE  | -  | -    | 4120  | 4120  | -",
      "SC/11720              | SC | -        | PRESS_RELEASE  | -  | -    | 11720 | 11720 | -",
      "A/C.3/69/L.28/Rev.1/Corr.1 | A | C.3  | L              | 69 | -    | 28    | 28    | Rev.1/Corr.1",
  })
  void parse_exposesEachPart(String symbol, String organ, String body, SymbolSeries series,
      Integer session, Integer year, String number, Integer numberAsInt, String suffixes) {
    DocumentSymbol parsed = DocumentSymbol.parse(symbol);
    assertThat(parsed.organ()).isEqualTo(organ);
    assertThat(parsed.body()).isEqualTo(Optional.ofNullable(body));
    assertThat(parsed.series()).isEqualTo(series);
    assertThat(parsed.session()).isEqualTo(optionalInt(session));
    assertThat(parsed.year()).isEqualTo(optionalInt(year));
    assertThat(parsed.number()).isEqualTo(number);
    assertThat(parsed.numberAsInt()).isEqualTo(optionalInt(numberAsInt));
    String printedSuffixes = parsed.suffixes().stream().map(Suffix::toString)
        .collect(Collectors.joining("/"));
    assertThat(printedSuffixes).isEqualTo(suffixes == null ? "" : suffixes);
  }

  private static OptionalInt optionalInt(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  @Test
  void parse_gaPlenaryResolution() {
    DocumentSymbol symbol = DocumentSymbol.parse(GA_RESOLUTION);
    assertThat(symbol.organ()).isEqualTo("A");
    assertThat(symbol.body()).isEmpty();
    assertThat(symbol.session()).hasValue(69);
    assertThat(symbol.isResolution()).isTrue();
    assertThat(symbol.isDraft()).isFalse();
    assertThat(symbol.isMeetingRecord()).isFalse();
    assertThat(symbol.isSpecialSession()).isFalse();
    assertThat(symbol.isEmergencySpecialSession()).isFalse();
    assertThat(symbol.suffixes()).isEmpty();
    assertThat(symbol.hasSuffixes()).isFalse();
    assertThat(symbol.revision()).isEmpty();
    assertThat(symbol.base()).isSameAs(symbol);
  }

  @Test
  void parse_revisedThirdCommitteeDraft() {
    DocumentSymbol symbol = DocumentSymbol.parse(THIRD_COMMITTEE_DRAFT_REV);
    assertThat(symbol.organ()).isEqualTo("A");
    assertThat(symbol.body()).contains("C.3");
    assertThat(symbol.session()).hasValue(69);
    assertThat(symbol.series()).isEqualTo(SymbolSeries.L);
    assertThat(symbol.number()).isEqualTo("28");
    assertThat(symbol.suffixes()).containsExactly(new Suffix(Kind.REV, 1));
    assertThat(symbol.revision()).hasValue(1);
    assertThat(symbol.isDraft()).isTrue();
    assertThat(symbol.isResolution()).isFalse();
    assertThat(symbol.base()).hasToString("A/C.3/69/L.28");
  }

  @Test
  void parse_securityCouncilResolutionWithYear() {
    DocumentSymbol symbol = DocumentSymbol.parse(SC_RESOLUTION);
    assertThat(symbol.organ()).isEqualTo("S");
    assertThat(symbol.year()).hasValue(2020);
    assertThat(symbol.session()).isEmpty();
    assertThat(symbol.number()).isEqualTo("2504");
    assertThat(symbol.isResolution()).isTrue();
  }

  @Test
  void parse_emergencySpecialSession() {
    DocumentSymbol symbol = DocumentSymbol.parse("A/RES/ES-10/19");
    assertThat(symbol.isEmergencySpecialSession()).isTrue();
    assertThat(symbol.isSpecialSession()).isFalse();
    assertThat(symbol.emergencySpecialSession()).hasValue(10);
    assertThat(symbol.specialSession()).isEmpty();
    assertThat(symbol.session()).isEmpty();
    assertThat(symbol.number()).isEqualTo("19");
  }

  @Test
  void parse_specialSessions() {
    DocumentSymbol ga = DocumentSymbol.parse("A/RES/S-27/2");
    assertThat(ga.isSpecialSession()).isTrue();
    assertThat(ga.specialSession()).hasValue(27);
    assertThat(ga.session()).isEmpty();

    DocumentSymbol hrcDraft = DocumentSymbol.parse("A/HRC/S-1/L.1");
    assertThat(hrcDraft.body()).contains("HRC");
    assertThat(hrcDraft.specialSession()).hasValue(1);
    assertThat(hrcDraft.isDraft()).isTrue();
  }

  @Test
  void parse_earlyResolutionWithRomanSession() {
    DocumentSymbol uniting = DocumentSymbol.parse("A/RES/377 (V)");
    assertThat(uniting).hasToString("A/RES/377(V)");
    assertThat(uniting.session()).hasValue(5);
    assertThat(uniting.year()).isEmpty();

    DocumentSymbol emergency = DocumentSymbol.parse("A/RES/997(ES-I)");
    assertThat(emergency.emergencySpecialSession()).hasValue(1);
    assertThat(emergency.session()).isEmpty();
  }

  @Test
  void parse_resumedSecurityCouncilMeeting() {
    DocumentSymbol symbol = DocumentSymbol.parse("S/PV.7353 (Resumption 1)");
    assertThat(symbol.resumption()).hasValue(1);
    assertThat(symbol.number()).isEqualTo("7353");
    assertThat(symbol.isMeetingRecord()).isTrue();
    assertThat(symbol).isNotEqualTo(DocumentSymbol.parse("S/PV.7353"));
  }

  @Test
  void parse_uprNationalReport() {
    DocumentSymbol symbol = DocumentSymbol.parse("A/HRC/WG.6/6/PRK/1");
    assertThat(symbol.body()).contains("HRC/WG.6");
    assertThat(symbol.session()).hasValue(6);
    assertThat(symbol.series()).isEqualTo(SymbolSeries.WG);
    assertThat(symbol.number()).isEqualTo("PRK/1");
    assertThat(symbol.numberAsInt()).isEmpty();
  }

  @Test
  void parse_pressRelease() {
    DocumentSymbol symbol = DocumentSymbol.parse("GA/SHC/4120");
    assertThat(symbol.organ()).isEqualTo("GA");
    assertThat(symbol.body()).contains("SHC");
    assertThat(symbol.series()).isEqualTo(SymbolSeries.PRESS_RELEASE);
    assertThat(symbol.numberAsInt()).hasValue(4120);
  }

  @Test
  void parse_revisionWithCorrigendum() {
    DocumentSymbol symbol = DocumentSymbol.parse("S/2023/123/Rev.1/Corr.1");
    assertThat(symbol.suffixes())
        .containsExactly(new Suffix(Kind.REV, 1), new Suffix(Kind.CORR, 1));
    assertThat(symbol.revision()).hasValue(1);
    assertThat(symbol.base()).hasToString("S/2023/123");
    assertThat(symbol.year()).hasValue(2023);
  }

  @Test
  void parse_commissionOnHumanRightsDraft() {
    DocumentSymbol symbol = DocumentSymbol.parse("E/CN.4/2005/L.30");
    assertThat(symbol.body()).contains("CN.4");
    assertThat(symbol.year()).hasValue(2005);
    assertThat(symbol.session()).isEmpty();
    assertThat(symbol.isDraft()).isTrue();
  }

  //-----------------------------------------------------------------------
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                    | empty symbol",
      "'   '                 | empty symbol",
      "A/RES/                | missing number after 'RES/'",
      "X/RES/1               | unknown organ 'X'",
      "RES/69/188            | unknown organ 'RES'",
      "A//RES/1              | empty part after 'A/'",
      "A/RES/69/188/Rev      | suffix 'Rev' needs a number",
      "A/RES/69/188/Rev.x    | suffix 'Rev.x' needs a number",
      "S/RES/2504 (20x0)     | year '(20x0)' after '2504' must be a year",
      "S/RES/2504 (2920)     | year '(2920)' after '2504' must be a year from 1940 to 2099",
      "A/RSE/69/188          | unknown body 'RSE' after 'A/'",
      "A/C.369/L.28/Rev.1    | expected a session before 'L.28'",
      "A/HRC/25              | missing number after '25'",
      "S/2014                | missing number after '2014'",
      "A/69                  | missing number after '69'",
      "GA/XYZ/4120           | expected a press release number after 'GA/', was 'XYZ'",
      "A/C.3/69/L.           | series 'L.' needs a number",
      "A/RES/69/188/Foo.1    | unknown suffix 'Foo.1'",
      "A/RES/abc             | expected a session after 'RES/', was 'abc'",
      "S/RES/2504            | needs its year in parentheses",
      "A/RES/69              | missing number after '69'",
      "A/RES/69/0188         | number '0188' must not have leading zeros",
      "A/RES/69/188/         | trailing '/' after '188'",
      "A/RES/69/188 (2014)   | unexpected '(2014)' after '188'",
      "A/RES/377(IIII)       | session '(IIII)' after '377' must be a roman numeral",
      "A/HRC/25/FOO.1        | unknown series 'FOO.1'",
      "S/PV.7353 (Resumed)   | unexpected '(Resumed)' after 'PV.7353'",
      "GA/SHC                | missing number after 'SHC'",
      "A/RES/69/188 (        | unbalanced or misplaced parentheses",
      "/A/RES/69/188         | missing organ before '/'",
  })
  void parse_rejectsBadSymbolNamingTheOffendingPart(String input, String message) {
    assertThatThrownBy(() -> DocumentSymbol.parse(input))
        .isInstanceOf(InvalidSymbolException.class)
        .hasMessageContaining(message)
        .satisfies(ex -> assertThat(((InvalidSymbolException) ex).symbol()).isEqualTo(input));
    assertThat(DocumentSymbol.tryParse(input)).isEmpty();
  }

  @Test
  void parse_rejectsNull() {
    assertThatThrownBy(() -> DocumentSymbol.parse(null)).isInstanceOf(NullPointerException.class);
  }

  //-----------------------------------------------------------------------
  @Test
  void withRevision_appendsOrReplacesTheLastRevision() {
    assertThat(DocumentSymbol.parse("A/C.3/69/L.28").withRevision(1))
        .isEqualTo(DocumentSymbol.parse("A/C.3/69/L.28/Rev.1"));
    assertThat(DocumentSymbol.parse("A/C.3/69/L.28/Rev.1/Corr.1").withRevision(2))
        .hasToString("A/C.3/69/L.28/Rev.2");
    assertThat(DocumentSymbol.parse("A/HRC/25/63/Add.1").withRevision(1))
        .hasToString("A/HRC/25/63/Add.1/Rev.1");
    assertThat(DocumentSymbol.parse(SC_RESOLUTION).withRevision(1).revision()).hasValue(1);
  }

  @Test
  void withRevision_rejectsZero() {
    DocumentSymbol symbol = DocumentSymbol.parse(GA_RESOLUTION);
    assertThatThrownBy(() -> symbol.withRevision(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("revision");
  }

  @Test
  void suffix_rejectsNumberBelowOne() {
    assertThatThrownBy(() -> new Suffix(Kind.ADD, 0)).isInstanceOf(InvalidValueException.class);
    assertThat(new Suffix(Kind.CORR, 2)).hasToString("Corr.2");
  }

  @Test
  void base_keepsEverythingButSuffixes() {
    DocumentSymbol symbol = DocumentSymbol.parse("A/HRC/25/63/Add.1/Corr.1");
    DocumentSymbol base = symbol.base();
    assertThat(base).isEqualTo(DocumentSymbol.parse("A/HRC/25/63"));
    assertThat(base.session()).isEqualTo(symbol.session());
    assertThat(base.body()).isEqualTo(symbol.body());
    assertThat(base.series()).isEqualTo(symbol.series());
  }

  //-----------------------------------------------------------------------
  @Test
  void equals_comparesCanonicalText() {
    DocumentSymbol a = DocumentSymbol.parse("S/RES/2504 (2020)");
    DocumentSymbol b = DocumentSymbol.parse(" S/RES/2504(2020) ");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(DocumentSymbol.parse("S/RES/2504 (2019)"));
    assertThat(a).isNotEqualTo("S/RES/2504 (2020)");
    assertThat(a.equals(null)).isFalse();
  }

  @Test
  void compareTo_ordersNumbersNaturally() {
    List<String> ordered = List.of(
        "A/C.3/69/L.28",
        "A/C.3/69/L.28/Rev.1",
        "A/C.3/69/L.28/Rev.2",
        "A/RES/69/99",
        "A/RES/69/188",
        "A/RES/69/188/Corr.1",
        "A/RES/69/1000",
        "A/RES/73/180",
        "S/RES/82 (1950)",
        "S/RES/2133 (2014)",
        "S/RES/2504 (2020)");
    List<DocumentSymbol> shuffled = new ArrayList<>();
    for (String s : ordered) {
      shuffled.add(DocumentSymbol.parse(s));
    }
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 5);
    Collections.sort(shuffled);
    assertThat(shuffled).extracting(DocumentSymbol::toString).containsExactlyElementsOf(ordered);
  }

  @Test
  void compareTo_isConsistentWithEquals() {
    DocumentSymbol a = DocumentSymbol.parse("A/RES/69/188");
    DocumentSymbol b = DocumentSymbol.parse("A / RES / 69 / 188");
    DocumentSymbol c = DocumentSymbol.parse("A/RES/69/189");
    assertThat(a.compareTo(b)).isZero();
    assertThat(a.compareTo(c)).isNegative();
    assertThat(c.compareTo(a)).isPositive();
    assertThat(Stream.of(c, a).sorted().findFirst()).contains(a);
  }

  //-----------------------------------------------------------------------
  @Test
  void json_roundTripsAsCanonicalString() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    DocumentSymbol symbol = DocumentSymbol.parse("S/RES/2504(2020)");
    String json = mapper.writeValueAsString(symbol);
    assertThat(json).isEqualTo("\"S/RES/2504 (2020)\"");
    assertThat(mapper.readValue(json, DocumentSymbol.class)).isEqualTo(symbol);

    List<DocumentSymbol> list = List.of(
        DocumentSymbol.parse(GA_RESOLUTION), DocumentSymbol.parse(THIRD_COMMITTEE_DRAFT_REV));
    String listJson = mapper.writeValueAsString(list);
    assertThat(listJson).isEqualTo("[\"A/RES/69/188\",\"A/C.3/69/L.28/Rev.1\"]");
    assertThat(mapper.readValue(listJson, new TypeReference<List<DocumentSymbol>>() {}))
        .isEqualTo(list);
  }

  @Test
  void json_rejectsBadSymbol() {
    ObjectMapper mapper = new ObjectMapper();
    assertThatThrownBy(() -> mapper.readValue("\"X/RES/1\"", DocumentSymbol.class))
        .hasRootCauseInstanceOf(InvalidSymbolException.class)
        .hasStackTraceContaining("unknown organ 'X'");
  }
}
