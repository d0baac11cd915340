package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unrights.model.PartialDate;

/**
 * The shortcuts {@link TemporalResolver} takes give the answers of the patterns they stand for, on
 * every text of the snapshot (as written, lower-cased and upper-cased) and on cases made for them:
 * the characters a search starts from (for the relative phrases, their first words) and the
 * hand-read year.
 */
class TemporalResolverTest {

  /** The snapshot's texts, normalised, each also lower-cased and upper-cased, and the made cases. */
  private static List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Path p : ExtractionSnapshot.texts()) {
      try {
        String t = TextNormalizer.normalize(Files.readString(p, StandardCharsets.UTF_8));
        out.add(t);
        out.add(t.toLowerCase(Locale.ROOT));
        out.add(t.toUpperCase(Locale.ROOT));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.add(MADE);
    return out;
  }

  private static final String MADE = "On 18 Dec. 2014, and 3 (2014), 3(2015), (2016), 2017-18, 2019-, "
      + "2020/21, /2001, .2002, -2003, 20045, a2006, 2007b, 1899, 2100, 1999. Last March, this past "
      + "Sept., this  past June, in  May, mid-April, early May 2015; earlier this month, earlier this "
      + "year, earlier   this   year, lastly this year, todays today_ _today, this weekend, this week, "
      + "Today, TONIGHT, next  month, the yesterday's, earliest this year, this this year. "
      + "\u017fince May, \u0130n June, 5th of July 2014, May 5, 2014, May 5.5, May 12:30.";

  private static Matcher matcher(Pattern p, String t) {
    return p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static void assertStarts(Pattern p, boolean[] starts) {
    int matches = 0;
    for (String t : texts()) {
      Matcher m = matcher(p, t);
      for (int i = 0; i < t.length(); i++) {
        if (m.region(i, t.length()).lookingAt()) {
          char c = t.charAt(i);
          assertThat(c >= 128 || starts[c]).as("%s at %d of %s", p, i, t).isTrue();
          assertThat(StartFilteredMatcher.wordStart(t, i)).as("%s at %d", p, i).isTrue();
          matches++;
        }
      }
    }
    assertThat(matches).as("%s matches somewhere", p).isPositive();
  }

  @Test
  void everyMatchBeginsWhereTheSearchTriesIt() {
    assertStarts(TemporalResolver.DAY_MONTH_YEAR, TemporalResolver.DIGIT_STARTS);
    assertStarts(TemporalResolver.DAY_MONTH, TemporalResolver.DIGIT_STARTS);
    assertStarts(TemporalResolver.MONTH_DAY_YEAR, TemporalResolver.MONTH_STARTS);
    assertStarts(TemporalResolver.MONTH_YEAR, TemporalResolver.MONTH_STARTS);
    assertStarts(TemporalResolver.MONTH_DAY, TemporalResolver.MONTH_STARTS);
    assertStarts(TemporalResolver.LAST_MONTH_NAME, TemporalResolver.LAST_STARTS);
    assertStarts(TemporalResolver.IN_MONTH, TemporalResolver.IN_MONTH_STARTS);
    assertStarts(TemporalResolver.WEEKDAY_PATTERN, TemporalResolver.WEEKDAY_STARTS);
  }

  @Test
  void yearAlone_answersAsThePatternInTheWindowItWasSearchedIn() {
    int years = 0;
    for (String t : texts()) {
      char[] chars = t.toCharArray();
      Matcher m = matcher(TemporalResolver.YEAR_ALONE, t);
      for (int i = 0; i + 4 <= t.length(); i++) {
        // where the resolver looks: four digits (1 or 2 first) at a word start, and no fifth
        boolean anchor = (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
            && (t.charAt(i) == '1' || t.charAt(i) == '2') && Character.isDigit(t.charAt(i + 1))
            && Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3))
            && (i + 4 == t.length() || !Character.isDigit(t.charAt(i + 4)));
        if (!anchor) {
          continue;
        }
        m.region(Math.max(0, i - 3), Math.min(t.length(), i + 5));
        boolean found = m.find();
        if (found) {
          assertThat(m.start()).isEqualTo(i);
          years++;
        }
        assertThat(TemporalResolver.yearAlone(chars, i)).as("at %d of %s", i, t).isEqualTo(found);
      }
    }
    assertThat(years).isPositive();
  }

  @Test
  void everyRelativePhraseBeginsWhereTheSearchTriesIt() {
    int matches = 0;
    for (String t : texts()) {
      char[] chars = t.toCharArray();
      Matcher m = matcher(TemporalResolver.RELATIVE, t);
      for (int i = 0; i < t.length(); i++) {
        if (m.region(i, t.length()).lookingAt()) {
          assertThat(TemporalResolver.relativeMayStart(chars, i)).as("at %d of %s", i, t).isTrue();
          assertThat(StartFilteredMatcher.wordStart(t, i)).as("at %d", i).isTrue();
          matches++;
        }
      }
    }
    assertThat(matches).isPositive();
  }

  private static List<String> dates(String published, String text) {
    TemporalResolver r = new TemporalResolver(Optional.ofNullable(published).map(PartialDate::parse));
    List<String> out = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(text)) {
      r.resolve(text, s.start(), s.end()).forEach(d -> out.add(text.substring(d.start(), d.end()) + "="
          + d.date().map(PartialDate::toString).orElseGet(() -> "session " + d.session().getAsInt())));
    }
    return out;
  }

  @Test
  void noteYears_fromTheSentenceString_keepsTheRunningYearAsTheCharacterScan() {
    List<String> texts = new ArrayList<>(texts());
    texts.add("In 1919 and 2020, 20201, 1920s, since 1999, A/RES/19/2019 the 2021 protests, which it signed in 2008. "
        + "Then 2019. /2001 .2002 -2003 2004/ 2005-06 x2006 2007y 1919\n2020 1890 2100 2016");
    for (Optional<PartialDate> published : List.of(Optional.<PartialDate>empty(), Optional.of(PartialDate.parse("2015-01-23")))) {
      for (String t : texts) {
        TemporalResolver scan = new TemporalResolver(published);
        TemporalResolver search = new TemporalResolver(published);
        for (Sentence s : SentenceSplitter.split(t)) {
          scan.noteYears(t, s.start(), s.end());
          search.noteYears(t, s.start(), s.end(), t.substring(s.start(), s.end()));
          assertThat(search.contextYear()).as("after \"%s\"", t.substring(s.start(), s.end()))
              .isEqualTo(scan.contextYear());
        }
      }
    }
  }

  @Test
  void resolve_readsTheMadeCases_asBefore() {
    assertThat(dates("2015-01-23", MADE)).containsExactly(
        "18 Dec. 2014=2014-12-18", "2016=2016", "2019=2019", "2007=2007", "1999=1999", "Last March=2014-03",
        "this past Sept=2014-09", "this  past June=2014-06", "May=1999-05", "May 2015=2015-05",
        "earlier this month=2015-01", "earlier this year=2015", "earlier   this   year=2015",
        "this year=2015", "Today=2015-01-23", "TONIGHT=2015-01-23", "next  month=2015-02",
        "yesterday=2015-01-22", "this year=2015", "this year=2015", "5th of July 2014=2014-07-05",
        "May 5, 2014=2014-05-05");
    assertThat(dates(null, MADE)).containsExactly(
        "18 Dec. 2014=2014-12-18", "2016=2016", "2019=2019", "2007=2007", "1999=1999", "May=1999-05",
        "May 2015=2015-05", "5th of July 2014=2014-07-05", "May 5, 2014=2014-05-05");
  }

  /** Cases made for {@link TemporalResolver#dayMonthAt}: where the day-month patterns stop and go on. */
  private static final String DAY_MONTH_CASES = "5 Dec.x 5 Dec. 5 Dec.\u00e9 5 Dec\u00e9 05th of  June 2014, "
      + "31st Sept, 2014 1 Junee 1 June 12 May2014 4 March 20145 4 March 2014_ 4 March 2014\u00e9 \u00e94 March "
      + "3rd of October 3rdof May 23 Sept. 4 of May 4 ofMay 123 May 4 Mayor 40 May 2014 4\tMay\n2014 7 May.2014 "
      + "7 May., 2014 7 Decembre 2 Sep 1999 2 Sept 2099 2 Septem 1 St 2 june 2014 1sT May 9th\u00a0May 8 of "
      + "9 May,  2014. 10 Mar 1900a 11 Mar 2100 1 January 2\u0661 May 3 May 19\u0661\u0662 4 May \ud835\udc00 "
      + "5 Oct. \ud835\udc00 6 Nov.\ud835\udc00 7 Nov \u0301 8 May 2001\u0301 29 Feb 2016 0 May 2014 00 May 2014 "
      + "May 5th, May 5thx, May 12:30, May 12.30 May 12. May 12: May 45 May 123 May. 5 May.5 Mayo 5 Sept 31st "
      + "Sep 3rd\u00e9 Jun 4\u0661 Dec 2_ Oct 09th Nov\t\t30 Aug 1,2 Jul 3.x Jan 5: "
      + "May 5, 2014 May 5th,  2014 May 5 ,2014 May 52014 May 05th 1999x May 5 2014\u00e9 May 5,2014 Dec., 2014 "
      + "Dec. of 2014 Dec of  1999, Dec,of 2014 Dec ofx 2014 Dec of2014 March 2014\u00e9 March 20145 March, 2014 "
      + "Sept. 5th, 2001 Sept 5th 2001_ Oct 31st\n2019 Oct 3 of 2019 May \u00e9 May 5\u00e9";

  @Test
  void dayMonthAtAndMonthDayAt_readAsThePatternsInEveryRegion() {
    List<String> all = texts();
    all.add(DAY_MONTH_CASES);
    int[] found = new int[8];
    int matches = 0;
    int decided = 0;
    for (String t : all) {
      char[] chars = t.toCharArray();
      for (int form = 0; form < 5; form++) {
        boolean withYear = form == TemporalResolver.DAY_MONTH_YEAR_FORM;
        boolean monthFirst = form >= TemporalResolver.MONTH_DAY_FORM;
        Pattern p = List.of(TemporalResolver.DAY_MONTH_YEAR, TemporalResolver.DAY_MONTH, TemporalResolver.MONTH_DAY,
            TemporalResolver.MONTH_DAY_YEAR, TemporalResolver.MONTH_YEAR).get(form);
        int groups = p.matcher("").groupCount();
        boolean[] starts = monthFirst ? TemporalResolver.MONTH_STARTS : TemporalResolver.DIGIT_STARTS;
        Matcher m = matcher(p, t);
        for (int i = 0; i < t.length(); i++) {
          char c = t.charAt(i);
          if (!(c >= 128 || starts[c])
              || i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) && t.charAt(i - 1) < 128
              || t.charAt(i - 1) == '_')) {
            continue; // where the search tries the pattern
          }
          for (int end = i + 1; end <= t.length(); end = end < i + 30 ? end + 1 : end == t.length() ? end + 1
              : t.length()) {
            int read = monthFirst ? TemporalResolver.monthFirstAt(t, chars, i, end, form, found)
                : TemporalResolver.dayMonthAt(t, chars, i, end, withYear, found);
            if (read < 0) {
              continue;
            }
            decided++;
            boolean match = m.region(i, end).lookingAt();
            assertThat(read == 1).as("%s at %d to %d of %s", p, i, end, t).isEqualTo(match);
            if (match) {
              matches++;
              int[] expected = {m.start(), m.end(), m.start(1), m.end(1), m.start(2), m.end(2),
                  groups == 3 ? m.start(3) : 0, groups == 3 ? m.end(3) : 0};
              assertThat(found).as("%s at %d to %d of %s", p, i, end, t).containsExactly(expected);
            }
          }
        }
      }
    }
    assertThat(matches).isPositive();
    assertThat(decided).isPositive();
  }
}
