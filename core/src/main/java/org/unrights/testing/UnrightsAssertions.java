package org.unrights.testing;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.unrights.model.Dossier;
import org.unrights.model.Mandate;
import org.unrights.model.Outcome;
import org.unrights.model.Resolution;
import org.unrights.model.Step;
import org.unrights.model.Tally;
import org.unrights.model.UprReview;
import org.unrights.model.VoteEvent;
import org.unrights.query.Claims;
import org.unrights.query.History;
import org.unrights.query.Positions;
import org.unrights.query.ProcessStep;
import org.unrights.query.Timeline;
import org.unrights.query.Trace;
import org.unrights.query.WhatIf;

/**
 * The entry point of the unrights assertions: one static {@code assertThat(..)} per model type.
 *
 * <p>This class extends AssertJ's {@link Assertions}, so one static import gives both AssertJ's
 * assertions and these:
 *
 * <pre>{@code
 * import static org.unrights.testing.UnrightsAssertions.assertThat;
 *
 * assertThat(resolution).wasAdoptedByRecordedVote().withTally(116, 20, 53);
 * assertThat(outcome).wasVetoedBy("RUS");
 * assertThat(dossier).hasConflictAbout("mandate-sr-dprk");
 * assertThat(List.of(1, 2)).hasSize(2);   // AssertJ's own, through the same import
 * }</pre>
 *
 * <p>AssertJ is an optional dependency of unrights-core: add {@code org.assertj:assertj-core} to
 * your project's test dependencies to use this class.
 */
public class UnrightsAssertions extends Assertions {

  /** Allows extension, like {@link Assertions}; use the static methods. */
  protected UnrightsAssertions() {}

  /**
   * Creates assertions on a dossier.
   *
   * <pre>{@code
   * assertThat(dossier).hasResolution("A/RES/69/188");
   * }</pre>
   *
   * @param actual  the dossier under test
   * @return its assertions
   */
  public static DossierAssert assertThat(Dossier actual) {
    return new DossierAssert(actual);
  }

  /**
   * Creates assertions on a resolution.
   *
   * <pre>{@code
   * assertThat(resolution).wasAdoptedByRecordedVote().withTally(116, 20, 53);
   * }</pre>
   *
   * @param actual  the resolution under test
   * @return its assertions
   */
  public static ResolutionAssert assertThat(Resolution actual) {
    return new ResolutionAssert(actual);
  }

  /**
   * Creates assertions on an outcome.
   *
   * <pre>{@code
   * assertThat(outcome).wasVetoedBy("RUS");
   * }</pre>
   *
   * @param actual  the outcome under test
   * @return its assertions
   */
  public static OutcomeAssert assertThat(Outcome actual) {
    return new OutcomeAssert(actual);
  }

  /**
   * Creates assertions on a tally.
   *
   * <pre>{@code
   * assertThat(tally).isTally(11, 2, 2);
   * }</pre>
   *
   * @param actual  the tally under test
   * @return its assertions
   */
  public static TallyAssert assertThat(Tally actual) {
    return new TallyAssert(actual);
  }

  /**
   * Creates assertions on a vote event.
   *
   * <pre>{@code
   * assertThat(vote).hasBallot("CHN", VoteOption.NO);
   * }</pre>
   *
   * @param actual  the vote under test
   * @return its assertions
   */
  public static VoteEventAssert assertThat(VoteEvent actual) {
    return new VoteEventAssert(actual);
  }

  /**
   * Creates assertions on one step of a process.
   *
   * <pre>{@code
   * assertThat(step).hasType(StepType.RESOLUTION_ADOPTED).hasActor(Body.GA).hasDate("2014-12-18");
   * }</pre>
   *
   * @param actual  the step under test
   * @return its assertions
   */
  public static StepAssert assertThat(Step actual) {
    return new StepAssert(actual == null ? null : ProcessStep.of(actual));
  }

  /**
   * Creates assertions on one step of a query's answer (a history, trace or timeline).
   *
   * <pre>{@code
   * assertThat(trace.steps().get(0)).hasType(StepType.MECHANISM_ESTABLISHED).hasActor(Body.HRC);
   * }</pre>
   *
   * @param actual  the step under test
   * @return its assertions
   */
  public static StepAssert assertThat(ProcessStep actual) {
    return new StepAssert(actual);
  }

  /**
   * Creates assertions on a trace: a process followed across bodies, with its open ends.
   *
   * <pre>{@code
   * assertThat(trace).containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED, AGENDA_ITEM_ADDED)
   *     .endsOpenAt(REFERRAL_RECOMMENDED);
   * }</pre>
   *
   * @param actual  the trace under test
   * @return its assertions
   */
  public static TraceAssert assertThat(Trace actual) {
    return new TraceAssert(actual);
  }

  /**
   * Creates assertions on an entity's history.
   *
   * <pre>{@code
   * assertThat(query.history("ga-res-69-188")).isKnown().containsStepOfType(StepType.RESOLUTION_ADOPTED);
   * }</pre>
   *
   * @param actual  the history under test
   * @return its assertions
   */
  public static HistoryAssert assertThat(History actual) {
    return new HistoryAssert(actual);
  }

  /**
   * Creates assertions on a timeline.
   *
   * <pre>{@code
   * assertThat(timeline).isInChronologicalOrder();
   * }</pre>
   *
   * @param actual  the timeline under test
   * @return its assertions
   */
  public static TimelineAssert assertThat(Timeline actual) {
    return new TimelineAssert(actual);
  }

  /**
   * Creates assertions on a what-if replay of a vote.
   *
   * <pre>{@code
   * assertThat(VotingRules.whatIf(vote, changes)).changesTheResult().outcome().wasVetoedBy("CHN");
   * }</pre>
   *
   * @param actual  the what-if under test
   * @return its assertions
   */
  public static WhatIfAssert assertThat(WhatIf actual) {
    return new WhatIfAssert(actual);
  }

  /**
   * Creates assertions on a sequence of steps (a history, trace or timeline), in the order given.
   * Named apart from {@code assertThat} so that AssertJ's list assertions stay reachable.
   *
   * <pre>{@code
   * assertThatSteps(steps).containsStepsInOrder(REPORT_PUBLISHED, RESOLUTION_ADOPTED);
   * }</pre>
   *
   * @param actual  the steps under test
   * @return their assertions
   */
  public static StepsAssert assertThatSteps(List<Step> actual) {
    return StepsAssert.ofSteps(actual);
  }

  /**
   * Creates assertions on a state's positions: its votes and sponsorships.
   *
   * <pre>{@code
   * assertThat(query.positions(States.require("CHN"))).votedOn("unsc-vote-2014-12-22", VoteOption.NO);
   * }</pre>
   *
   * @param actual  the positions under test
   * @return their assertions
   */
  public static PositionsAssert assertThat(Positions actual) {
    return new PositionsAssert(actual);
  }

  /**
   * Creates assertions on the claims about an entity or a dossier, and their conflicts.
   *
   * <pre>{@code
   * assertThat(query.claims("coi-report-a-hrc-25-63")).hasConflicts();
   * }</pre>
   *
   * @param actual  the claims under test
   * @return their assertions
   */
  public static ClaimsAssert assertThat(Claims actual) {
    return new ClaimsAssert(actual);
  }

  /**
   * Creates assertions on a special-procedure mandate.
   *
   * <pre>{@code
   * assertThat(mandate).isCountryMandateAbout("PRK");
   * }</pre>
   *
   * @param actual  the mandate under test
   * @return its assertions
   */
  public static MandateAssert assertThat(Mandate actual) {
    return new MandateAssert(actual);
  }

  /**
   * Creates assertions on a Universal Periodic Review.
   *
   * <pre>{@code
   * assertThat(review).isReviewOf("PRK").isInCycle(2);
   * }</pre>
   *
   * @param actual  the review under test
   * @return its assertions
   */
  public static UprReviewAssert assertThat(UprReview actual) {
    return new UprReviewAssert(actual);
  }
}
