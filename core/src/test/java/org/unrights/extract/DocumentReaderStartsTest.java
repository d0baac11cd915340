package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
