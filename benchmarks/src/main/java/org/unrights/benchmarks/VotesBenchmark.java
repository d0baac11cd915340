package org.unrights.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.unrights.votes.AgreementMatrix;
import org.unrights.votes.RollCallFilter;
import org.unrights.votes.UnvotesLoader;
import org.unrights.votes.VoteRecord;

/**
 * The work of {@code shared/peers/unvotes-agreement.R}, on one benchmark thread: load the three unvotes
 * tables (the loader reads unvotes.csv in parts on up to 4 threads, {@link #loadOneThread} on one); compute
 * the agreement matrix of the human-rights roll calls; and of all roll calls.
 *
 * <p>The data folder is the system property {@code unrights.data.dir} (default
 * {@code ../shared/data}); {@code benchmarks/compare-with-peer.sh} runs this and the R script.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class VotesBenchmark {

  private Path dir;
  private VoteRecord record;

  /** Finds the data and loads the record once for the analysis benchmarks. */
  @Setup(Level.Trial)
  public void setUp() {
    dir = Path.of(System.getProperty("unrights.data.dir", "../shared/data"), "unvotes");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("unvotes data not found at " + dir.toAbsolutePath()
          + " (set -Dunrights.data.dir)");
    }
    record = UnvotesLoader.load(dir);
  }

  /**
   * Loads unvotes.csv, roll_calls.csv and issues.csv (the peer's {@code fread} step), as
   * {@link UnvotesLoader#load(Path)} does: unvotes.csv in parts on up to 4 threads (the available
   * processors; 2 on the 2-core machine).
   *
   * @return the record
   */
  @Benchmark
  public VoteRecord load() {
    return UnvotesLoader.load(dir);
  }

  /**
   * The same load on the calling thread only, like the peer's one-thread {@code fread}.
   *
   * @return the record
   */
  @Benchmark
  public VoteRecord loadOneThread() {
    return UnvotesLoader.load(dir, 1);
  }

  /**
   * The agreement matrix of the 1,015 human-rights roll calls (the peer's compute step).
   *
   * @return the matrix
   */
  @Benchmark
  public AgreementMatrix agreementHumanRights() {
    return record.agreement(RollCallFilter.issue("hr"));
  }

  /**
   * The agreement matrix of all 6,203 roll calls (the peer's compute step with issue "all").
   *
   * @return the matrix
   */
  @Benchmark
  public AgreementMatrix agreementAll() {
    return record.agreement(RollCallFilter.all());
  }
}
