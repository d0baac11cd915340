package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule patterns of {@link DocumentReader} that are searched only from allowed starts
 * ({@link StartFilteredMatcher}) allow every phrase they can begin with: when a rule gains a
 * phrase ("\b(?:in\s+a\s+row|...|new phrase)"), this test fails until the phrase's first word
 * is added to the pattern's starts.
 */
class DocumentReaderStartsTest {

  @Test
  void habitual_everyPhraseMayStart() {
    assertEveryAlternativeAllowed(DocumentReader.HABITUAL, DocumentReader.HABITUAL_STARTS);
  }

  @Test
  void sponsorBefore_everyWordMayStart() {
    assertEveryAlternativeAllowed(DocumentReader.SPONSOR_BEFORE, DocumentReader.SPONSOR_STARTS);
    assertEveryAlternativeAllowed(DocumentReader.BY_BEFORE, DocumentReader.BY_STARTS);
  }

  /**
   * The searches that try only allowed starts find exactly what {@code find()} finds, in every
   * sentence of every gold text (as the reader searches them: lower-cased, or as written).
   */
  @Test
  void filteredSearches_findWhatFindFinds_onEveryGoldText() throws IOException {
    int sentences = 0;
    for (Path dir : ExtractionEvaluation.GOLD_SETS) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files = list.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        String text = TextNormalizer.normalize(Files.readString(file, StandardCharsets.UTF_8));
        String lower = AsciiCase.lowerCase(text, 0, text.length());
        for (Sentence s : SentenceSplitter.split(text)) {
          String asWritten = text.substring(s.start(), s.end());
          String lowered = lower.substring(s.start(), s.end());
          assertSameMatches(DocumentReader.LIST_CONTINUATION, DocumentReader.LIST_CONTINUATION_STARTS, lowered, file);
          assertSameMatches(DocumentReader.HABITUAL, DocumentReader.HABITUAL_STARTS, lowered, file);
          assertSameMatches(DocumentReader.DATED_REVIEW, DocumentReader.DATED_REVIEW_STARTS, asWritten, file);
          assertSameMatches(DocumentReader.CITED_RESOLUTION, DocumentReader.CITED_RESOLUTION_STARTS, asWritten, file);
          for (Object[] p : LOWER_CASE_SEARCHES) {
            assertSameMatches((Pattern) p[0], (StartFilteredMatcher.Starts) p[1], lowered, file);
          }
          for (int from = 0; from < lowered.length(); from += 40) { // the 40 characters before a name, as sponsorBefore reads them
            String before = lowered.substring(from, Math.min(lowered.length(), from + 40));
            assertSameMatches(DocumentReader.SPONSOR_BEFORE, DocumentReader.SPONSOR_STARTS, before, file);
            assertSameMatches(DocumentReader.BY_BEFORE, DocumentReader.BY_STARTS, before, file);
          }
          sentences++;
        }
      }
    }
    assertThat(sentences).isGreaterThan(100);
  }

  @Test
  void filteredSearches_findWhatFindFinds_onWrittenCases() {
    for (String sentence : List.of("the Council adopted it, and the resolution on Iran, as was the text on Syria",
        "adopted,  and another draft text on Belarus and\tthe draft on Eritrea", "and a text on X",
        "the 2019 review, in 1998  Universal Periodic Review and 2005 UPR; x2019 review 20199 review",
        "held in a row every year since 2001 and such resolutions")) {
      for (String form : List.of(sentence, AsciiCase.lowerCase(sentence, 0, sentence.length()))) {
        assertSameMatches(DocumentReader.LIST_CONTINUATION, DocumentReader.LIST_CONTINUATION_STARTS, form, null);
        assertSameMatches(DocumentReader.HABITUAL, DocumentReader.HABITUAL_STARTS, form, null);
        assertSameMatches(DocumentReader.DATED_REVIEW, DocumentReader.DATED_REVIEW_STARTS, form, null);
      }
    }
  }

  /** The searches the reader runs on a lower-cased sentence from the starts of their words. */
  private static final Object[][] LOWER_CASE_SEARCHES = {
      {DocumentReader.PLUPERFECT, DocumentReader.PLUPERFECT_STARTS},
      {DocumentReader.REPORT_TO_BODY, DocumentReader.REPORT_TO_BODY_STARTS},
      {DocumentReader.DIALOGUE_HELD, DocumentReader.DIALOGUE_HELD_STARTS},
      {DocumentReader.NOT_YET, DocumentReader.NOT_YET_STARTS},
      {DocumentReader.REPORTED_IN_ITS_REPORT, DocumentReader.REPORTED_IN_ITS_REPORT_STARTS},
  };

  @Test
  void wordStartSearches_findWhatFindFinds_onWrittenCases() {
    for (String sentence : List.of(
        "In her July 2021 report to the Council, the rapporteur said the Government had not replied",
        "during an interactive dialogue with the Special Rapporteur, which will be held next week",
        "The Office reported the following in its 2019 report; it had said so two years ago, last year",
        "Recalling its resolution 20/13 of 5 July 2012 and Its resolutions 1593 (2005) of March 31, 2005",
        "kin her report to the council; within its report; xhad, in 1999, lasting, last day of")) {
      for (String form : List.of(sentence, AsciiCase.lowerCase(sentence, 0, sentence.length()))) {
        for (Object[] p : LOWER_CASE_SEARCHES) {
          assertSameMatches((Pattern) p[0], (StartFilteredMatcher.Starts) p[1], form, null);
        }
        assertSameMatches(DocumentReader.CITED_RESOLUTION, DocumentReader.CITED_RESOLUTION_STARTS, form, null);
      }
    }
  }

  private static void assertSameMatches(Pattern pattern, StartFilteredMatcher.Starts starts, String input, Path file) {
    List<String> expected = new ArrayList<>();
    Matcher m = pattern.matcher(input);
    while (m.find()) {
      expected.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    List<String> actual = new ArrayList<>();
    StartFilteredMatcher f = StartFilteredMatcher.of(pattern, input, starts);
    while (f.find()) {
      actual.add(f.matcher().start() + "-" + f.matcher().end() + ":" + f.matcher().group());
    }
    assertThat(actual).as("%s in \"%s\" (%s)", pattern, input, file).isEqualTo(expected);
    if (input.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      // a lower-cased input: the search from the words' positions found with indexOf, as the reader runs it
      List<String> fromIndexOf = new ArrayList<>();
      StartFilteredMatcher g = StartFilteredMatcher.ofLowerCase(pattern, input, starts);
      while (g.find()) {
        fromIndexOf.add(g.matcher().start() + "-" + g.matcher().end() + ":" + g.matcher().group());
      }
      assertThat(fromIndexOf).as("ofLowerCase: %s in \"%s\" (%s)", pattern, input, file).isEqualTo(expected);
    }
  }

  /** Each alternative of the pattern's opening group, as its literal text up to the first operator, is allowed after a space. */
  private static void assertEveryAlternativeAllowed(Pattern pattern, StartFilteredMatcher.Starts starts) {
    List<String> literals = openingLiterals(pattern.pattern());
    assertThat(literals).as("alternatives of %s", pattern).isNotEmpty();
    for (String literal : literals) {
      String text = " " + literal;
      assertThat(starts.allow(text, 1)).as("start of \"%s\" in %s", literal, pattern).isTrue();
    }
  }

  /** The literal openings of the alternatives of "\b(?:a|b|c)..." or of "\bword...". */
  private static List<String> openingLiterals(String regex) {
    String r = regex.startsWith("\\b") ? regex.substring(2) : regex;
    List<String> alternatives = new ArrayList<>();
    if (r.startsWith("(?:")) {
      int depth = 0;
      int from = 3;
      for (int k = 3; k < r.length(); k++) {
        char c = r.charAt(k);
        if (c == '\\') {
          k++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && depth > 0) {
          depth--;
        } else if (c == '|' && depth == 0) {
          alternatives.add(r.substring(from, k));
          from = k + 1;
        } else if (c == ')') {
          alternatives.add(r.substring(from, k));
          break;
        }
      }
    } else {
      alternatives.add(r);
    }
    List<String> literals = new ArrayList<>();
    for (String alternative : alternatives) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < alternative.length(); k++) {
        char c = alternative.charAt(k);
        if ("\\()[]{}?*+|.$^".indexOf(c) >= 0) {
          break;
        }
        b.append(c);
      }
      literals.add(b.toString());
    }
    return literals;
  }
}
