package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VetoedCountsNotRecorded;

/**
 * One step of a process as the queries answer it: a {@link Step} flattened for reading, with its
 * tally, its evidence and, where an official record was consulted, the official symbol and tally
 * beside it.
 *
 * <p>A step is either one the dossier holds ({@link #derived()} false) or one the query derived from
 * an entity's own fields (e.g. a resolution's adoption date and outcome) because no step of the
 * dossier records it; a derived step carries the entity's evidence.
 *
 * <p>JSON: {@code {"id":"step-ga-plenary","type":"resolution-adopted","date":"2014-12-18","partialDate":false,
 * "actor":"ga","state":"PRK","concerns":["ga-res-69-188"],"symbol":"A/RES/69/188",
 * "outcome":"adopted-by-recorded-vote","yes":116,"no":20,"abstain":53,"evidence":[...]}}; absent
 * values are omitted. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcessStep.class)
@JsonDeserialize(as = ImmutableProcessStep.class)
public abstract class ProcessStep {

  /**
   * Returns the id of the step: the dossier's step id, or {@code <entity id>.<type id>} for a
   * derived step.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns what happened.
   *
   * @return the type, not null
   */
  public abstract StepType type();

  /**
   * Returns when, as precisely as known.
   *
   * @return the date, or empty when not known
   */
  public abstract Optional<PartialDate> date();

  /**
   * Tells whether the date is known only in part (a year, a month) or not at all.
   *
   * @return true unless the step has a full calendar date
   */
  public abstract boolean partialDate();

  /**
   * Returns, for a step whose date is not known, the earliest publication date of the sources that
   * report it: the step happened no later than that. Timelines and traces sort such a step at the
   * end of that date.
   *
   * @return the date, or empty for a dated step or one whose sources are undated
   */
  public abstract Optional<PartialDate> reportedBy();

  /**
   * Returns the body or mechanism that acted.
   *
   * @return the body, or empty when not known
   */
  public abstract Optional<Body> actor();

  /**
   * Returns the state the step concerns.
   *
   * @return the state, or empty when not known
   */
  public abstract Optional<State> state();

  /**
   * Returns the ids of the entities the step concerns, most specific first.
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> concerns();

  /**
   * Returns the document symbol the step produced or acted on.
   *
   * @return the symbol, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the outcome's kind, e.g. {@code adopted-by-recorded-vote}, {@code adopted-without-vote}, {@code vetoed}.
   *
   * @return the kind, or empty for steps that are not decisions or whose outcome is not known
   */
  public abstract Optional<String> outcome();

  /**
   * Returns the votes in favour, for a recorded vote.
   *
   * @return the count, or empty when no tally is known
   */
  public abstract OptionalInt yes();

  /**
   * Returns the votes against, for a recorded vote.
   *
   * @return the count, or empty when no tally is known
   */
  public abstract OptionalInt no();

  /**
   * Returns the abstentions, for a recorded vote.
   *
   * @return the count, or empty when no tally is known
   */
  public abstract OptionalInt abstain();

  /**
   * Returns the permanent members that vetoed, for a vetoed draft.
   *
   * @return the states, possibly empty
   */
  public abstract List<State> vetoedBy();

  /**
   * Returns the person named, e.g. an appointed mandate holder.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> person();

  /**
   * Returns a one-line description.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> summary();

  /**
   * Returns the quotes that support the step, from the dossier's sources.
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Evidence> evidence();

  /**
   * Tells whether the query derived the step from an entity's fields rather than reading it from
   * the dossier's steps.
   *
   * @return true for a derived step
   */
  public abstract boolean derived();

  /**
   * Returns the document symbol the official record gives for this step, where one was consulted.
   *
   * @return the symbol, or empty
   */
  public abstract Optional<DocumentSymbol> officialSymbol();

  /**
   * Returns the tally the official record gives for this step, where one was consulted.
   *
   * @return the tally, or empty
   */
  public abstract Optional<Tally> officialTally();

  /**
   * Returns the date the official record gives for this step's event (e.g. the day a resolution was
   * adopted, a commission established, a report issued), where one was consulted. Traces sort a
   * step by it when it is compatible with the step's own date (or the step has none).
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> officialDate();

  /**
   * Returns the body the official record names as the actor of this step's event (e.g. the Human
   * Rights Council for a commission it established), where one was consulted; shown, marked as
   * official, when the step itself names no actor.
   *
   * @return the body, or empty
   */
  public abstract Optional<Body> officialActor();

  /**
   * Returns where the official facts come from (a URL or a record id), where one was consulted.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> officialSource();

  /**
   * Returns how strongly the official record supports its facts for this step: {@code official}
   * (an official UN page or document), {@code official-copy} (a faithful copy of one),
   * {@code dataset} or {@code secondary} (news, NGO or encyclopaedia sources only).
   *
   * @return the grade, or empty where no record was consulted
   */
  public abstract Optional<String> officialConfidence();

  /**
   * Returns how strongly the record supports {@link #officialTally()}, where that differs from
   * {@link #officialConfidence()}, e.g. {@code secondary} for a tally only news reports give.
   *
   * @return the tally's grade, or empty when it is the entry's own grade
   */
  public abstract Optional<String> officialTallyConfidence();

  /**
   * Tells whether the record's facts for this step rest on official documents (or faithful copies).
   *
   * @return true when the grade is {@code official} or {@code official-copy}, or not given
   */
  public boolean isOfficiallySourced() {
    return officialConfidence().map(c -> c.startsWith("official")).orElse(true);
  }

  /**
   * Returns the tally, when the step's counts are known.
   *
   * @return the tally, or empty
   */
  public Optional<Tally> tally() {
    if (yes().isEmpty() || no().isEmpty() || abstain().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Tally.of(yes().getAsInt(), no().getAsInt(), abstain().getAsInt()));
  }

  /**
   * Flattens a step of the dossier.
   *
   * @param step  the step, not null
   * @return the process step, not null
   */
  public static ProcessStep of(Step step) {
    return from(step, false);
  }

  static ProcessStep from(Step step, boolean derived) {
    return fromStep(step, derived);
  }

  private static ProcessStep fromStep(Step step, boolean derived) {
    Builder b = builder()
        .id(step.id())
        .type(step.type())
        .date(step.date())
        .partialDate(step.date().map(PartialDate::isPartial).orElse(true))
        .actor(step.actor())
        .state(step.subjectState())
        .concerns(step.concerns())
        .symbol(step.symbol())
        .person(step.person())
        .summary(step.summary())
        .evidence(step.evidence())
        .derived(derived);
    step.outcome().ifPresent(o -> outcome(b, o));
    return b.build();
  }

  private static void outcome(Builder b, Outcome o) {
    b.outcome(o.kind());
    o.recordedTally().ifPresent(t -> b.yes(t.yes()).no(t.no()).abstain(t.abstain()));
    if (o instanceof Vetoed) {
      b.vetoedBy(((Vetoed) o).vetoedBy());
    } else if (o instanceof VetoedCountsNotRecorded) {
      b.vetoedBy(((VetoedCountsNotRecorded) o).vetoedBy());
    }
  }

  /**
   * Prints the step in a line: date (with {@code ~} when partial, {@code <=} before the date of the
   * first source that reports an undated step), actor (the official actor, marked {@code (official)},
   * when the step names none), type, symbol, outcome and tally, the official symbol, tally and date
   * in brackets, and a summary, e.g. {@code 2014-12-18  ga  resolution-adopted  A/RES/69/188  adopted-by-recorded-vote 116-20-53}.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append(String.format("%-11s %-19s %-25s", date().map(d -> d + (d.isPartial() ? "~" : ""))
            .orElse(reportedBy().map(d -> "<=" + d).orElse("(undated)")),
        actor().map(Body::id).orElse(officialActor().map(a -> a.id() + " (official)").orElse("-")), type().id()));
    symbol().ifPresent(sym -> s.append(' ').append(sym));
    outcome().ifPresent(o -> s.append("  ").append(o));
    tally().ifPresent(t -> s.append(' ').append(t));
    if (!vetoedBy().isEmpty()) {
      s.append(" by ");
      vetoedBy().forEach(v -> s.append(v.alpha3()).append(' '));
    }
    List<String> official = new ArrayList<>(3);
    officialSymbol().ifPresent(sym -> official.add(sym.toString()));
    officialTally().ifPresent(t -> official.add(t + officialTallyConfidence()
        .filter(c -> !c.startsWith("official")).map(c -> " (tally: " + c + ")").orElse("")));
    officialDate().filter(d -> date().isEmpty() || !d.isCompatibleWith(date().get())
        || d.precision().ordinal() > date().get().precision().ordinal()).ifPresent(d -> official.add(d.toString()));
    if (!official.isEmpty()) {
      String label = isOfficiallySourced() ? "official" : "record, " + officialConfidence().orElseThrow();
      s.append("  [").append(label).append(' ').append(String.join(" ", official)).append(']');
    }
    summary().ifPresent(sum -> s.append("  ").append(sum));
    if (derived()) {
      s.append("  (derived)");
    }
    return s.toString().stripTrailing();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcessStep}. */
  public static final class Builder extends ImmutableProcessStep.Builder {}
}
