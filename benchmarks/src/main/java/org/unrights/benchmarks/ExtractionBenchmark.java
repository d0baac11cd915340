package org.unrights.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.unrights.extract.Extractor;
import org.unrights.model.PartialDate;

/**
 * Extraction throughput on news text, on one core: the seeds and the extractor's evaluation texts
 * read from disk, each extracted as its own document, one pass over all of them per invocation.
 *
 * <p>The {@code chars} counter is the throughput in characters per second (UTF-16 code units;
 * the texts are almost all ASCII, so this is bytes per second): divide by 10^6 for MB/s. Texts
 * are read from {@code <repo>/seeds} and {@code <repo>/core/src/test/resources/extract/texts},
 * where {@code <repo>} is {@code -Dunrights.repo.dir=...} (default: the working directory); or,
 * with {@code -Dunrights.bench.texts=DIR[,DIR...]}, every {@code .txt} file under those folders
 * instead (for example a folder of real news pages that cannot be kept in the repository).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark}; on your own
 * folder, {@code java -Dunrights.bench.texts=DIR -jar benchmarks/target/benchmarks.jar
 * ExtractionBenchmark} (JMH hands the property to the JVM it forks; after the jar name it would be
 * read as a JMH option).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// the rule methods are large: on a 2-core machine the JIT needs about 30 s of this loop before the
// throughput is steady (3 x 2 s of warm-up measured the compilers, not the extractor)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class ExtractionBenchmark {

  private final List<String> texts = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private long corpusChars;
  private static final Optional<PartialDate> PUBLISHED = Optional.of(PartialDate.parse("2015-01-23"));

  /** Counts the characters extracted, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    /** Characters extracted; JMH reports it per second. */
    public long chars;

    /** Resets the counter before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  /** Reads the corpus from disk. */
  @Setup(Level.Trial)
  public void load() {
    Path repo = Paths.get(System.getProperty("unrights.repo.dir", "."));
    String own = System.getProperty("unrights.bench.texts");
    List<Path> dirs = new ArrayList<>();
    if (own != null && !own.isBlank()) {
      for (String d : own.split(",")) {
        dirs.add(Paths.get(d.trim()));
      }
    } else {
      dirs.add(repo.resolve("seeds"));
      dirs.add(repo.resolve("core/src/test/resources/extract/texts"));
    }
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          texts.add(text);
          ids.add(p.getFileName().toString().replace(".txt", ""));
          corpusChars += text.length();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + dir, e);
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no texts found under " + dirs
          + "; run from the repository root or pass -Dunrights.repo.dir=... or -Dunrights.bench.texts=...");
    }
    System.out.printf("%nExtractionBenchmark corpus: %d documents, %d characters%n", texts.size(), corpusChars);
  }

  /**
   * Extracts every document of the corpus once.
   *
   * @param chars  the throughput counter
   * @param bh  the black hole
   */
  @Benchmark
  public void extractCorpus(Chars chars, Blackhole bh) {
    Extractor extractor = Extractor.standard();
    for (int i = 0; i < texts.size(); i++) {
      bh.consume(extractor.extract(ids.get(i), texts.get(i), PUBLISHED));
    }
    chars.chars += corpusChars;
  }
}
