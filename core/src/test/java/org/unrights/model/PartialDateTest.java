package org.unrights.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2014", "2014-03", "2014-12-18", "--12-18", "--02-29", "0001", "9999-12-31"})
  void parse_roundTripsEveryForm(String text) {
    assertThat(PartialDate.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "14", "2014-3", "2014-13", "2014-02-30", "--13-01", "--02-30", "2014/03/01", "0000", "March 2014"})
  void parse_rejectsWhatIsNotAnIsoPartialDate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void parse_namesTheFormsItAccepts() {
    assertThatThrownBy(() -> PartialDate.parse("18 Dec 2014"))
        .hasMessage("PartialDate must be YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, was: '18 Dec 2014'");
  }

  @Test
  void precision_andPartiality() {
    assertThat(PartialDate.parse("2014").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("2014-03").precision()).isEqualTo(PartialDate.Precision.YEAR_MONTH);
    assertThat(PartialDate.parse("--12-18").precision()).isEqualTo(PartialDate.Precision.MONTH_DAY);
    assertThat(PartialDate.parse("2014-12-18").isPartial()).isFalse();
    assertThat(PartialDate.parse("2014-12").isPartial()).isTrue();
  }

  @Test
  void monthDay_takesAYearOnlyWhenGiven() {
    PartialDate d = PartialDate.parse("--12-18");
    assertThat(d.year()).isEmpty();
    assertThat(d.earliest()).isEmpty();
    assertThat(d.withYear(2014)).isEqualTo(PartialDate.of(2014, 12, 18));
    assertThatThrownBy(() -> PartialDate.parse("--02-29").withYear(2015)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void earliestAndLatest_boundTheDaysDenoted() {
    assertThat(PartialDate.parse("2014-02").earliest()).contains(LocalDate.of(2014, 2, 1));
    assertThat(PartialDate.parse("2016-02").latest()).contains(LocalDate.of(2016, 2, 29));
    assertThat(PartialDate.parse("2014").latest()).contains(LocalDate.of(2014, 12, 31));
  }

  @Test
  void compatibility_isAgreementOfKnownFields() {
    assertThat(PartialDate.parse("2014-12").isCompatibleWith(PartialDate.parse("2014-12-18"))).isTrue();
    assertThat(PartialDate.parse("--12-18").isCompatibleWith(PartialDate.parse("2014-12-18"))).isTrue();
    assertThat(PartialDate.parse("2003").isCompatibleWith(PartialDate.parse("2004-04-15"))).isFalse();
    assertThat(PartialDate.parse("2014-03").contains(LocalDate.of(2014, 3, 28))).isTrue();
  }

  @Test
  void order_putsLessPreciseFirstAndUnknownYearsLast() {
    List<PartialDate> dates = new ArrayList<>();
    for (String s : new String[] {"--01-01", "2014-12-18", "2014", "2014-03", "2013-12-31", "2014-03-28"}) {
      dates.add(PartialDate.parse(s));
    }
    Collections.sort(dates);
    assertThat(dates).extracting(PartialDate::toString)
        .containsExactly("2013-12-31", "2014", "2014-03", "2014-03-28", "2014-12-18", "--01-01");
  }
}
