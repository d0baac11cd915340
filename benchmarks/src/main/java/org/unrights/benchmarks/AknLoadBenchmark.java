package org.unrights.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unrights.akn.DataExtractReader;
import org.unrights.akn.ScCollection;

/**
 * Loading the UN's Security Council collection warm: 339 AKN4UN documents (16 MB of XML, parsed
 * with the JDK's StAX) and the data extract's 1,541 JSON lines, names resolved, conflicts found,
 * sources merged by symbol. Target: under one second.
 *
 * <p>The data folder is the system property {@code unrights.data.dir} (default
 * {@code ../shared/data}). Run: {@code java -jar benchmarks/target/benchmarks.jar AknLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AknLoadBenchmark {

  private Path dir;

  /** Finds the data. */
  @Setup
  public void setUp() {
    dir = Path.of(System.getProperty("unrights.data.dir", "../shared/data"), "un-sc");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("un-sc data not found at " + dir.toAbsolutePath() + " (set -Dunrights.data.dir)");
    }
  }

  /**
   * Loads the whole collection: every AKN4UN file and the data extract, merged.
   *
   * @return the collection, so that the work is not eliminated
   */
  @Benchmark
  public ScCollection loadWholeCollection() {
    return ScCollection.load(dir);
  }

  /**
   * Loads the data extract alone (1,541 records).
   *
   * @return the number of records
   */
  @Benchmark
  public int loadDataExtract() {
    return DataExtractReader.readAll(dir.resolve("data_extract")).size();
  }
}
