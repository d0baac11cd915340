package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unrights.model.Body;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;

/** The extractor as a whole: what it proposes, what it refuses to invent, and bad input. */
class ExtractorTest {

  private static final Extractor EXTRACTOR = Extractor.standard();
  private static final Optional<PartialDate> FRIDAY = Optional.of(PartialDate.parse("2016-03-25"));

  private static Extraction extract(String text) {
    return EXTRACTOR.extract("doc-1", text, FRIDAY);
  }

  @Test
  void recordedVoteAdoption_hasActorStateDateTallySymbolAndExactEvidence() {
    String text = "The Human Rights Council on Thursday adopted resolution A/HRC/RES/31/18 on Ruritania\u2019s "
        + "neighbour Eritrea by a recorded vote of 30 in favour to 6 against, with 11 abstentions.";
    Step step = extract(text).steps().get(0);
    assertThat(step.type()).isEqualTo(StepType.RESOLUTION_ADOPTED);
    assertThat(step.actor()).contains(Body.HRC);
    assertThat(step.subjectState().map(s -> s.alpha3())).contains("ERI");
    assertThat(step.date()).contains(PartialDate.parse("2016-03-24"));
    assertThat(step.tally()).contains(Tally.of(30, 6, 11));
    assertThat(step.symbol().map(Object::toString)).contains("A/HRC/RES/31/18");
    Evidence e = step.evidence().get(0);
    assertThat(e.matches(text)).isTrue();
    assertThat(step.confidence().getAsDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void vetoInSecurityCouncil_withTallyFromNextSentence() {
    String text = "China and Russia on Tuesday vetoed a Security Council draft resolution on Syria. "
        + "The text received 12 votes in favour, 2 against, with 1 abstention.";
    Step step = extract(text).steps().get(0);
    assertThat(step.type()).isEqualTo(StepType.VETO_CAST);
    assertThat(step.actor()).contains(Body.UNSC);
    assertThat(step.subjectState().map(s -> s.alpha3())).contains("SYR");
    assertThat(step.tally()).contains(Tally.of(12, 2, 1));
  }

  @Test
  void generalAssemblyEncouragingReferral_isAReferralRecommended() {
    String text = "The General Assembly adopted a resolution on Belarus in December. The resolution "
        + "encourages the Security Council to consider referral of the situation to the International Criminal Court.";
    assertThat(extract(text).steps()).extracting(Step::type)
        .containsExactly(StepType.RESOLUTION_ADOPTED, StepType.REFERRAL_RECOMMENDED);
  }

  @Test
  void hypotheticalsAndExhortations_areNotEvents() {
    String text = "Member states should vote in favour of the draft on Iran in the Third Committee. "
        + "The Security Council would have to pass a resolution referring Iran to the International Criminal Court. "
        + "The General Assembly will consider the text next week. "
        + "Rights groups urged the Security Council to refer the case to the International Criminal Court.";
    assertThat(extract(text).steps()).isEmpty();
  }

  @Test
  void anaphora_theCouncilResolvesToLastCouncilMentioned() {
    String text = "The Security Council met on Syria. Later the Council adopted a resolution unanimously.";
    Step step = extract(text).steps().stream().filter(s -> s.type() == StepType.RESOLUTION_ADOPTED)
        .findFirst().orElseThrow();
    assertThat(step.actor()).contains(Body.UNSC);
  }

  @Test
  void personNamedNextToRole_isReportedByName_notAsAnEntityReference() {
    String text = "The Secretary-General named Lea Kim as head of the independent mechanism for Myanmar in 2019.";
    Extraction x = extract(text);
    Step step = x.steps().get(0);
    assertThat(step.type()).isEqualTo(StepType.HOLDER_APPOINTED);
    assertThat(step.person()).isEmpty();
    assertThat(x.personName(step)).contains("Lea Kim");
  }

  @Test
  void textWithNoUnContent_yieldsNothing() {
    String text = "The city council passed a budget on Monday after the mayor vetoed the first draft. "
        + "The committee adopted new parking rules and the club appointed a coach, who published a book.";
    Extraction x = extract(text);
    assertThat(x.steps()).isEmpty();
  }

  @Test
  void badInput_neverThrows_andInventsNothing() {
    assertThat(EXTRACTOR.extract("e", "", Optional.empty()).steps()).isEmpty();
    byte[] junk = new byte[20_000];
    new Random(42).nextBytes(junk);
    String binary = new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(EXTRACTOR.extract("b", binary, Optional.empty()).steps()).isEmpty();
    StringBuilder noPunctuation = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      noPunctuation.append("adopted Council 12 to 14 vote ");
    }
    EXTRACTOR.extract("p", noPunctuation, Optional.empty());
  }

  @Test
  void fiftyMegabytesOfUnrelatedText_finishesWithoutException() {
    String paragraph = "Farmers in the valley passed the season with a good harvest, and the market "
        + "committee approved new stalls on 3 May. Prices rose by 12-4 points in a week.\n\n";
    StringBuilder big = new StringBuilder(50 * 1024 * 1024 + paragraph.length());
    while (big.length() < 50 * 1024 * 1024) {
      big.append(paragraph);
    }
    Extraction x = EXTRACTOR.extract("big", big, Optional.empty());
    assertThat(x.steps()).isEmpty();
  }
}
