package org.unrights.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;
import org.unrights.model.StepType;

/**
 * Makes one step of the same real event told by several documents.
 *
 * <p>Two steps from <em>different</em> documents are the same event when they have the same
 * {@link StepType}, the same primary concerned entity (the first of {@link Step#concerns()}), a
 * compatible actor (equal, or absent in one) and compatible dates
 * ({@link PartialDate#isCompatibleWith}, or absent in one). The merged step:
 * <ul>
 *   <li>keeps the id of the step from the first document in file-name order (the order in which
 *       the steps are given);</li>
 *   <li>unites the evidence (first document's first) and the concerned entities (primary first);</li>
 *   <li>keeps the more precise date (a full date over a month over a year) and fills the actor,
 *       state, symbol, outcome, person and summary one of the steps leaves out (otherwise the first
 *       document's value stays);</li>
 *   <li>has a confidence only when every step merged has one (the highest): a reviewed step has none.</li>
 * </ul>
 * Steps within one document are never merged with each other. Steps of a type that happens once
 * for its entity (a resolution's adoption, a report's publication, a mechanism's establishment
 * ...) that would be one event but for incompatible dates stay separate, and a {@link Conflict} is
 * recorded about the entity with the field {@code TYPE.date} (e.g. {@code report-published.date})
 * naming each date and its sources. Recurring types (a mandate renewed, a meeting held, a referral
 * recommended ...) at different dates are different events, not a conflict.
 *
 * <p>Not thread-safe; one instance merges one corpus.
 */
final class StepMerger {

  /** Step types that happen at most once for their primary entity: different dates disagree. */
  private static final Set<StepType> ONCE = Collections.unmodifiableSet(EnumSet.of(StepType.DRAFT_TABLED,
      StepType.AMENDMENT_ADOPTED, StepType.AMENDMENT_REJECTED, StepType.RESOLUTION_ADOPTED,
      StepType.RESOLUTION_REJECTED, StepType.VETO_CAST, StepType.MECHANISM_ESTABLISHED, StepType.REPORT_PUBLISHED,
      StepType.AGENDA_ITEM_ADDED, StepType.REFERRAL_MADE, StepType.REVIEW_HELD));

  /** A merged step under construction, with the documents its parts come from. */
  private static final class Group {
    Step step;
    final Set<String> documents = new LinkedHashSet<>();
    final Map<String, Set<String>> sourcesByDate = new LinkedHashMap<>();

    Group(Step step, String document) {
      this.step = step;
      documents.add(document);
      step.date().ifPresent(d -> sourcesByDate.computeIfAbsent(d.toString(), k -> new LinkedHashSet<>())
          .addAll(sources(step)));
    }
  }

  private final List<Group> groups = new ArrayList<>();
  private final Map<String, String> renamed = new LinkedHashMap<>();
  private final Map<String, Map<String, Set<String>>> dateConflicts = new LinkedHashMap<>();

  /**
   * Adds a step read from a document; steps must be added in document (file-name) order.
   *
   * @param step  the step, not null
   * @param document  the document's name or source id, not null
   */
  void add(Step step, String document) {
    if (step.concerns().isEmpty()) {
      groups.add(new Group(step, document));
      return;
    }
    Group incompatibleDate = null;
    for (Group g : groups) {
      Step s = g.step;
      if (g.documents.contains(document) || s.type() != step.type() || s.concerns().isEmpty()
          || !s.concerns().get(0).equals(step.concerns().get(0))
          || (s.actor().isPresent() && step.actor().isPresent() && s.actor().get() != step.actor().get())) {
        continue;
      }
      if (s.date().isPresent() && step.date().isPresent() && !s.date().get().isCompatibleWith(step.date().get())) {
        incompatibleDate = incompatibleDate == null ? g : incompatibleDate;
        continue;
      }
      merge(g, step, document);
      return;
    }
    if (incompatibleDate != null && ONCE.contains(step.type())) {
      String key = step.concerns().get(0) + "#" + step.type().id() + ".date";
      Map<String, Set<String>> values = dateConflicts.computeIfAbsent(key, k -> new LinkedHashMap<>());
      incompatibleDate.sourcesByDate.forEach((d, srcs) -> values.computeIfAbsent(d, k -> new LinkedHashSet<>()).addAll(srcs));
      values.computeIfAbsent(step.date().get().toString(), k -> new LinkedHashSet<>()).addAll(sources(step));
    }
    groups.add(new Group(step, document));
  }

  private void merge(Group g, Step step, String document) {
    Step s = g.step;
    Step.Builder b = Step.builder().from(s);
    if (s.date().isEmpty() || (step.date().isPresent() && rank(step.date().get()) > rank(s.date().get()))) {
      step.date().ifPresent(b::date);
    }
    if (s.actor().isEmpty()) {
      step.actor().ifPresent(b::actor);
    }
    if (s.subjectState().isEmpty()) {
      step.subjectState().ifPresent(b::subjectState);
    }
    if (s.symbol().isEmpty()) {
      step.symbol().ifPresent(b::symbol);
    }
    if (s.outcome().isEmpty()) {
      step.outcome().ifPresent(b::outcome);
    }
    if (s.person().isEmpty()) {
      step.person().ifPresent(b::person);
    }
    if (s.summary().isEmpty()) {
      step.summary().ifPresent(b::summary);
    }
    Set<String> concerns = new LinkedHashSet<>(s.concerns());
    concerns.addAll(step.concerns());
    b.concerns(concerns);
    List<Evidence> evidence = new ArrayList<>(s.evidence());
    step.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
    b.evidence(evidence);
    if (s.confidence().isPresent() && step.confidence().isPresent()) {
      b.confidence(Math.max(s.confidence().getAsDouble(), step.confidence().getAsDouble()));
    } else {
      b.confidence(OptionalDouble.empty());
    }
    g.step = b.build();
    g.documents.add(document);
    step.date().ifPresent(d -> g.sourcesByDate.computeIfAbsent(d.toString(), k -> new LinkedHashSet<>())
        .addAll(sources(step)));
    renamed.put(step.id(), s.id());
  }

  /** How precise a date is: a full date over a month (with or without year) over a year. */
  private static int rank(PartialDate date) {
    switch (date.precision()) {
      case DAY:
        return 3;
      case YEAR_MONTH:
      case MONTH_DAY:
        return 2;
      default:
        return 1;
    }
  }

  private static Set<String> sources(Step step) {
    Set<String> sources = new LinkedHashSet<>();
    step.evidence().forEach(e -> sources.add(e.source()));
    return sources;
  }

  /**
   * Returns the steps after merging, in the order of their first part.
   *
   * @return the steps, not null
   */
  List<Step> steps() {
    List<Step> steps = new ArrayList<>(groups.size());
    groups.forEach(g -> steps.add(g.step));
    return steps;
  }

  /**
   * Returns the id each merged-away step now goes by (the first document's step id).
   *
   * @return old id to new id, not null
   */
  Map<String, String> renamed() {
    return Collections.unmodifiableMap(renamed);
  }

  /**
   * Returns the conflicts between steps that would be one event but for their dates.
   *
   * @return the conflicts, not null
   */
  List<Conflict> conflicts() {
    List<Conflict> conflicts = new ArrayList<>();
    dateConflicts.forEach((key, values) -> {
      Conflict.Builder c = Conflict.builder().about(key.substring(0, key.indexOf('#')))
          .field(key.substring(key.indexOf('#') + 1))
          .note("several documents tell this step with incompatible dates; each date stays a separate step");
      values.forEach((value, srcs) -> c.addValues(ConflictingValue.builder().value(value).sources(srcs).build()));
      conflicts.add(c.build());
    });
    return conflicts;
  }
}
