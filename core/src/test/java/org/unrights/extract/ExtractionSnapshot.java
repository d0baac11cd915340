package org.unrights.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unrights.json.UnrightsJson;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;

/**
 * A canonical dump of everything the extractor outputs for every text it is evaluated on: the
 * output-equality guard of speed work, which must leave every step and mention unchanged.
 *
 * <p>The texts are every {@code .txt} under {@code ../seeds} and under each directory of
 * {@code src/test/resources/extract/} (paths relative to {@code core/}), in name order. Each text is
 * extracted three times: with the publication date and source id of its {@code .meta.json} (as
 * {@link ExtractionEvaluation} does), with the fixed date the benchmark uses ({@code 2015-01-23}),
 * and with no date. The dump has one header line per run, then one line per step (the step as
 * JSON in the SDK's format: id, type, actor, subject state, date, symbol, outcome with its tally,
 * summary, confidence, evidence offsets and quote), per person name and per mention (kind,
 * offsets, text, value), in output order.
 *
 * <p>The golden dump is {@code src/test/resources/extract/snapshot.txt}, checked by
 * {@link ExtractionSnapshotTest}. Regenerate it (after a deliberate change of output: new rules,
 * new gold texts) from the repository root with
 * {@code mvn -B -o -q -pl core test -Dtest=ExtractionSnapshotTest -Dunrights.snapshot.update=true},
 * and review {@code git diff core/src/test/resources/extract/snapshot.txt} before committing it.
 */
final class ExtractionSnapshot {

  /** The golden dump, relative to {@code core/}. */
  static final Path GOLDEN = Paths.get("src/test/resources/extract/snapshot.txt");

  /** The directories of texts, relative to {@code core/}, in dump order. */
  static final Path SEEDS = Paths.get("../seeds");
  static final Path EXTRACT = Paths.get("src/test/resources/extract");

  private static final Optional<PartialDate> BENCHMARK_DATE = Optional.of(PartialDate.parse("2015-01-23"));

  private ExtractionSnapshot() {}

  /**
   * Writes the golden dump from the current extractor; run from {@code core/} with the test class
   * path.
   *
   * @param args  ignored
   * @throws IOException  if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(GOLDEN, dump(Extractor.standard()), StandardCharsets.UTF_8);
  }

  /**
   * Returns the texts dumped, in order.
   *
   * @return the {@code .txt} files, not null
   */
  static List<Path> texts() {
    List<Path> dirs = new ArrayList<>();
    dirs.add(SEEDS);
    dirs.addAll(list(EXTRACT).stream().filter(Files::isDirectory).collect(Collectors.toList()));
    List<Path> texts = new ArrayList<>();
    for (Path dir : dirs) {
      if (Files.isDirectory(dir)) {
        list(dir).stream().filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(texts::add);
      }
    }
    return texts;
  }

  /**
   * Dumps the extractor's output on every text.
   *
   * @param extractor  the extractor, not null
   * @return the dump, one record per line, not null
   */
  static String dump(Extractor extractor) {
    ObjectMapper mapper = UnrightsJson.newMapper();
    StringBuilder out = new StringBuilder();
    for (Path textFile : texts()) {
      String name = textFile.getFileName().toString();
      String base = name.substring(0, name.length() - ".txt".length());
      try {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        Optional<PartialDate> published = Optional.empty();
        String sourceId = base;
        Path meta = textFile.resolveSibling(base + ".meta.json");
        if (Files.exists(meta)) {
          JsonNode m = mapper.readTree(meta.toFile());
          if (m.hasNonNull("published")) {
            published = Optional.of(PartialDate.parse(m.get("published").asText()));
          }
          if (m.hasNonNull("id")) {
            sourceId = m.get("id").asText();
          }
        }
        String where = textFile.toString().replace('\\', '/');
        run(out, mapper, where, extractor, sourceId, text, published);
        run(out, mapper, where, extractor, sourceId, text, BENCHMARK_DATE);
        run(out, mapper, where, extractor, sourceId, text, Optional.empty());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + textFile, e);
      }
    }
    return out.toString();
  }

  private static void run(StringBuilder out, ObjectMapper mapper, String where, Extractor extractor,
      String sourceId, String text, Optional<PartialDate> published) throws JsonProcessingException {
    Extraction x = extractor.extract(sourceId, text, published);
    out.append("# ").append(where).append(" published=")
        .append(published.map(PartialDate::toString).orElse("none")).append(" steps=")
        .append(x.steps().size()).append(" mentions=").append(x.mentions().size()).append('\n');
    for (Step s : x.steps()) {
      out.append("step ").append(mapper.writeValueAsString(s)).append('\n');
    }
    for (Map.Entry<String, String> e : x.personNames().entrySet()) {
      out.append("person ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
    }
    for (Mention m : x.mentions()) {
      out.append("mention ").append(mapper.writeValueAsString(m)).append('\n');
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
