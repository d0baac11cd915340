package org.unrights.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unrights.json.UnrightsJson;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;

/**
 * The evaluation harness: scores the extractor's steps against reviewed annotations in the corpus
 * format ({@code NAME.txt}, {@code NAME.meta.json}, {@code NAME.annotations.json}).
 *
 * <p>A proposed step matches a gold step when type, actor and subject state are equal; matching
 * is one-to-one and greedy, best pairs first (overlapping evidence before distant evidence).
 * Precision, recall and F1 count matched steps; date accuracy and tally accuracy are measured on
 * matched steps whose gold gives a date or a tally.
 *
 * <p>Run the report as a test: {@code mvn -pl core test -Dtest=ExtractionEvaluationTest}; it
 * prints one table per gold set ({@link #GOLD_SETS}). {@link #main} prints the same
 * tables when run from {@code core/} with the test class path.
 */
public final class ExtractionEvaluation {

  /** The directory of the project's own evaluation texts. */
  public static final Path OWN_TEXTS = Paths.get("src/test/resources/extract/texts");

  /** The directory of texts written after the rules were tuned, to estimate the score on unseen text. */
  public static final Path HELD_OUT = Paths.get("src/test/resources/extract/heldout");

  /**
   * The directory of a second held-out set: eight synthetic texts written, with their gold steps,
   * before the extractor was ever run on them (its first run is the honest figure).
   */
  public static final Path HELD_OUT_2 = Paths.get("src/test/resources/extract/heldout2");

  /** The third held-out set: six synthetic texts written before the extractor was run on them. */
  public static final Path HELD_OUT_3 = Paths.get("src/test/resources/extract/heldout3");

  /** Fourth held-out set: six synthetic texts in styles the earlier sets lack (CHR era, visits, procedural votes). */
  public static final Path HELD_OUT_4 = Paths.get("src/test/resources/extract/heldout4");

  /** Fifth held-out set: synthetic texts in the styles of UN official outputs (meetings coverage, briefing notes). */
  public static final Path HELD_OUT_5 = Paths.get("src/test/resources/extract/heldout5");

  /** Sixth held-out set: synthetic texts in news styles (wires, explainers, live blogs, digests). */
  public static final Path HELD_OUT_6 = Paths.get("src/test/resources/extract/heldout6");

  /** Seventh held-out set: synthetic NGO, government, parliamentary and academic texts. */
  public static final Path HELD_OUT_7 = Paths.get("src/test/resources/extract/heldout7");

  /** Eighth held-out set: encyclopedic articles, transcripts, an ICC release, a Security Council forecast. */
  public static final Path HELD_OUT_8 = Paths.get("src/test/resources/extract/heldout8");

  /** Ninth held-out set: a resolution's own text, a report summary, a meeting record, an NGO annual report. */
  public static final Path HELD_OUT_9 = Paths.get("src/test/resources/extract/heldout9");

  /** Tenth held-out set: a session's decisions as bullets, elections, a presidential statement, a timeline. */
  public static final Path HELD_OUT_10 = Paths.get("src/test/resources/extract/heldout10");

  /** Eleventh held-out set: an explainer, a fact-check, a magazine piece, a radio script, a translation, a thread. */
  public static final Path HELD_OUT_11 = Paths.get("src/test/resources/extract/heldout11");

  /** Twelfth held-out set: a press release of five texts, an explainer, a brief, a timeline, a thread, a letter. */
  public static final Path HELD_OUT_12 = Paths.get("src/test/resources/extract/heldout12");

  /** Thirteenth held-out set: an NGO release, a commentary, a forecast brief, an OHCHR release, a list, an explainer. */
  public static final Path HELD_OUT_13 = Paths.get("src/test/resources/extract/heldout13");

  /** Every gold set, in report order: own texts, the seeds, then the held-out sets. */
  public static final List<Path> GOLD_SETS = List.of(OWN_TEXTS, Paths.get("../seeds"), HELD_OUT,
      HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, HELD_OUT_7, HELD_OUT_8, HELD_OUT_9,
      HELD_OUT_10, HELD_OUT_11, HELD_OUT_12, HELD_OUT_13);


  /** One gold or proposed step reduced to what is scored. */
  record Scored(String doc, String type, String actor, String state, String date, String tally,
      int start, int end, String quote) {
    String key() {
      return type + "|" + actor + "|" + state;
    }
  }

  /** The scores of one gold set. */
  record Report(String name, int documents, int gold, int proposed, int matched, int datesGold,
      int datesRight, int talliesGold, int talliesRight, List<String> misses, List<String> spurious,
      List<String> wrongDetails) {

    double precision() {
      return proposed == 0 ? 1 : (double) matched / proposed;
    }

    double recall() {
      return gold == 0 ? 1 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double dateAccuracy() {
      return datesGold == 0 ? 1 : (double) datesRight / datesGold;
    }

    double tallyAccuracy() {
      return talliesGold == 0 ? 1 : (double) talliesRight / talliesGold;
    }

    String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%-10s docs %2d  gold %3d  proposed %3d  matched %3d  "
          + "P %.3f  R %.3f  F1 %.3f  dates %d/%d (%.3f)  tallies %d/%d (%.3f)%n", name, documents,
          gold, proposed, matched, precision(), recall(), f1(), datesRight, datesGold,
          dateAccuracy(), talliesRight, talliesGold, tallyAccuracy()));
      misses.forEach(m -> b.append("  missed   ").append(m).append('\n'));
      spurious.forEach(m -> b.append("  spurious ").append(m).append('\n'));
      wrongDetails.forEach(m -> b.append("  detail   ").append(m).append('\n'));
      return b.toString();
    }
  }

  private ExtractionEvaluation() {}

  /**
   * Prints the report for the project's own texts and for the seeds (when their annotations exist).
   *
   * @param args  optional directories of annotated documents; default: {@link #GOLD_SETS}
   */
  public static void main(String[] args) {
    List<Path> dirs = new ArrayList<>();
    if (args.length == 0) {
      dirs.addAll(GOLD_SETS);
    } else {
      for (String a : args) {
        dirs.add(Paths.get(a));
      }
    }
    for (Path dir : dirs) {
      System.out.print(evaluate(dir.getFileName().toString(), dir, Extractor.standard()).table());
    }
  }

  /**
   * Scores an extractor on every annotated document of a directory.
   *
   * @param name  the gold set's name, for the report
   * @param dir  the directory
   * @param extractor  the extractor
   * @return the report, not null
   */
  static Report evaluate(String name, Path dir, Extractor extractor) {
    ObjectMapper mapper = UnrightsJson.newMapper();
    List<Scored> gold = new ArrayList<>();
    List<Scored> proposed = new ArrayList<>();
    int documents = 0;
    for (Path annotations : annotated(dir)) {
      String base = annotations.getFileName().toString().replace(".annotations.json", "");
      Path textFile = dir.resolve(base + ".txt");
      if (!Files.exists(textFile)) {
        continue;
      }
      documents++;
      try {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        Optional<PartialDate> published = Optional.empty();
        String sourceId = base;
        Path meta = dir.resolve(base + ".meta.json");
        if (Files.exists(meta)) {
          JsonNode m = mapper.readTree(meta.toFile());
          if (m.hasNonNull("published")) {
            published = Optional.of(PartialDate.parse(m.get("published").asText()));
          }
          if (m.hasNonNull("id")) {
            sourceId = m.get("id").asText();
          }
        }
        JsonNode root = mapper.readTree(annotations.toFile());
        for (JsonNode s : root.path("steps")) {
          gold.add(fromJson(base, s));
        }
        for (Step s : extractor.extract(sourceId, text, published).steps()) {
          proposed.add(fromStep(base, s));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + annotations, e);
      }
    }
    return score(name, documents, gold, proposed);
  }

  private static List<Path> annotated(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".annotations.json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static Scored fromJson(String doc, JsonNode s) {
    JsonNode ev = s.path("evidence").path(0);
    JsonNode tally = s.path("outcome").path("tally");
    String t = tally.isMissingNode() ? null
        : tally.path("yes").asInt() + "-" + tally.path("no").asInt() + "-" + tally.path("abstain").asInt();
    return new Scored(doc, text(s, "type"), text(s, "actor"), text(s, "subjectState"), text(s, "date"), t,
        ev.path("start").asInt(-1), ev.path("end").asInt(-1), ev.path("quote").asText(""));
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static Scored fromStep(String doc, Step s) {
    int start = s.evidence().isEmpty() ? -1 : s.evidence().get(0).start();
    int end = s.evidence().isEmpty() ? -1 : s.evidence().get(0).end();
    String quote = s.evidence().isEmpty() ? "" : s.evidence().get(0).quote();
    return new Scored(doc, s.type().id(), s.actor().map(a -> a.id()).orElse(null),
        s.subjectState().map(x -> x.alpha3()).orElse(null), s.date().map(PartialDate::toString).orElse(null),
        s.tally().map(x -> x.yes() + "-" + x.no() + "-" + x.abstain()).orElse(null), start, end, quote);
  }

  /**
   * Scores proposed steps against gold steps.
   *
   * @param name  the set's name
   * @param documents  the number of documents
   * @param gold  the gold steps
   * @param proposed  the proposed steps
   * @return the report
   */
  static Report score(String name, int documents, List<Scored> gold, List<Scored> proposed) {
    record Pair(Scored g, Scored p, int overlap, int distance) {}
    List<Pair> pairs = new ArrayList<>();
    for (Scored g : gold) {
      for (Scored p : proposed) {
        if (g.doc().equals(p.doc()) && g.key().equals(p.key())) {
          int overlap = Math.max(0, Math.min(g.end(), p.end()) - Math.max(g.start(), p.start()));
          int distance = overlap > 0 ? 0 : Math.min(Math.abs(g.start() - p.end()), Math.abs(p.start() - g.end()));
          pairs.add(new Pair(g, p, overlap, distance));
        }
      }
    }
    pairs.sort(Comparator.comparingInt((Pair x) -> -x.overlap()).thenComparingInt(Pair::distance));
    List<Scored> usedG = new ArrayList<>();
    List<Scored> usedP = new ArrayList<>();
    int datesGold = 0;
    int datesRight = 0;
    int talliesGold = 0;
    int talliesRight = 0;
    List<String> details = new ArrayList<>();
    for (Pair x : pairs) {
      if (containsIdentity(usedG, x.g()) || containsIdentity(usedP, x.p())) {
        continue;
      }
      usedG.add(x.g());
      usedP.add(x.p());
      if (x.g().date() != null) {
        datesGold++;
        if (x.g().date().equals(x.p().date())) {
          datesRight++;
        } else {
          details.add(x.g().doc() + " " + x.g().key() + " date gold " + x.g().date() + " got " + x.p().date());
        }
      }
      if (x.g().tally() != null) {
        talliesGold++;
        if (x.g().tally().equals(x.p().tally())) {
          talliesRight++;
        } else {
          details.add(x.g().doc() + " " + x.g().key() + " tally gold " + x.g().tally() + " got " + x.p().tally());
        }
      }
    }
    List<String> misses = gold.stream().filter(g -> !containsIdentity(usedG, g))
        .map(g -> g.doc() + " " + g.key() + " " + g.date() + " @" + g.start() + " \"" + abbreviate(g.quote()) + "\"")
        .collect(Collectors.toList());
    List<String> spurious = proposed.stream().filter(p -> !containsIdentity(usedP, p))
        .map(p -> p.doc() + " " + p.key() + " " + p.date() + " @" + p.start() + " \"" + abbreviate(p.quote()) + "\"")
        .collect(Collectors.toList());
    int docs = documents;
    return new Report(name, docs, gold.size(), proposed.size(), usedG.size(), datesGold, datesRight,
        talliesGold, talliesRight, misses, spurious, details);
  }

  private static boolean containsIdentity(List<Scored> list, Scored s) {
    for (Scored x : list) {
      if (x == s) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 90 ? one.substring(0, 90) + "..." : one;
  }
}
