package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link TallyParser} and {@link PersonFinder} look up the words their patterns begin at (or
 * follow) in the sentence's lower-case text when the caller gives it, and in the text itself when
 * not; {@link TallyParser} also tells so whether a sentence may hold a vote. Both ways give the
 * same statements and persons: on every sentence of the test texts, in their case, upper case and
 * lower case, and on sentences whose non-ASCII letters match ASCII ones ignoring case.
 */
class SentenceLookupTest {

  private static List<String> testTexts() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String raw = Files.readString(p);
        out.add(raw);
        out.add(raw.toUpperCase(Locale.ROOT));
        out.add(raw.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static void assertSameBothWays(String raw) {
    String text = TextNormalizer.normalize(raw);
    String lower = AsciiCase.lowerCase(text, 0, text.length());
    for (Sentence s : SentenceSplitter.split(text)) {
      String ls = lower.substring(s.start(), s.end());
      assertThat(TallyParser.find(text, ls, s.start(), s.end())).as(text.substring(s.start(), s.end()))
          .isEqualTo(TallyParser.find(text, s.start(), s.end()));
      assertThat(PersonFinder.find(text, ls, s.start(), s.end())).as(text.substring(s.start(), s.end()))
          .isEqualTo(PersonFinder.find(text, s.start(), s.end()));
    }
  }

  @Test
  void tallyAndPersons_areTheSameWithAndWithoutTheLowerCaseSentence_onTheTestTexts() throws IOException {
    List<String> texts = testTexts();
    assertThat(texts).hasSizeGreaterThan(100);
    for (String raw : texts) {
      assertSameBothWays(raw);
    }
  }

  @Test
  void tally_readsASentenceWhoseOnlyVoteWordHasALongS_bothWays() {
    // no digit: the sentence is read because "con\u017ful" begins like "cons" (the long s matches s ignoring case)
    String text = "The con\u017ful noted fifteen in favour, four against.";
    String lower = AsciiCase.lowerCase(text, 0, text.length());
    List<VoteMention> votes = TallyParser.find(text, lower, 0, text.length());
    assertThat(votes).isEqualTo(TallyParser.find(text, 0, text.length())).hasSize(1);
    assertThat(votes.get(0).tally().orElseThrow().yes()).isEqualTo(15);
    String plain = "The consul noted fifteen in favour, four against.";
    assertThat(TallyParser.find(plain, AsciiCase.lowerCase(plain, 0, plain.length()), 0, plain.length())).hasSize(1);
    String none = "The envoy noted fifteen in favour, four against.";
    assertThat(TallyParser.find(none, AsciiCase.lowerCase(none, 0, none.length()), 0, none.length())).isEmpty();
  }

  @Test
  void tallyAndPersons_areTheSameBothWays_withLettersThatLowerCaseToAscii() {
    for (String raw : new String[] {
        "Adopted by 12 \u0130N favour to 3 against, with 2 abstentions.",
        "Adopted by 12 votes in favour to 3 AGA\u0130NST.",
        "The \u212Aey vote: 13-2, with 1 abstention; \u0130ndependent Expert Ana Lopez spoke.",
        "Special Rapporteur \u0130van Petrov, the U.N.'s new Special Rapporteur, met Ana Lopez.",
        "Ana Lopez, the UN's Special \u0130nvoy, and Ivan Petrov, the High Commissioner, spoke; "
            + "the panel was cha\u0130red by Ana Lopez and chaired by Ivan Petrov.",
        "By a vote of twelve to three, the Council, chaired by Jon Smith, acted: 5 -\t6, 7- 8, 9 -10."}) {
      assertSameBothWays(raw);
    }
  }
}
