package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link StartFilteredMatcher} finds exactly what {@link Matcher#find()} finds when its starts
 * allow every match, and {@link AsciiCase} answers as {@link String#regionMatches}.
 */
class StartFilteredMatcherTest {

  private static final StartFilteredMatcher.Starts COUNT_STARTS = StartFilteredMatcher.Starts.of(
      "0123456789oOtT", (s, i) -> StartFilteredMatcher.wordStart(s, i));

  private static List<String> find(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  private static List<String> find(StartFilteredMatcher f) {
    List<String> out = new ArrayList<>();
    while (f.find()) {
      Matcher m = f.matcher();
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  @Test
  void find_givesTheMatchesOfFind_withWordBoundariesAndLookBehinds() {
    Pattern p = Pattern.compile("(?<![/.])\\b(?:one|two|\\d{1,3})\\s+to\\s+(?:one|two|\\d{1,3})\\b",
        Pattern.CASE_INSENSITIVE);
    String s = "One to two, 12 to 3; xone to 4, 1/2 to 5, 6 to 7 to 8, TWO to 9, .5 to 6";
    assertThat(find(StartFilteredMatcher.of(p, s, COUNT_STARTS))).isEqualTo(find(p.matcher(s)))
        .hasSize(4);
  }

  @Test
  void find_onARegion_seesTheTextAroundIt_asATransparentRegionDoes() {
    Pattern p = Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)\\s+session\\b");
    String s = "x25th session, 30th session; 41st sessions 52nd session";
    StartFilteredMatcher.Starts digits = StartFilteredMatcher.Starts.of("0123456789",
        StartFilteredMatcher::wordStart);
    Matcher plain = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(2, 50);
    assertThat(find(new StartFilteredMatcher(p.matcher(s), s, 2, 50, digits))).isEqualTo(find(plain))
        .containsExactly("15-27:30th session");
  }

  @Test
  void regionMatches_answersAsStringRegionMatches() {
    String[] texts = {"Vote", "VOTE", "vOtE", "vote", "v\u00f6te", "\u017fession", "SESSION", "\u0130n",
        "\u212aey", "vot", ""};
    String[] words = {"vote", "session", "in", "key", "vot"};
    for (String t : texts) {
      for (String w : words) {
        for (int at = -1; at <= t.length(); at++) {
          assertThat(AsciiCase.regionMatches(t, at, w)).as("%s at %d, %s", t, at, w)
              .isEqualTo(t.regionMatches(true, at, w, 0, w.length()));
        }
      }
    }
  }
}
