package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;
import org.unrights.model.Body;
import org.unrights.model.State;

/**
 * A process followed across bodies: every entity linked to a starting one (established by, reports,
 * drafts and amendments, recommended by, inscribed by, steps concerning them, requests for action),
 * its steps as one chain in date order, the links found, and the open ends where the process stops.
 *
 * <p>For the DPRK seeds the chain runs: commission of inquiry established by the Human Rights
 * Council, its report, the Council's resolution, the General Assembly Third Committee, the plenary,
 * the Security Council's agenda, and an open end at the ICC referral that was recommended and never
 * made. An unknown id gives an empty trace ({@link #isEmpty()}), not an exception.
 *
 * <p>JSON: {@code {"origin":"coi-dprk","state":"PRK","entities":[...],"steps":[...],"links":[...],"openEnds":[...]}}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrace.class)
@JsonDeserialize(as = ImmutableTrace.class)
public abstract class Trace {

  /**
   * Returns the id the trace started from, when one was given.
   *
   * @return the id, or empty for a dossier's main process
   */
  public abstract Optional<String> origin();

  /**
   * Returns the state most of the process concerns.
   *
   * @return the state, or empty when no step or entity names one
   */
  public abstract Optional<State> state();

  /**
   * Returns the ids of the entities of the process, steps and claims excepted, sorted.
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> entities();

  /**
   * Returns the steps, in date order (same-day steps in the order committee, plenary, Council;
   * undated steps last).
   *
   * @return the steps, possibly empty
   */
  public abstract List<ProcessStep> steps();

  /**
   * Returns the links between the process's entities.
   *
   * @return the links, possibly empty
   */
  public abstract List<TraceLink> links();

  /**
   * Returns where the process stops: actions recommended and never taken, attempted, or blocked.
   *
   * @return the open ends, possibly empty
   */
  public abstract List<OpenEnd> openEnds();

  /**
   * Tells whether the trace found nothing.
   *
   * @return true when it has no entity and no step
   */
  public boolean isEmpty() {
    return entities().isEmpty() && steps().isEmpty();
  }

  /**
   * Returns the bodies that acted, in the order they first acted.
   *
   * @return the bodies, possibly empty
   */
  public List<Body> bodies() {
    List<Body> bodies = new ArrayList<>();
    for (ProcessStep s : steps()) {
      s.actor().or(s::officialActor).filter(b -> !bodies.contains(b)).ifPresent(bodies::add);
    }
    return List.copyOf(bodies);
  }

  /**
   * Returns a copy with every step replaced, e.g. to set the official symbol and tally beside the
   * news evidence. The new steps are sorted again in trace order, in which an official date
   * compatible with a step's own date counts (see {@link ProcessStep#officialDate()}).
   *
   * @param annotate  the function applied to each step, not null, returning a step
   * @return a trace with the new steps, not null
   */
  public Trace mapSteps(UnaryOperator<ProcessStep> annotate) {
    List<ProcessStep> steps = new ArrayList<>(steps().size());
    for (ProcessStep s : steps()) {
      steps.add(annotate.apply(s));
    }
    DossierQuery.sortProcess(steps);
    return builder().from(this).steps(steps).build();
  }

  /**
   * Prints the trace: a header naming the state and the bodies, the steps a line each with their
   * quotes, and the open ends.
   *
   * @return the text, not null
   */
  public String render() {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder("Trace");
    state().ifPresent(st -> s.append(" of the process concerning ").append(st.shortName()).append(" (").append(st.alpha3()).append(')'));
    origin().ifPresent(o -> s.append(", from ").append(o));
    if (isEmpty()) {
      return s.append(": nothing found").append(nl).toString();
    }
    s.append(nl).append("Bodies: ");
    List<Body> bodies = bodies();
    for (int i = 0; i < bodies.size(); i++) {
      s.append(i == 0 ? "" : " -> ").append(bodies.get(i).title());
    }
    s.append(nl).append(steps().size()).append(" steps, ").append(entities().size()).append(" entities, ")
        .append(openEnds().size()).append(openEnds().size() == 1 ? " open end" : " open ends").append(nl);
    Rendering.steps(s, steps());
    if (!openEnds().isEmpty()) {
      s.append("Open ends:").append(nl);
      for (OpenEnd o : openEnds()) {
        s.append("  - ").append(o.render()).append(nl);
        Rendering.evidence(s, o.evidence(), "      ");
      }
    }
    return s.toString();
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

  /** Builds a {@link Trace}. */
  public static final class Builder extends ImmutableTrace.Builder {}
}
