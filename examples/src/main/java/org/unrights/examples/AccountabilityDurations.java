package org.unrights.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.unrights.model.Body;
import org.unrights.model.PartialDate;
import org.unrights.model.StepType;
import org.unrights.query.ProcessStep;

/**
 * A policy analysis: how long did each step of the accountability process take? The process is a
 * fixed list of milestones (a commission of inquiry established by the Human Rights Council, its
 * report, the Council's resolution on it, the Third Committee's and the General Assembly's
 * resolutions, the Security Council's agenda item, the referral to the ICC); each is found as the
 * first step of its type and body after the previous milestone in a timeline, and measured in days
 * from the previous one and from the start.
 *
 * <pre>{@code
 * List<Milestone> m = AccountabilityDurations.measure(query.timeline(TimelineFilter.of(prk)).steps());
 * m.get(5).daysSincePrevious();   // the Security Council's agenda, 4 days after the General Assembly
 * }</pre>
 *
 * <p>Days are counted only between day-precise dates; a milestone with a partial date, or not
 * reached, has none. This class is stateless and thread-safe.
 */
public final class AccountabilityDurations {

  /**
   * One milestone of the process and, when reached, the step that reached it.
   *
   * @param label  what the milestone is, e.g. "Security Council agenda item"
   * @param type  the step type that reaches it
   * @param actor  the body that acts
   * @param step  the step that reached it, or empty when not reached
   * @param daysSincePrevious  days since the previous milestone reached, when both dates are days
   * @param daysSinceStart  days since the first milestone, when both dates are days
   */
  public record Milestone(String label, StepType type, Body actor, Optional<ProcessStep> step,
      OptionalLong daysSincePrevious, OptionalLong daysSinceStart) {

    /**
     * Tells whether a step reached the milestone.
     *
     * @return true when reached
     */
    public boolean isReached() {
      return step.isPresent();
    }

    /**
     * Returns the date the milestone was reached.
     *
     * @return the date, or empty when not reached or undated
     */
    public Optional<PartialDate> date() {
      return step.flatMap(ProcessStep::date);
    }
  }

  /** The milestones of the accountability process, in order: label, step type, actor. */
  private static final Object[][] MILESTONES = {
    {"commission of inquiry established", StepType.MECHANISM_ESTABLISHED, Body.HRC},
    {"inquiry report published", StepType.REPORT_PUBLISHED, Body.COI},
    {"Human Rights Council resolution", StepType.RESOLUTION_ADOPTED, Body.HRC},
    {"Third Committee resolution", StepType.RESOLUTION_ADOPTED, Body.GA_THIRD_COMMITTEE},
    {"General Assembly resolution", StepType.RESOLUTION_ADOPTED, Body.GA},
    {"Security Council agenda item", StepType.AGENDA_ITEM_ADDED, Body.UNSC},
    {"referral to the ICC", StepType.REFERRAL_MADE, Body.UNSC},
  };

  private AccountabilityDurations() {}

  /**
   * Measures the milestones in a timeline.
   *
   * @param timeline  steps in date order, e.g. a {@link org.unrights.query.Timeline}'s, not null
   * @return one entry per milestone, in order; those after the first one not reached are not reached
   */
  public static List<Milestone> measure(List<ProcessStep> timeline) {
    Objects.requireNonNull(timeline, "timeline");
    List<Milestone> out = new ArrayList<>();
    int from = 0;
    boolean open = false;
    Optional<LocalDate> start = Optional.empty();
    Optional<LocalDate> previous = Optional.empty();
    for (Object[] m : MILESTONES) {
      String label = (String) m[0];
      StepType type = (StepType) m[1];
      Body actor = (Body) m[2];
      Optional<ProcessStep> found = Optional.empty();
      if (!open) {
        for (int i = from; i < timeline.size(); i++) {
          ProcessStep s = timeline.get(i);
          if (s.type() == type && s.actor().equals(Optional.of(actor))) {
            found = Optional.of(s);
            from = i + 1;
            break;
          }
        }
      }
      if (found.isEmpty()) {
        open = true;
        out.add(new Milestone(label, type, actor, found, OptionalLong.empty(), OptionalLong.empty()));
        continue;
      }
      Optional<LocalDate> day = found.get().date().flatMap(PartialDate::toLocalDate);
      if (out.isEmpty()) {
        start = day;
      }
      out.add(new Milestone(label, type, actor, found, days(previous, day), days(start, day)));
      previous = day;
    }
    return out;
  }

  /**
   * Returns the first milestone not reached: where the process stays open.
   *
   * @param milestones  the measured milestones, not null
   * @return the milestone, or empty when all were reached
   */
  public static Optional<Milestone> openAt(List<Milestone> milestones) {
    return milestones.stream().filter(m -> !m.isReached()).findFirst();
  }

  private static OptionalLong days(Optional<LocalDate> from, Optional<LocalDate> to) {
    if (from.isEmpty() || to.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(from.get(), to.get()));
  }
}
