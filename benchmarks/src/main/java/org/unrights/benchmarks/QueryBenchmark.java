package org.unrights.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Dossier;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.SourceKind;
import org.unrights.model.States;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.model.VoteOption;
import org.unrights.query.DossierQuery;
import org.unrights.query.History;
import org.unrights.query.Timeline;
import org.unrights.query.TimelineFilter;
import org.unrights.query.Trace;

/**
 * The query package at the scale of the whole UN record: a synthetic dossier of 200 states, 20,000
 * resolutions, 100,000 steps and 1,000,000 ballots, and the latency of {@code history}, {@code trace}
 * and a filtered {@code timeline} (sampled, for percentiles), and of building the indexes.
 *
 * <p>The dossier has 5,000 processes of four resolutions each (Human Rights Council, Third
 * Committee, plenary, and a follow-up), each resolution with five steps and a recorded vote of 50
 * ballots, the steps of a process linked resolution to resolution. Setup also reports the retained
 * heap per ballot: the heap of the dossier and its indexes with ballots, less the same without
 * ballots, divided by the number of ballots (ballots are shared instances, see {@code Ballot.of}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar QueryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g"})
public class QueryBenchmark {

  /** Number of states voting. */
  public static final int STATES = 200;
  /** Number of resolutions. */
  public static final int RESOLUTIONS = 20_000;
  /** Steps per resolution (100,000 in all). */
  public static final int STEPS_PER_RESOLUTION = 5;
  /** Ballots per resolution (1,000,000 in all). */
  public static final int BALLOTS_PER_RESOLUTION = 50;
  /** Resolutions per process. */
  public static final int PROCESS_LENGTH = 4;

  private static final Body[] CHAIN = {Body.HRC, Body.GA_THIRD_COMMITTEE, Body.GA, Body.HRC};
  private static final VoteOption[] OPTIONS = {VoteOption.YES, VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN};

  private Dossier dossier;
  private DossierQuery query;
  private String[] ids;
  private TimelineFilter[] filters;
  private int next;

  /**
   * Builds the synthetic dossier and its indexes, and prints the build time and the retained heap
   * per ballot.
   */
  @Setup(Level.Trial)
  public void setUp() {
    long withoutBallots = retained(false);
    long withBallots = retained(true);
    long ballots = (long) RESOLUTIONS * BALLOTS_PER_RESOLUTION;
    System.out.printf("%nretained heap: %,d bytes with ballots, %,d without; %.2f bytes per ballot (%,d ballots)%n",
        withBallots, withoutBallots, (withBallots - withoutBallots) / (double) ballots, ballots);
    dossier = synthetic(true);
    long start = System.nanoTime();
    query = DossierQuery.of(dossier);
    System.out.printf("indexes built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    // the first trace of a process assembles it (later traces of its entities share it): time that too
    // (the second round, on fresh indexes, once the code is compiled)
    int processes = RESOLUTIONS / PROCESS_LENGTH;
    for (int round = 1; round <= 2; round++) {
      DossierQuery cold = DossierQuery.of(dossier);
      start = System.nanoTime();
      for (int p = 0; p < processes; p++) {
        cold.trace("res-" + p * PROCESS_LENGTH);
      }
      System.out.printf("first trace of each of %,d processes, round %d: %.1f us on average%n", processes, round,
          (System.nanoTime() - start) / 1000.0 / processes);
    }
    ids = new String[1024];
    filters = new TimelineFilter[64];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "res-" + (i * 7919 % RESOLUTIONS);
    }
    List<org.unrights.model.State> states = states();
    for (int i = 0; i < filters.length; i++) {
      int year = 1990 + i % 30;
      filters[i] = TimelineFilter.builder().state(states.get(i * 13 % STATES)).addType(StepType.RESOLUTION_ADOPTED)
          .since(PartialDate.ofYear(year)).until(PartialDate.ofYear(year + 4)).build();
    }
  }

  /**
   * One resolution's history.
   *
   * @return the history
   */
  @Benchmark
  public History history() {
    return query.history(ids[next++ & 1023]);
  }

  /**
   * The trace of the process a resolution belongs to.
   *
   * @return the trace
   */
  @Benchmark
  public Trace trace() {
    return query.trace(ids[next++ & 1023]);
  }

  /**
   * The adoptions concerning one state over five years.
   *
   * @return the timeline
   */
  @Benchmark
  public Timeline timeline() {
    return query.timeline(filters[next++ & 63]);
  }

  /**
   * Building the indexes of the whole dossier.
   *
   * @return the query view
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public DossierQuery build() {
    return DossierQuery.of(dossier);
  }

  private static long retained(boolean withBallots) {
    long before = usedAfterGc();
    Dossier d = synthetic(withBallots);
    DossierQuery q = DossierQuery.of(d);
    long after = usedAfterGc();
    if (q.dossier() != d) {
      throw new AssertionError();
    }
    return after - before;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static List<org.unrights.model.State> states() {
    List<org.unrights.model.State> all = States.all();
    if (all.size() < STATES) {
      throw new IllegalStateException("the registry holds " + all.size() + " states, fewer than " + STATES);
    }
    return all.subList(0, STATES);
  }

  /**
   * Builds the synthetic dossier.
   *
   * @param withBallots  whether recorded votes list their ballots (or only their tallies)
   * @return the dossier
   */
  public static Dossier synthetic(boolean withBallots) {
    List<org.unrights.model.State> states = states();
    Dossier.Builder d = Dossier.builder();
    int sources = 1_000;
    for (int s = 0; s < sources; s++) {
      d.addSources(Source.builder().id("src-" + s).title("Source " + s).kind(SourceKind.DATASET).build());
    }
    List<Resolution> resolutions = new ArrayList<>(RESOLUTIONS);
    List<Step> steps = new ArrayList<>(RESOLUTIONS * STEPS_PER_RESOLUTION);
    for (int r = 0; r < RESOLUTIONS; r++) {
      int process = r / PROCESS_LENGTH;
      int position = r % PROCESS_LENGTH;
      org.unrights.model.State subject = states.get(process % STATES);
      Body body = CHAIN[position];
      int year = 1990 + (process % 30);
      PartialDate adopted = PartialDate.of(year, 3 + position * 3, 1 + process % 28);
      List<Ballot> ballots = new ArrayList<>(BALLOTS_PER_RESOLUTION);
      int yes = 0;
      int no = 0;
      int abstain = 0;
      for (int b = 0; b < BALLOTS_PER_RESOLUTION; b++) {
        VoteOption option = OPTIONS[(r + b) % OPTIONS.length];
        ballots.add(Ballot.of(states.get((r * 31 + b) % STATES), option));
        yes += option == VoteOption.YES ? 1 : 0;
        no += option == VoteOption.NO ? 1 : 0;
        abstain += option == VoteOption.ABSTAIN ? 1 : 0;
      }
      AdoptedByRecordedVote.Builder outcome = AdoptedByRecordedVote.builder().tally(Tally.of(yes, no, abstain));
      if (withBallots) {
        outcome.ballots(ballots);
      }
      String id = "res-" + r;
      resolutions.add(Resolution.builder().id(id).body(body).subjectState(subject).adopted(adopted)
          .symbol(DocumentSymbol.parse(body == Body.GA ? "A/RES/" + (year - 1945) + "/" + (r % 1000 + 1)
              : body == Body.HRC ? "A/HRC/RES/" + (process % 50 + 1) + "/" + (r % 1000 + 1)
              : "A/C.3/" + (year - 1945) + "/L." + (r % 1000 + 1)))
          .outcome(outcome.build()).build());
      StepType[] types = {StepType.DRAFT_TABLED, StepType.AMENDMENT_PROPOSED, StepType.AMENDMENT_REJECTED,
          StepType.MEETING_HELD, StepType.RESOLUTION_ADOPTED};
      for (int s = 0; s < STEPS_PER_RESOLUTION; s++) {
        Step.Builder step = Step.builder().id("step-" + r + "-" + s).type(types[s]).actor(body).subjectState(subject)
            .date(s == STEPS_PER_RESOLUTION - 1 ? adopted : PartialDate.ofYearMonth(year, 1 + position * 3))
            .addConcerns(id)
            .addEvidence(Evidence.of("src-" + (r * STEPS_PER_RESOLUTION + s) % sources, 10 * s, "quoted words"));
        if (s == 0 && position > 0) {
          step.addConcerns("res-" + (r - 1)); // the process's link: tabled in follow-up to the previous resolution
        }
        steps.add(step.build());
      }
    }
    return d.resolutions(resolutions).steps(steps).build();
  }
}
