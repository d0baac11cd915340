package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unrights.model.PartialDate;
import org.unrights.model.Tally;

/** Each pipeline stage on its own: normaliser, splitter, gazetteer, dates, tallies, symbols, persons. */
class PipelineStagesTest {

  // ------------------------------------------------------------------ normaliser

  @Test
  void normalize_keepsLengthAndMapsQuotesDashesAndSpaces() {
    String raw = "\u201cNo\u201d \u2014 it\u2019s\u00a0done\u2013now\u0000";
    String n = TextNormalizer.normalize(raw);
    assertThat(n).hasSameSizeAs(raw).isEqualTo("\"No\" - it's done-now ");
  }

  @Test
  void normalizeAndLower_isNormalizeThenLowerCaseCharacterByCharacter() {
    List<String> texts = List.of("", "plain ASCII, Line\nTwo.", "\u201cNo\u201d \u2014 it\u2019s\u00a0done\u2013now\u0000",
        "CR LF\r\nand lone CR\rend\ttab", "\u00c9TAT \u00c0 GEN\u00c8VE \u212Aelvin \u0130stanbul \u03a3\u039f\u03a3 \uFEFF\u200B",
        "caf\u00e9 unchanged \u00e9\u00e8", "\uD83D\uDE00 surrogate pair and \u2028 separator \u0085");
    for (String raw : texts) {
      TextNormalizer.Normalized n = TextNormalizer.normalizeAndLower(raw);
      String normal = TextNormalizer.normalize(raw);
      assertThat(n.text()).as("text of %s", raw).isEqualTo(normal);
      assertThat(n.lower()).as("lower of %s", raw).isEqualTo(AsciiCase.lowerCase(normal, 0, normal.length())).hasSameSizeAs(raw);
      assertThat(new String(n.chars())).isEqualTo(normal);
    }
    String ascii = "Plain, printable ASCII.";
    assertThat(TextNormalizer.normalizeAndLower(ascii).text()).isSameAs(ascii);
  }

  // ------------------------------------------------------------------ sentences

  private static List<String> sentences(String text) {
    String n = TextNormalizer.normalize(text);
    return SentenceSplitter.split(n).stream().map(s -> n.substring(s.start(), s.end()))
        .collect(Collectors.toList());
  }

  @Test
  void split_survivesInitialismsAbbreviationsAndNumbers() {
    assertThat(sentences("The U.N. Security Council met on 18 Dec. 2014 in room No. 5 with "
        + "U.S. envoys. The vote was 3.5 hours later. Then it ended."))
        .containsExactly("The U.N. Security Council met on 18 Dec. 2014 in room No. 5 with U.S. envoys.",
            "The vote was 3.5 hours later.", "Then it ended.");
  }

  @Test
  void split_endsAfterClosingQuote_andKeepsInitialInName() {
    assertThat(sentences("She said \"the text is flawed.\" Sheila B. Keetharuth agreed."))
        .containsExactly("She said \"the text is flawed.\"", "Sheila B. Keetharuth agreed.");
  }

  @Test
  void split_breaksAtBlankLinesAndListItems_butJoinsWrappedLines() {
    assertThat(sentences("A HEADLINE WITHOUT STOP\n\nThe Council decided\nto act today:\n- first item\n- second item"))
        .containsExactly("A HEADLINE WITHOUT STOP", "The Council decided\nto act today:", "- first item",
            "- second item");
  }

  @Test
  void split_cutsARunWithoutPunctuationAtTheFirstSpaceAfterTheLongestSentence() {
    // words of 1 to 9 letters, so cuts fall at every offset in a word; one full stop in the middle
    StringBuilder b = new StringBuilder();
    for (int w = 0; b.length() < 9000; w++) {
      b.append("abcdefghi", 0, 1 + w * 7 % 9).append(w == 700 ? ". Then " : " ");
    }
    String text = b.toString();
    List<Sentence> split = SentenceSplitter.split(text);
    int start = 0;
    for (Sentence s : split) {
      assertThat(s.start()).isEqualTo(start);
      int stop = text.indexOf(". ", start);
      int space = text.indexOf(' ', start + SentenceSplitter.MAX_SENTENCE);
      int expected = stop >= 0 && stop + 1 <= (space < 0 ? text.length() : space) ? stop + 1
          : space < 0 ? text.strip().length() : space;
      assertThat(s.end()).as("the sentence from %d", start).isEqualTo(expected);
      start = expected;
      while (start < text.length() && text.charAt(start) == ' ') {
        start++;
      }
    }
    assertThat(start).isEqualTo(text.length());
    assertThat(split).hasSizeGreaterThan(4);
  }

  // ------------------------------------------------------------------ gazetteer

  private static List<String> hits(String text) {
    String n = TextNormalizer.normalize(text);
    return Gazetteer.standard().find(n, 0, n.length()).stream()
        .map(h -> h.kind() + ":" + h.value()).collect(Collectors.toList());
  }

  @Test
  void gazetteer_firstWordFilter_neverChangesWhatIsFound() throws java.io.IOException {
    // every gold text of the repository, and words that only open a phrase before a session number
    List<String> texts = new java.util.ArrayList<>(List.of("#HRC57 and UNGA78 met; HRC5x, A1B22, HRC",
        "Ukrainian, U.N.-backed, the Council's 47-member body, Côte d'Ivoire, São Tomé, ÉCOSOC",
        // words of nine characters and longer, keyed and hashed; a phrase after a run of white space
        "Rapporteur Rapporteurs rapporteur, Internationally the  \n Human Rights\nCouncil Commission",
        "\u212Aorea, \u0130NDIA, the Council2 and UN HRC57 HRC5 HRC577 G77 A/HRC/57/1"));
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
        java.nio.file.Paths.get("src/test/resources/extract"))) {
      for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".txt"))::iterator) {
        texts.add(java.nio.file.Files.readString(p));
      }
    }
    assertThat(texts).hasSizeGreaterThan(50);
    for (String text : texts) {
      String n = TextNormalizer.normalize(text);
      assertThat(Gazetteer.standard().find(n, 0, n.length(), true))
          .isEqualTo(Gazetteer.standard().find(n, 0, n.length(), false));
      for (int from = 0; from < n.length(); from += 97) { // parts of the text, cut inside words too
        int to = Math.min(n.length(), from + 131);
        assertThat(Gazetteer.standard().find(n, from, to, true))
            .isEqualTo(Gazetteer.standard().find(n, from, to, false))
            .isEqualTo(Gazetteer.standard().find(n, n.toCharArray(), from, to)); // the whole text's array
      }
    }
  }

  @Test
  void gazetteer_matchesShortUpperCaseAliasesOnlyExactly() {
    assertThat(hits("The US voted; let us see.")).containsExactly("STATE:USA");
    assertThat(hits("the icc and the ICC")).containsExactly("BODY:icc");
  }

  @Test
  void gazetteer_prefersLongestName_andNamesOverAnaphors() {
    assertThat(hits("the UN Security Council and the Office of the UN High Commissioner for Human Rights"))
        .containsExactly("BODY:unsc", "BODY:ohchr");
    assertThat(hits("the rights council")).containsExactly("BODY:hrc");
    assertThat(hits("Third Committee")).containsExactly("BODY:ga-third-committee");
  }

  @Test
  void gazetteer_findsDemonymsAndCapitals_butNotLowerCaseWords() {
    assertThat(hits("Eritrean officials met in Minsk")).contains("DEMONYM:ERI", "CAPITAL:BLR");
    assertThat(hits("a chad of paper in jordan")).isEmpty();
    assertThat(hits("The Washington Post reported")).isEmpty();
  }

  // ------------------------------------------------------------------ tallies

  private static Optional<Tally> tally(String sentence) {
    String n = TextNormalizer.normalize(sentence);
    return TallyParser.find(n, 0, n.length()).stream().flatMap(v -> v.tally().stream()).findFirst();
  }

  @Test
  void tally_readsEveryUsualForm() {
    assertThat(tally("adopted by a recorded vote of 116 in favour to 20 against, with 53 abstentions"))
        .contains(Tally.of(116, 20, 53));
    assertThat(tally("the tally was 111-19-55 in the vote")).contains(Tally.of(111, 19, 55));
    assertThat(tally("approved by 116 votes to 20")).contains(Tally.of(116, 20, 0));
    assertThat(tally("passed by 30 votes to 6 with 11 abstentions")).contains(Tally.of(30, 6, 11));
    assertThat(tally("13 in favour, 2 against (China, Russian Federation)")).contains(Tally.of(13, 2, 0));
    assertThat(tally("passed it 23-12, with 12 abstentions")).contains(Tally.of(23, 12, 12));
    assertThat(tally("by a vote of 22 to 5, with 20 abstentions")).contains(Tally.of(22, 5, 20));
    assertThat(tally("78 against to 35 in favour, with 59 abstentions")).contains(Tally.of(35, 78, 59));
  }

  @Test
  void tally_readsModesWithoutCounts_andIgnoresDatesAndScores() {
    String n = "adopted without a vote, and another by consensus, a third unanimously";
    assertThat(TallyParser.find(n, 0, n.length())).extracting(VoteMention::mode).containsExactly(
        VoteMention.Mode.WITHOUT_VOTE, VoteMention.Mode.CONSENSUS, VoteMention.Mode.CONSENSUS);
    assertThat(tally("the 2014-2016 period and a 3-1 football win")).isEmpty();
    assertThat(tally("from 12 to 14 June")).isEmpty();
    // counts of many votes are the tally of none
    assertThat(tally("texts drew an average of 21 votes in favour, 6 against and 20 abstentions")).isEmpty();
  }

  @Test
  void tally_readsATallyToldInClauses_andMarksIt() {
    String n = "Nine countries supported it, five opposed it and one abstained.";
    List<VoteMention> votes = TallyParser.find(n, 0, n.length());
    assertThat(votes).hasSize(1);
    assertThat(votes.get(0).tally()).contains(Tally.of(9, 5, 1));
    assertThat(votes.get(0).toldInClauses()).isTrue();
    // a tally a pattern reads is not one told in clauses, and wins
    n = "It passed by 23 votes to 2 with 22 abstentions; 23 countries supported it, two rejected, 22 abstained.";
    assertThat(TallyParser.find(n, 0, n.length())).extracting(VoteMention::toldInClauses).containsOnly(false);
  }

  @Test
  void tally_keepsNamesOfThoseAgainst() {
    String n = "13 votes in favour, 2 against (China, Russian Federation), with no abstentions";
    assertThat(TallyParser.find(n, 0, n.length()).get(0).against()).containsExactly("China", "Russian Federation");
  }

  // ------------------------------------------------------------------ dates

  private static List<String> dates(String published, String... sentences) {
    TemporalResolver r = new TemporalResolver(Optional.ofNullable(published).map(PartialDate::parse));
    List<String> out = new java.util.ArrayList<>();
    for (String s : sentences) {
      String n = TextNormalizer.normalize(s);
      r.resolve(n, 0, n.length()).forEach(d -> out.add(d.date().map(PartialDate::toString).orElse("session")));
    }
    return out;
  }

  @Test
  void dates_explicitForms() {
    assertThat(dates(null, "on 18 Dec. 2014", "on October 30, 2014", "in March 2014", "in 2013"))
        .containsExactly("2014-12-18", "2014-10-30", "2014-03", "2013");
  }

  @Test
  void dates_dayMonthTakesYearOfEarlierSentence_orPublication() {
    assertThat(dates("2015-01-23", "In February 2014 it reported.", "On December 18th it voted."))
        .containsExactly("2014-02", "2014-12-18");
    assertThat(dates("2018-11-28", "On 15 November it voted.")).containsExactly("2018-11-15");
    assertThat(dates("2019-01-10", "On 15 November it voted.")).containsExactly("2018-11-15");
    assertThat(dates(null, "On 15 November it voted.")).containsExactly("--11-15");
  }

  @Test
  void dates_relativeToPublication() {
    assertThat(dates("2014-05-23", "on Thursday", "yesterday", "today", "last March", "last month",
        "last year", "earlier this year"))
        .containsExactly("2014-05-22", "2014-05-22", "2014-05-23", "2014-03", "2014-04", "2013", "2014");
    assertThat(dates(null, "on Thursday, last month")).isEmpty();
  }

  @Test
  void dates_sessionNumbersDatedByBody() {
    assertThat(dates(null, "at its 25th session")).containsExactly("session");
    assertThat(SessionCalendar.dateOf(org.unrights.model.Body.HRC, 25)).contains(PartialDate.parse("2014-03"));
    assertThat(SessionCalendar.dateOf(org.unrights.model.Body.HRC, 42)).contains(PartialDate.parse("2019-09"));
    assertThat(SessionCalendar.dateOf(org.unrights.model.Body.GA, 69)).contains(PartialDate.parse("2014"));
  }

  // ------------------------------------------------------------------ symbols and persons

  @Test
  void symbols_fromTokensAndFromProse() {
    String n = "Drafts A/C.3/69/L.28/Rev.1 and S/2014/348, then resolution 2139 (2014).";
    assertThat(SymbolFinder.find(n, 0, n.length(), Optional.empty())).extracting(f -> f.symbol().toString())
        .containsExactly("A/C.3/69/L.28/Rev.1", "S/2014/348", "S/RES/2139 (2014)");
    String g = "It recalled resolution 69/188 of the Assembly.";
    assertThat(SymbolFinder.find(g, 0, g.length(), Optional.of(org.unrights.model.Body.GA)))
        .extracting(f -> f.symbol().toString()).containsExactly("A/RES/69/188");
  }

  @Test
  void persons_nextToARole() {
    String a = "The Special Rapporteur on the situation in Ruritania, Ana Maria Lopez, spoke.";
    String b = "Jon Smith, the UN special rapporteur, spoke; the Secretary-General named Lea Kim as head.";
    assertThat(PersonFinder.find(a, 0, a.length())).extracting(PersonFinder.Found::name).containsExactly("Ana Maria Lopez");
    assertThat(PersonFinder.find(b, 0, b.length())).extracting(PersonFinder.Found::name).containsExactly("Jon Smith", "Lea Kim");
  }

  @Test
  void iso_printsPartialDatesLikeTheModel() {
    for (String d : List.of("2014", "2014-03", "2014-12-18", "--12-18", "0999-01-02")) {
      assertThat(DocumentReader.iso(PartialDate.parse(d))).isEqualTo(PartialDate.parse(d).toString());
    }
  }
}
