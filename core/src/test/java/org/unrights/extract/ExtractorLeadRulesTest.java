package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;

/**
 * Rules found by probing the extractor with sentences written for these tests (line ends, byte
 * order marks, datelines on a line of their own, several verbs with their own objects).
 */
class ExtractorLeadRulesTest {

  private static List<String> summary(String text, Optional<PartialDate> published) {
    return RuleSentences.summary(RuleSentences.steps(text, published));
  }

  @Test
  void windowsLineEnds_doNotSplitAWrappedSentence() {
    String text = "The Human Rights Council on 3 April 2024 extended the mandate of\r\n"
        + "the Special Rapporteur on Burundi for a further year.\r\n";
    assertThat(summary(text, Optional.empty())).containsExactly("mandate-renewed hrc BDI 2024-04-03");
    assertThat(TextNormalizer.normalize(text)).hasSameSizeAs(text).doesNotContain("\n\n");
  }

  @Test
  void byteOrderMarkAndDatelineOnItsOwnLine_frameRelativeDates() {
    String withBom = "\uFEFFGENEVA, 5 October 2023 -\r\nThe Human Rights Council on Thursday renewed the "
        + "mandate of the Special Rapporteur on Burundi.\r\n";
    assertThat(summary(withBom, Optional.empty())).containsExactly("mandate-renewed hrc BDI 2023-10-05");
    String ownLine = "NEW YORK, 12 December 2022 -\nThe General Assembly on Monday adopted a resolution on "
        + "the situation of human rights in Myanmar.\n";
    assertThat(summary(ownLine, Optional.empty())).containsExactly("resolution-adopted ga MMR 2022-12-12");
  }

  @Test
  void aHyphenatedWordAtALineEnd_isNoDateline() {
    String text = "The General Assembly on Monday adopted a long-\nawaited resolution on Myanmar.\n";
    assertThat(summary(text, Optional.empty())).containsExactly("resolution-adopted ga MMR -");
  }

  @Test
  void aResolutionExtendingAMandate_isAnAdoptionAndARenewal() {
    assertThat(summary("The Human Rights Council today adopted a resolution extending the mandate of the "
        + "Special Rapporteur on Iran.", Optional.of(PartialDate.parse("2024-04-04"))))
        .containsExactly("resolution-adopted hrc IRN 2024-04-04", "mandate-renewed hrc IRN 2024-04-04");
    assertThat(summary("The Human Rights Council on Friday adopted a text renewing for one year the mandate of "
        + "the Independent Expert on the Central African Republic.", Optional.of(PartialDate.parse("2024-10-12"))))
        .containsExactly("resolution-adopted hrc CAF 2024-10-11", "mandate-renewed hrc CAF 2024-10-11");
  }

  @Test
  void aLaterVerbWithItsOwnObject_keepsItsOwnState() {
    assertThat(summary("The Human Rights Council today renewed the mandate on Eritrea and created a new "
        + "mandate on Russia.", Optional.of(PartialDate.parse("2022-10-07"))))
        .containsExactly("mandate-renewed hrc ERI 2022-10-07", "mechanism-established hrc RUS 2022-10-07");
    assertThat(summary("The Human Rights Council today adopted a resolution extending the mandate of the "
        + "Special Rapporteur on Iran, and established a fact-finding mission on the Sudan.",
        Optional.of(PartialDate.parse("2023-10-11"))))
        .containsExactly("resolution-adopted hrc IRN 2023-10-11", "mandate-renewed hrc IRN 2023-10-11",
            "mechanism-established hrc SDN 2023-10-11");
  }

  @Test
  void theMonthOfMay_isNoModal() {
    assertThat(summary("The Security Council this morning renewed the arms embargo on South Sudan until 31 May "
        + "2025, adopting resolution 2731 (2024) by a vote of 9 to none, with 6 abstentions.",
        Optional.of(PartialDate.parse("2024-05-30"))))
        .containsExactly("resolution-adopted unsc SSD 2024-05-30");
    assertThat(summary("In May the Human Rights Council adopted a resolution on Eritrea.",
        Optional.of(PartialDate.parse("2024-07-01")))).containsExactly("resolution-adopted hrc ERI 2024-05");
    assertThat(summary("The Human Rights Council may adopt a resolution on Eritrea in May.",
        Optional.of(PartialDate.parse("2024-04-01")))).isEmpty();
  }

  @Test
  void aSecurityCouncilResolutionsSymbol_givesTheYearOfItsAdoption() {
    assertThat(summary("The Security Council met today on Darfur. In 2005 the Council adopted resolution 1593 "
        + "(2005), referring the situation in Darfur to the International Criminal Court.",
        Optional.of(PartialDate.parse("2024-06-13"))))
        .contains("resolution-adopted unsc SDN 2005");
    assertThat(summary("The Security Council met this morning. Resolution 2664 (2022) was adopted unanimously.",
        Optional.of(PartialDate.parse("2024-05-30"))))
        .containsExactly("meeting-held unsc - 2024-05-30", "resolution-adopted unsc - 2022");
    assertThat(summary("The Security Council this morning adopted resolution 2731 (2024) on South Sudan.",
        Optional.of(PartialDate.parse("2024-05-30"))))
        .containsExactly("resolution-adopted unsc SSD 2024-05-30");
  }

  @Test
  void aBriefingOfAVotingBody_isAReportPresented_andInvestigatorsAreACommission() {
    Optional<PartialDate> published = Optional.of(PartialDate.parse("2023-10-20"));
    assertThat(summary("The High Commissioner briefed the Security Council on Sudan on Monday.", published))
        .containsExactly("report-presented high-commissioner SDN 2023-10-16");
    assertThat(summary("Presenting her report to the Human Rights Council on Wednesday, the Special Rapporteur "
        + "on Afghanistan said the situation had worsened.", published))
        .containsExactly("report-presented special-rapporteur AFG 2023-10-18");
    assertThat(summary("The Special Rapporteur on Iran briefed journalists in Geneva on Monday.", published)).isEmpty();
    assertThat(summary("U.N. investigators on Monday released a report accusing Ethiopia of war crimes.", published))
        .containsExactly("report-published coi ETH 2023-10-16");
  }

  @Test
  void aStateThatAcceptsOrDeclinesAVisit_grantsOrRefusesIt() {
    Optional<PartialDate> published = Optional.of(PartialDate.parse("2023-11-20"));
    assertThat(summary("Venezuela has accepted a visit by the Special Rapporteur on the right to food.", published))
        .containsExactly("visit-granted - VEN -");
    assertThat(summary("In 2019, the Philippines declined to allow the Special Rapporteur on extrajudicial "
        + "executions to visit.", published)).containsExactly("visit-refused - PHL 2019");
    assertThat(summary("Viet Nam accepted 241 of the 320 recommendations it received at its review.", published))
        .containsExactly("recommendations-responded - VNM -");
    assertThat(summary("The Special Rapporteur declined to comment on the report.", published)).isEmpty();
  }

  @Test
  void talliesWrittenWithForOrWithMembersVoting() {
    for (String vote : List.of("with 19 votes for, 7 against and 21 abstaining",
        "by a vote of 19 for, 7 against, and 21 abstentions",
        "with 19 members voting in favour, 7 against and 21 abstaining")) {
      List<org.unrights.model.Step> steps = RuleSentences.steps("The Human Rights Council adopted the resolution "
          + "on Nicaragua " + vote + ".", Optional.empty());
      assertThat(steps).as(vote).hasSize(1);
      assertThat(steps.get(0).tally()).as(vote).contains(org.unrights.model.Tally.of(19, 7, 21));
    }
    assertThat(RuleSentences.steps("The Human Rights Council adopted the resolution on Nicaragua, which "
        + "calls for 19 reforms and names 7 officials against whom sanctions apply.", Optional.empty())
        .get(0).tally()).isEmpty();
  }
}
