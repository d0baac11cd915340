package org.unrights.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.Claim;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.Conflict;
import org.unrights.model.CountryVisit;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.Entities;
import org.unrights.model.Entity;
import org.unrights.model.Evidence;
import org.unrights.model.InquiryRecommendation;
import org.unrights.model.Mandate;
import org.unrights.model.MandateHolder;
import org.unrights.model.MotionKind;
import org.unrights.model.OperativeRequest;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.RecordedVote;
import org.unrights.model.Referral;
import org.unrights.model.ReferralStatus;
import org.unrights.model.Report;
import org.unrights.model.RequestedAction;
import org.unrights.model.Resolution;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.UprReview;
import org.unrights.model.Vetoed;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/**
 * The indexed, read-only view of a {@link Dossier}: histories, traces across bodies, timelines,
 * states' positions, claims and conflicts.
 *
 * <p>{@link #of(Dossier)} builds the indexes once (entities by id, steps by the entity they concern,
 * by subject state, by actor and by type, every list sorted by date, links between entities, ballots
 * by state in compact arrays); the queries then cost what their answer costs, not what the dossier
 * holds. Unknown ids give empty answers, never exceptions.
 *
 * <pre>{@code
 * DossierQuery q = DossierQuery.of(SeedCorpus.load());
 * Trace t = q.trace("coi-dprk");          // COI -> report -> HRC -> GA -> Security Council -> open end at the ICC
 * System.out.println(t.render());
 * t.openEnds();                           // the ICC referral recommended and never made
 * q.history("ga-res-69-188").steps();     // tabled, amendment rejected, committee, plenary
 * q.timeline(TimelineFilter.of(States.require("PRK")));
 * }</pre>
 *
 * <p>Steps are those of the dossier plus steps the query derives from entities' own fields (a
 * resolution's adoption date and outcome, a commission's establishment, a report's publication)
 * when no step of the dossier records them; derived steps say so ({@link ProcessStep#derived()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DossierQuery {

  /** Same-day steps sort in the order a process runs through the bodies. */
  private static final Body[] BODY_ORDER = {
    Body.COI, Body.SPECIAL_RAPPORTEUR, Body.INDEPENDENT_EXPERTS, Body.OHCHR, Body.HIGH_COMMISSIONER,
    Body.UPR_WORKING_GROUP, Body.CHR, Body.HRC, Body.ECOSOC, Body.GA_THIRD_COMMITTEE, Body.GA,
    Body.SECRETARY_GENERAL, Body.UNSC, Body.ICC
  };
  private static final int[] BODY_RANK = new int[Body.values().length];

  static {
    Arrays.fill(BODY_RANK, BODY_ORDER.length);
    for (int i = 0; i < BODY_ORDER.length; i++) {
      BODY_RANK[BODY_ORDER[i].ordinal()] = i;
    }
  }

  /** Date order: dated steps by {@link PartialDate}'s order, then body, type and id; undated last. */
  static final Comparator<ProcessStep> ORDER = order(DossierQuery::sortDate);

  /** Step types that bring their first concerned entity about: a process's other steps about it sort with them. */
  private static final Set<StepType> CREATES = EnumSet.of(StepType.RESOLUTION_ADOPTED, StepType.REPORT_PUBLISHED,
      StepType.MECHANISM_ESTABLISHED, StepType.AGENDA_ITEM_ADDED, StepType.REFERRAL_MADE);

  /**
   * Sorts the steps of one process: as {@link #ORDER}, except that a step whose date is partial
   * (a year, a month) and that also concerns an entity another step of the process brings about
   * (a report published, a resolution adopted ...) at a compatible, more precise date sorts at that
   * date (the COI's recommendation told as "2014" sorts with its report of February 2014).
   *
   * @param steps  the steps, sorted in place
   */
  static void sortProcess(List<ProcessStep> steps) {
    Map<String, PartialDate> made = new HashMap<>();
    for (ProcessStep p : steps) {
      Optional<PartialDate> d = sortDate(p);
      if (CREATES.contains(p.type()) && !p.concerns().isEmpty() && d.isPresent()) {
        made.merge(p.concerns().get(0), d.get(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    Map<ProcessStep, PartialDate> anchored = new java.util.IdentityHashMap<>();
    for (ProcessStep p : steps) {
      Optional<PartialDate> d = sortDate(p);
      if (d.isEmpty() || !d.get().isPartial()) {
        continue;
      }
      for (String other : p.concerns().subList(Math.min(1, p.concerns().size()), p.concerns().size())) {
        PartialDate at = made.get(other);
        if (at != null && at.isCompatibleWith(d.get()) && at.precision().ordinal() > d.get().precision().ordinal()
            && (anchored.get(p) == null || at.compareTo(anchored.get(p)) > 0)) {
          anchored.put(p, at);
        }
      }
    }
    steps.sort(anchored.isEmpty() ? ORDER : order(p -> Optional.ofNullable(anchored.get(p)).or(() -> sortDate(p))));
  }

  private static Comparator<ProcessStep> order(java.util.function.Function<ProcessStep, Optional<PartialDate>> dateOf) {
    return (a, b) -> compare(a, b, dateOf.apply(a), dateOf.apply(b));
  }

  private static int compare(ProcessStep a, ProcessStep b, Optional<PartialDate> da, Optional<PartialDate> db) {
    if (da.isPresent() != db.isPresent()) {
      return da.isPresent() ? -1 : 1;
    }
    if (da.isPresent()) {
      int c = da.get().compareTo(db.get());
      if (c != 0) {
        return c;
      }
      c = Boolean.compare(a.date().isEmpty(), b.date().isEmpty());
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(rank(a.actor()), rank(b.actor()));
    if (c != 0) {
      return c;
    }
    c = a.type().compareTo(b.type());
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  private static final List<ProcessStep> NO_STEPS = List.of();
  private static final ProcessStep[] NO_STEP_ARRAY = new ProcessStep[0];

  private final Dossier dossier;
  private final Map<String, Entity> byId;
  /** Per entity id: the steps of the dossier that concern it and the steps derived from it, sorted. */
  private final Map<String, List<ProcessStep>> stepsOf;
  /** Per step id (dossier and derived): the process step. */
  private final Map<String, ProcessStep> stepById;
  /** Per entity id (claims excepted): its node in the graph of links, for traversal. */
  private final Map<String, Node> nodes;
  private final StepIndex allSteps;
  private final Map<State, StepIndex> stepsByState;
  private final Map<Body, StepIndex> stepsByActor;
  private final Map<StepType, StepIndex> stepsByType;
  private final Map<String, List<Claim>> claimsByAbout;
  private final Map<String, List<Conflict>> conflictsByAbout;
  /** Entities whose outcomes list ballots, indexed by the numbers in {@link #ballotsByState}. */
  private final List<Entity> motions;
  /** Per state: (motion index << 2 | option ordinal), a compact int per ballot. */
  private final Map<State, int[]> ballotsByState;
  private final Map<State, List<SponsorRef>> sponsorshipsByState;
  private volatile Trace mainTrace;

  private record SponsorRef(Entity entity, SponsorshipRole role) {}

  private DossierQuery(Dossier dossier) {
    this.dossier = dossier;
    List<Entity> entities = dossier.entities();
    Map<String, Entity> ids = new HashMap<>(entities.size() * 2);
    for (Entity e : entities) {
      ids.put(e.id(), e);
    }
    this.byId = ids;
    Links links = new Links();
    Map<String, List<ProcessStep>> of = new HashMap<>();
    Map<String, ProcessStep> steps = new HashMap<>(dossier.steps().size() * 2);
    Map<String, PartialDate> published = new HashMap<>();
    for (org.unrights.model.Source s : dossier.sources()) {
      s.published().filter(d -> d.year().isPresent()).ifPresent(d -> published.put(s.id(), d));
    }
    // the dossier's steps, by the entities they concern
    for (Step s : dossier.steps()) {
      ProcessStep p = withReportedBy(ProcessStep.from(s, false), published);
      steps.put(p.id(), p);
      for (String concerned : s.concerns()) {
        of.computeIfAbsent(concerned, k -> new ArrayList<>(4)).add(p);
        links.add(s.id(), Relation.CONCERNS, concerned);
      }
    }
    // links between entities, and the steps derived from their own fields
    Deriver deriver = new Deriver(ids, of);
    for (Entity e : entities) {
      link(e, links, ids);
      for (ProcessStep derived : deriver.derive(e)) {
        ProcessStep p = withReportedBy(derived, published);
        if (steps.putIfAbsent(p.id(), p) == null) {
          for (String concerned : p.concerns()) {
            of.computeIfAbsent(concerned, k -> new ArrayList<>(4)).add(p);
          }
        }
      }
    }
    for (Resolution r : dossier.resolutions()) {
      for (Draft d : r.drafts()) {
        links.add(d.id(), Relation.DRAFT_OF, r.id());
      }
    }
    for (Map.Entry<String, List<ProcessStep>> e : of.entrySet()) {
      List<ProcessStep> list = e.getValue();
      list.sort(ORDER);
      e.setValue(Collections.unmodifiableList(list));
    }
    this.stepsOf = of;
    this.stepById = steps;
    this.nodes = graph(entities, links, of, steps);
    ProcessStep[] all = steps.values().toArray(NO_STEP_ARRAY);
    Arrays.sort(all, ORDER);
    this.allSteps = new StepIndex(all);
    Map<State, List<ProcessStep>> byState = new HashMap<>();
    Map<Body, List<ProcessStep>> byActor = new EnumMap<>(Body.class);
    Map<StepType, List<ProcessStep>> byType = new EnumMap<>(StepType.class);
    for (ProcessStep p : all) {
      p.state().ifPresent(s -> byState.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
      p.actor().ifPresent(a -> byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(p));
      byType.computeIfAbsent(p.type(), k -> new ArrayList<>()).add(p);
    }
    this.stepsByState = toArrays(byState, new HashMap<>());
    this.stepsByActor = toArrays(byActor, new EnumMap<>(Body.class));
    this.stepsByType = toArrays(byType, new EnumMap<>(StepType.class));
    Map<String, List<Claim>> claims = new HashMap<>();
    for (Claim c : dossier.claims()) {
      c.about().ifPresent(a -> claims.computeIfAbsent(key(a), k -> new ArrayList<>()).add(c));
    }
    this.claimsByAbout = claims;
    Map<String, List<Conflict>> conflicts = new HashMap<>();
    for (Conflict c : dossier.conflicts()) {
      conflicts.computeIfAbsent(key(c.about()), k -> new ArrayList<>()).add(c);
    }
    this.conflictsByAbout = conflicts;
    // ballots: one int per ballot, per state
    this.motions = new ArrayList<>();
    Map<State, IntList> ballots = new HashMap<>();
    Map<State, List<SponsorRef>> sponsors = new HashMap<>();
    for (Entity e : entities) {
      Optional<Outcome> outcome = Entities.outcome(e);
      if (outcome.isPresent() && outcome.get() instanceof RecordedVote) {
        List<Ballot> list = ((RecordedVote) outcome.get()).ballots();
        if (!list.isEmpty()) {
          int motion = motions.size();
          motions.add(e);
          for (Ballot b : list) {
            ballots.computeIfAbsent(b.state(), k -> new IntList()).add(motion << 2 | b.option().ordinal());
          }
        }
      }
      sponsorships(e, sponsors);
    }
    Map<State, int[]> packed = new HashMap<>(ballots.size() * 2);
    ballots.forEach((s, l) -> packed.put(s, l.toArray()));
    this.ballotsByState = packed;
    this.sponsorshipsByState = sponsors;
  }

  /**
   * Indexes a dossier.
   *
   * @param dossier  the dossier, not null
   * @return the query view, not null
   */
  public static DossierQuery of(Dossier dossier) {
    return new DossierQuery(Objects.requireNonNull(dossier, "dossier"));
  }

  /**
   * Returns the dossier queried.
   *
   * @return the dossier, not null
   */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Finds an entity by id.
   *
   * @param id  the id, not null
   * @return the entity, or empty when the dossier holds none with that id
   */
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds a step by id: a step of the dossier, or a derived step ({@code <entity id>.<type id>}).
   *
   * @param id  the id, not null
   * @return the step, or empty when unknown
   */
  public Optional<ProcessStep> step(String id) {
    return Optional.ofNullable(stepById.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns an entity's own steps in date order: for a resolution its drafts' and amendments' steps
   * too (tabled, amendment rejected, adopted in committee, adopted in plenary); for a commission of
   * inquiry its reports'; for a review its recommendations'.
   *
   * @param entityId  the entity's id, not null
   * @return the history, empty (not known) for an unknown id; not null
   */
  public History history(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    Entity e = byId.get(entityId);
    if (e == null) {
      return History.builder().entity(entityId).known(false).build();
    }
    List<ProcessStep> steps;
    if (e instanceof Step) {
      steps = List.of(stepById.get(entityId));
    } else {
      List<String> parts = parts(e);
      if (parts.isEmpty()) {
        steps = stepsOf.getOrDefault(entityId, NO_STEPS);
      } else {
        List<ProcessStep> all = new ArrayList<>(stepsOf.getOrDefault(entityId, NO_STEPS));
        for (String part : parts) {
          for (ProcessStep p : stepsOf.getOrDefault(part, NO_STEPS)) {
            if (!all.contains(p)) {
              all.add(p);
            }
          }
        }
        all.sort(ORDER);
        steps = all;
      }
    }
    return History.builder().entity(entityId).known(true).steps(steps).build();
  }

  /**
   * Follows the links of an entity forward and backward and returns the process it belongs to, as
   * one chain of steps across bodies with its open ends.
   *
   * <p>Links followed: established by, renewed by, a commission's reports and a report's author,
   * drafts and amendments, what a resolution or draft acts on ({@code actsOn}: e.g. the report of a
   * commission of inquiry), referrals' recommenders, agenda items' inscribing votes and meetings,
   * visits' mandates, the entities every step concerns, and requests for action (an operative
   * paragraph or recommendation asking the Security Council to refer a situation to the ICC links to
   * that state's referrals and Security Council agenda items).
   *
   * @param entityId  the id to start from, not null
   * @return the trace, empty for an unknown id; not null
   */
  public Trace trace(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    Node node = nodes.get(entityId);
    if (node == null) {
      return Trace.builder().origin(entityId).build();
    }
    Trace process = node.process;
    if (process == null) {
      // assembled once, on the first trace of any of its entities, and shared (answers are
      // immutable; two threads racing here build equal values)
      Set<Node> component = reach(node);
      process = traceOf(component, Optional.empty());
      for (Node n : component) {
        n.process = process;
      }
    }
    return ((ImmutableTrace) process).withOrigin(entityId);
  }

  /**
   * Returns the dossier's main process: of the processes (sets of linked entities) that hold a
   * referral or a request to refer a situation to the ICC, the one with the most steps; when none
   * does, the process with the most steps. For the DPRK seeds this is the accountability process,
   * from the commission of inquiry to the open end at the ICC.
   *
   * @return the trace, empty for an empty dossier; not null
   */
  public Trace trace() {
    Trace t = mainTrace;
    if (t == null) {
      t = mainProcess();
      mainTrace = t;
    }
    return t;
  }

  /**
   * Returns the steps a filter lets through, in date order.
   *
   * @param filter  the filter, not null
   * @return the timeline, not null
   */
  public Timeline timeline(TimelineFilter filter) {
    Objects.requireNonNull(filter, "filter");
    StepIndex candidates = allSteps;
    if (filter.state().isPresent()) {
      candidates = smaller(candidates, stepsByState.getOrDefault(filter.state().get(), StepIndex.EMPTY));
    }
    if (filter.actor().isPresent()) {
      candidates = smaller(candidates, stepsByActor.getOrDefault(filter.actor().get(), StepIndex.EMPTY));
    }
    if (filter.types().size() == 1) {
      candidates = smaller(candidates, stepsByType.getOrDefault(filter.types().iterator().next(), StepIndex.EMPTY));
    }
    // the steps are sorted by the first day they may denote: start a year early (a year-only date
    // may overlap the period) and stop past the period's last day
    int from = 0;
    int to = candidates.steps.length;
    if (filter.since().isPresent()) {
      from = candidates.firstOnOrAfter((int) filter.since().get().earliest().orElseThrow().toEpochDay() - 366);
    }
    if (filter.until().isPresent()) {
      to = candidates.firstOnOrAfter((int) filter.until().get().latest().orElseThrow().toEpochDay() + 1);
    }
    List<ProcessStep> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ProcessStep p = candidates.steps[i];
      if (filter.test(p)) {
        out.add(p);
      }
    }
    return Timeline.builder().filter(filter).steps(out).build();
  }

  /**
   * Returns what a state did: its votes where ballots are known, its sponsorships and amendments,
   * and the claims about it (a claim whose {@code about} is its code) or about what it tabled.
   *
   * @param state  the state, not null
   * @return the positions, empty when nothing is known; not null
   */
  public Positions positions(State state) {
    Objects.requireNonNull(state, "state");
    Positions.Builder b = Positions.builder().state(state);
    List<StateVote> votes = new ArrayList<>();
    VoteOption[] options = VoteOption.values();
    for (int packed : ballotsByState.getOrDefault(state, new int[0])) {
      Entity motion = motions.get(packed >>> 2);
      StateVote.Builder v = StateVote.builder()
          .motion(motion.id())
          .body(Entities.body(motion).orElseThrow())
          .option(options[packed & 3])
          .outcome(Entities.outcome(motion).orElseThrow().kind());
      Entities.symbol(motion).ifPresent(v::symbol);
      Entities.date(motion).ifPresent(v::date);
      votes.add(v.build());
    }
    votes.sort(Comparator.comparing((StateVote v) -> v.date().isEmpty())
        .thenComparing(v -> v.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(StateVote::motion));
    b.votes(votes);
    List<Sponsorship> sponsorships = new ArrayList<>();
    Set<String> sponsored = new HashSet<>();
    for (SponsorRef ref : sponsorshipsByState.getOrDefault(state, List.of())) {
      Sponsorship.Builder s = Sponsorship.builder().entity(ref.entity().id()).role(ref.role())
          .body(Entities.body(ref.entity()).orElseThrow());
      Entities.symbol(ref.entity()).ifPresent(s::symbol);
      Entities.date(ref.entity()).ifPresent(s::date);
      sponsorships.add(s.build());
      sponsored.add(key(ref.entity().id()));
    }
    sponsorships.sort(Comparator.comparing((Sponsorship s) -> s.date().isEmpty())
        .thenComparing(s -> s.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Sponsorship::entity));
    b.sponsorships(sponsorships);
    String code = key(state.alpha3());
    for (Claim c : dossier.claims()) {
      if (c.about().isPresent() && (key(c.about().get()).equals(code) || sponsored.contains(key(c.about().get())))) {
        b.addClaim(c);
      }
    }
    return b.build();
  }

  /**
   * Returns what sources say about an entity, and where they disagree.
   *
   * @param entityId  the id, not null
   * @return the claims and conflicts about it, empty when none; not null
   */
  public Claims claims(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    return Claims.builder()
        .about(entityId)
        .claims(claimsByAbout.getOrDefault(key(entityId), List.of()))
        .conflicts(conflictsByAbout.getOrDefault(key(entityId), List.of()))
        .build();
  }

  /**
   * Returns every claim of the dossier, and every conflict.
   *
   * @return the claims and conflicts, not null
   */
  public Claims claims() {
    return Claims.builder().claims(dossier.claims()).conflicts(dossier.conflicts()).build();
  }

  /**
   * Returns the facts on which sources disagree.
   *
   * @return the conflicts, possibly empty; not null
   */
  public List<Conflict> conflicts() {
    return dossier.conflicts();
  }

  // ---------------------------------------------------------------- traversal

  /** An entity in the graph of links: what a traversal needs, one pointer away. */
  private static final class Node {
    final Entity entity;
    final List<TraceLink> links;
    /** The steps about the entity (the dossier's and derived), or the step itself for a step. */
    final List<ProcessStep> steps;
    Node[] neighbours = new Node[0];
    /** The process the entity belongs to, once traced. */
    volatile Trace process;

    Node(Entity entity, List<TraceLink> links, List<ProcessStep> steps) {
      this.entity = entity;
      this.links = links;
      this.steps = steps;
    }
  }

  private static Map<String, Node> graph(List<Entity> entities, Links links, Map<String, List<ProcessStep>> stepsOf,
      Map<String, ProcessStep> stepById) {
    Map<String, Node> nodes = new HashMap<>(entities.size() * 2);
    for (Entity e : entities) {
      if (!(e instanceof Claim)) {
        List<ProcessStep> steps = e instanceof Step ? List.of(stepById.get(e.id())) : stepsOf.getOrDefault(e.id(), NO_STEPS);
        nodes.put(e.id(), new Node(e, links.from.getOrDefault(e.id(), List.of()), steps));
      }
    }
    List<Node> next = new ArrayList<>();
    for (Map.Entry<String, Node> e : nodes.entrySet()) {
      next.clear();
      for (String id : links.adjacent.getOrDefault(e.getKey(), List.of())) {
        Node n = nodes.get(id);
        if (n != null) {
          next.add(n);
        }
      }
      e.getValue().neighbours = next.toArray(new Node[0]);
    }
    return nodes;
  }

  private Set<Node> reach(Node start) {
    Set<Node> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    ArrayDeque<Node> queue = new ArrayDeque<>();
    seen.add(start);
    queue.add(start);
    while (!queue.isEmpty()) {
      for (Node next : queue.poll().neighbours) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }

  private Trace traceOf(Set<Node> component, Optional<String> origin) {
    List<String> entities = new ArrayList<>();
    List<ProcessStep> steps = new ArrayList<>();
    Set<String> stepIds = new HashSet<>();
    List<TraceLink> links = new ArrayList<>();
    Map<State, Integer> states = new HashMap<>();
    for (Node node : component) {
      Entity e = node.entity;
      links.addAll(node.links);
      if (e instanceof Step) {
        if (stepIds.add(e.id())) {
          steps.add(node.steps.get(0));
        }
        continue;
      }
      entities.add(e.id());
      Entities.subjectState(e).ifPresent(s -> states.merge(s, 1, Integer::sum));
      for (ProcessStep p : node.steps) {
        if (p.derived() && stepIds.add(p.id())) {
          steps.add(p);
        }
      }
    }
    for (ProcessStep p : steps) {
      p.state().ifPresent(s -> states.merge(s, 1, Integer::sum));
    }
    sortProcess(steps);
    Collections.sort(entities);
    links.sort(Comparator.comparing(TraceLink::entity).thenComparing(TraceLink::relation).thenComparing(TraceLink::target));
    Trace.Builder b = Trace.builder().origin(origin).entities(entities).steps(steps).links(links)
        .openEnds(openEnds(entities));
    states.entrySet().stream()
        .max(Map.Entry.<State, Integer>comparingByValue().thenComparing(e -> e.getKey().alpha3(), Comparator.reverseOrder()))
        .ifPresent(e -> b.state(e.getKey()));
    return b.build();
  }

  private Trace mainProcess() {
    Set<Node> done = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<Node> best = Set.of();
    int bestScore = -1;
    for (Entity e : dossier.entities()) {
      Node start = nodes.get(e.id());
      if (start == null || done.contains(start)) {
        continue;
      }
      Set<Node> component = reach(start);
      done.addAll(component);
      boolean accountability = false;
      int steps = 0;
      for (Node n : component) {
        Entity c = n.entity;
        accountability |= c instanceof Referral || !iccRequests(c).isEmpty();
        steps += c instanceof Step ? 1 : countDerived(n);
      }
      int score = (accountability ? 1 << 30 : 0) + steps;
      if (score > bestScore) {
        bestScore = score;
        best = component;
      }
    }
    return best.isEmpty() ? Trace.builder().build() : traceOf(best, Optional.empty());
  }

  private static int countDerived(Node node) {
    int n = 0;
    for (ProcessStep p : node.steps) {
      n += p.derived() ? 1 : 0;
    }
    return n;
  }

  // ---------------------------------------------------------------- open ends

  /** A request to refer a situation to the ICC, read from an operative paragraph or recommendation. */
  private record IccRequest(String by, Optional<Body> addressee, Optional<PartialDate> date, List<Evidence> evidence) {}

  private List<IccRequest> iccRequests(Entity e) {
    List<IccRequest> out = new ArrayList<>(0);
    if (e instanceof Resolution) {
      Resolution r = (Resolution) e;
      for (OperativeRequest o : r.operativeRequests()) {
        if (o.action() == RequestedAction.REFER_TO_ICC) {
          out.add(new IccRequest(r.id(), o.addressee(), r.adopted(), o.evidence().isEmpty() ? r.evidence() : o.evidence()));
        }
      }
    } else if (e instanceof CommissionOfInquiry) {
      CommissionOfInquiry c = (CommissionOfInquiry) e;
      // the recommendations are made in the commission's report: date them by its first report
      Optional<PartialDate> reported = c.reports().stream().map(byId::get).filter(Report.class::isInstance)
          .map(r -> ((Report) r).published()).flatMap(Optional::stream).min(Comparator.naturalOrder());
      for (InquiryRecommendation o : c.recommendations()) {
        if (o.action() == RequestedAction.REFER_TO_ICC) {
          out.add(new IccRequest(c.id(), o.addressee(), reported, o.evidence()));
        }
      }
    } else if (e instanceof Report) {
      Report r = (Report) e;
      for (InquiryRecommendation o : r.recommendations()) {
        if (o.action() == RequestedAction.REFER_TO_ICC) {
          out.add(new IccRequest(r.id(), o.addressee(), r.published(), o.evidence()));
        }
      }
    }
    return out;
  }

  /** When an entity asked for action: the date of its request, else its own date. */
  private Optional<PartialDate> requestDate(String id) {
    Entity e = byId.get(id);
    if (e == null) {
      return Optional.empty();
    }
    for (IccRequest q : iccRequests(e)) {
      if (q.date().isPresent()) {
        return q.date();
      }
    }
    return Entities.date(e);
  }

  private List<OpenEnd> openEnds(List<String> entityIds) {
    Map<State, List<IccRequest>> requests = new LinkedHashMap<>();
    Map<State, List<Referral>> referrals = new LinkedHashMap<>();
    List<Entity> vetoed = new ArrayList<>();
    for (String id : entityIds) {
      Entity e = byId.get(id);
      List<IccRequest> asked = iccRequests(e);
      if (!asked.isEmpty()) {
        Entities.subjectState(e).ifPresent(s -> requests.computeIfAbsent(s, k -> new ArrayList<>()).addAll(asked));
      }
      if (e instanceof Referral) {
        Referral r = (Referral) e;
        referrals.computeIfAbsent(r.situationState(), k -> new ArrayList<>()).add(r);
      }
      Optional<Outcome> o = Entities.outcome(e);
      if (o.isPresent() && (o.get() instanceof Vetoed || o.get() instanceof VetoedCountsNotRecorded)) {
        vetoed.add(e);
      }
    }
    List<OpenEnd> ends = new ArrayList<>();
    Set<State> blocked = new HashSet<>();
    for (Map.Entry<State, List<Referral>> e : referrals.entrySet()) {
      for (Referral r : e.getValue()) {
        if (r.status() == ReferralStatus.MADE) {
          continue;
        }
        List<String> by = new ArrayList<>(r.recommendedBy());
        List<PartialDate> dates = new ArrayList<>();
        for (IccRequest q : requests.getOrDefault(e.getKey(), List.of())) {
          if (r.to() == Body.ICC && !by.contains(q.by())) {
            by.add(q.by());
          }
        }
        for (String id : by) {
          requestDate(id).ifPresent(dates::add);
        }
        r.date().ifPresent(dates::add);
        by.sort(Comparator.comparing((String id) -> requestDate(id).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder()));
        OpenEnd.Builder b = OpenEnd.builder().entity(r.id()).status(r.status())
            .action(r.to() == Body.ICC ? RequestedAction.REFER_TO_ICC : RequestedAction.OTHER)
            .addressee(r.by()).target(r.to()).state(r.situationState()).requestedBy(by).evidence(r.evidence());
        dates.stream().max(Comparator.naturalOrder()).ifPresent(b::lastRequested);
        ends.add(b.build());
        if (r.status() == ReferralStatus.BLOCKED) {
          blocked.add(r.situationState());
        }
      }
    }
    for (Map.Entry<State, List<IccRequest>> e : requests.entrySet()) {
      if (referrals.containsKey(e.getKey())) {
        continue;
      }
      List<IccRequest> asked = new ArrayList<>(e.getValue());
      asked.sort(Comparator.comparing((IccRequest q) -> q.date().or(() -> entity(q.by()).flatMap(Entities::date)).orElse(null),
          Comparator.nullsLast(Comparator.naturalOrder())));
      List<String> by = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      Optional<PartialDate> last = Optional.empty();
      Optional<Body> addressee = Optional.empty();
      for (IccRequest q : asked) {
        if (!by.contains(q.by())) {
          by.add(q.by());
        }
        evidence.addAll(q.evidence());
        Optional<PartialDate> d = q.date().or(() -> entity(q.by()).flatMap(Entities::date));
        if (d.isPresent() && (last.isEmpty() || d.get().compareTo(last.get()) > 0)) {
          last = d;
        }
        addressee = addressee.or(q::addressee);
      }
      ends.add(OpenEnd.builder().entity(by.get(0)).status(ReferralStatus.RECOMMENDED).action(RequestedAction.REFER_TO_ICC)
          .addressee(addressee).target(Body.ICC).state(e.getKey()).requestedBy(by).lastRequested(last)
          .evidence(evidence).build());
    }
    for (Entity v : vetoed) {
      Optional<State> s = Entities.subjectState(v);
      if (s.isPresent() && blocked.contains(s.get())) {
        continue;
      }
      OpenEnd.Builder b = OpenEnd.builder().entity(v.id()).status(ReferralStatus.BLOCKED).action(RequestedAction.OTHER)
          .addressee(Entities.body(v)).state(s).evidence(v.evidence());
      Entities.date(v).ifPresent(b::lastRequested);
      ends.add(b.build());
    }
    return ends;
  }

  // ---------------------------------------------------------------- links

  private static final class Links {
    final Map<String, List<TraceLink>> from = new HashMap<>();
    final Map<String, List<String>> adjacent = new HashMap<>();

    void add(String a, Relation relation, String b) {
      from.computeIfAbsent(a, k -> new ArrayList<>(2)).add(TraceLink.of(a, relation, b));
      adjacent.computeIfAbsent(a, k -> new ArrayList<>(2)).add(b);
      adjacent.computeIfAbsent(b, k -> new ArrayList<>(2)).add(a);
    }
  }

  private final Map<State, List<String>> iccTargets = new HashMap<>();

  /** Links a resolution or draft to the entities it acts on (known ids only; followed both ways). */
  private static void actsOn(String id, List<String> targets, Links links, Map<String, Entity> ids) {
    for (String target : targets) {
      if (ids.containsKey(target)) {
        links.add(id, Relation.ACTS_ON, target);
      }
    }
  }

  private void link(Entity e, Links links, Map<String, Entity> ids) {
    String id = e.id();
    if (e instanceof Mandate) {
      Mandate m = (Mandate) e;
      m.establishedBy().ifPresent(r -> links.add(id, Relation.ESTABLISHED_BY, r));
      m.renewals().forEach(r -> links.add(id, Relation.RENEWED_BY, r));
    } else if (e instanceof CommissionOfInquiry) {
      CommissionOfInquiry c = (CommissionOfInquiry) e;
      c.establishedBy().ifPresent(r -> links.add(id, Relation.ESTABLISHED_BY, r));
      c.reports().forEach(r -> links.add(id, Relation.PUBLISHED, r));
      requests(e, c.subjectState(), c.recommendations().stream().map(InquiryRecommendation::action).toList(),
          c.recommendations().stream().map(InquiryRecommendation::addressee).toList(), links, ids);
    } else if (e instanceof Report) {
      Report r = (Report) e;
      r.authorRef().ifPresent(a -> links.add(id, Relation.AUTHORED_BY, a));
      requests(e, r.subjectState(), r.recommendations().stream().map(InquiryRecommendation::action).toList(),
          r.recommendations().stream().map(InquiryRecommendation::addressee).toList(), links, ids);
    } else if (e instanceof Resolution) {
      Resolution r = (Resolution) e;
      r.amendments().forEach(a -> links.add(id, Relation.AMENDED_BY, a));
      actsOn(id, r.actsOn(), links, ids);
      for (String subject : r.subjects()) {
        if (ids.containsKey(subject)) {
          links.add(id, Relation.CONCERNS, subject);
        }
      }
      requests(e, r.subjectState(), r.operativeRequests().stream().map(OperativeRequest::action).toList(),
          r.operativeRequests().stream().map(OperativeRequest::addressee).toList(), links, ids);
    } else if (e instanceof Draft) {
      ((Draft) e).amendments().forEach(a -> links.add(id, Relation.AMENDED_BY, a));
      actsOn(id, ((Draft) e).actsOn(), links, ids);
    } else if (e instanceof Amendment) {
      ((Amendment) e).target().ifPresent(t -> links.add(id, Relation.AMENDS, t));
    } else if (e instanceof Referral) {
      ((Referral) e).recommendedBy().forEach(r -> links.add(id, Relation.RECOMMENDED_BY, r));
    } else if (e instanceof AgendaItem) {
      AgendaItem a = (AgendaItem) e;
      a.inscribedBy().ifPresent(v -> links.add(id, Relation.INSCRIBED_BY, v));
      a.meetings().forEach(m -> links.add(id, Relation.MEETING, m));
    } else if (e instanceof CountryVisit) {
      ((CountryVisit) e).mandate().ifPresent(m -> links.add(id, Relation.VISIT_UNDER, m));
    } else if (e instanceof UprReview) {
      for (org.unrights.model.Recommendation r : ((UprReview) e).recommendations()) {
        links.add(r.id(), Relation.CONCERNS, id);
      }
    }
  }

  /**
   * Links an entity that asks for a referral to the ICC to that state's referrals to the ICC and
   * Security Council agenda items; one that asks the Security Council for anything else, to the
   * agenda items only.
   */
  private void requests(Entity e, Optional<State> state, List<RequestedAction> actions, List<Optional<Body>> addressees,
      Links links, Map<String, Entity> ids) {
    if (state.isEmpty() || actions.isEmpty()) {
      return;
    }
    boolean icc = actions.contains(RequestedAction.REFER_TO_ICC);
    boolean council = addressees.contains(Optional.of(Body.UNSC));
    if (!icc && !council) {
      return;
    }
    if (iccTargets.isEmpty()) {
      indexTargets();
    }
    for (String target : iccTargets.getOrDefault(state.get(), List.of())) {
      Entity t = ids.get(target);
      if (icc || t instanceof AgendaItem) {
        links.add(e.id(), Relation.REQUESTS_ACTION, target);
      }
    }
  }

  private void indexTargets() {
    iccTargets.put(null, List.of()); // marks the index as built
    for (Referral r : dossier.referrals()) {
      if (r.to() == Body.ICC) {
        iccTargets.computeIfAbsent(r.situationState(), k -> new ArrayList<>()).add(r.id());
      }
    }
    for (AgendaItem a : dossier.agendaItems()) {
      if (a.body() == Body.UNSC && a.subjectState().isPresent()) {
        iccTargets.computeIfAbsent(a.subjectState().get(), k -> new ArrayList<>()).add(a.id());
      }
    }
  }

  private static List<String> parts(Entity e) {
    List<String> parts = new ArrayList<>(0);
    if (e instanceof Resolution) {
      Resolution r = (Resolution) e;
      for (Draft d : r.drafts()) {
        parts.add(d.id());
        parts.addAll(d.amendments());
      }
      parts.addAll(r.amendments());
    } else if (e instanceof Draft) {
      parts.addAll(((Draft) e).amendments());
    } else if (e instanceof CommissionOfInquiry) {
      parts.addAll(((CommissionOfInquiry) e).reports());
    } else if (e instanceof UprReview) {
      ((UprReview) e).recommendations().forEach(r -> parts.add(r.id()));
    } else if (e instanceof AgendaItem) {
      AgendaItem a = (AgendaItem) e;
      a.inscribedBy().ifPresent(parts::add);
      parts.addAll(a.meetings());
    }
    return parts;
  }

  private static void sponsorships(Entity e, Map<State, List<SponsorRef>> out) {
    if (e instanceof Resolution) {
      sponsors(e, ((Resolution) e).mainSponsors(), SponsorshipRole.MAIN_SPONSOR, out);
      sponsors(e, ((Resolution) e).coSponsors(), SponsorshipRole.CO_SPONSOR, out);
    } else if (e instanceof Draft) {
      sponsors(e, ((Draft) e).mainSponsors(), SponsorshipRole.MAIN_SPONSOR, out);
      sponsors(e, ((Draft) e).coSponsors(), SponsorshipRole.CO_SPONSOR, out);
    } else if (e instanceof Amendment) {
      sponsors(e, ((Amendment) e).proposers(), SponsorshipRole.PROPOSER, out);
    }
  }

  private static void sponsors(Entity e, List<Sponsor> sponsors, SponsorshipRole role, Map<State, List<SponsorRef>> out) {
    for (Sponsor s : sponsors) {
      s.state().ifPresent(st -> out.computeIfAbsent(st, k -> new ArrayList<>()).add(new SponsorRef(e, role)));
    }
  }

  // ---------------------------------------------------------------- entity fields

  // ---------------------------------------------------------------- helpers

  /** A dated step sorts at its date; an undated one at the last day of its first report. */
  private static Optional<PartialDate> sortDate(ProcessStep p) {
    if (p.officialDate().isPresent() && p.officialDate().get().year().isPresent()
        && (p.date().isEmpty() || p.date().get().isCompatibleWith(p.officialDate().get()))) {
      return p.officialDate();
    }
    if (p.date().isPresent() && p.date().get().year().isPresent()) {
      return p.date();
    }
    return p.reportedBy().flatMap(PartialDate::latest).map(PartialDate::of).or(p::date);
  }

  private static ProcessStep withReportedBy(ProcessStep p, Map<String, PartialDate> published) {
    if (p.date().isPresent() && p.date().get().year().isPresent()) {
      return p;
    }
    PartialDate first = null;
    for (Evidence e : p.evidence()) {
      PartialDate d = published.get(e.source());
      if (d != null && (first == null || d.compareTo(first) < 0)) {
        first = d;
      }
    }
    return first == null ? p : ProcessStep.builder().from(p).reportedBy(first).build();
  }

  private static int rank(Optional<Body> body) {
    return body.isPresent() ? BODY_RANK[body.get().ordinal()] : BODY_ORDER.length + 1;
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  private static StepIndex smaller(StepIndex a, StepIndex b) {
    return b.steps.length < a.steps.length ? b : a;
  }

  private static <K> Map<K, StepIndex> toArrays(Map<K, List<ProcessStep>> lists, Map<K, StepIndex> into) {
    lists.forEach((k, v) -> into.put(k, new StepIndex(v.toArray(NO_STEP_ARRAY))));
    return into;
  }

  /** Steps in date order, with the epoch day each sorts at, for binary search by period. */
  private static final class StepIndex {
    static final StepIndex EMPTY = new StepIndex(NO_STEP_ARRAY);
    final ProcessStep[] steps;
    /** The first day each step may denote; {@code Integer.MAX_VALUE} when its year is unknown. */
    final int[] days;

    StepIndex(ProcessStep[] steps) {
      this.steps = steps;
      this.days = new int[steps.length];
      for (int i = 0; i < steps.length; i++) {
        days[i] = sortDate(steps[i]).flatMap(PartialDate::earliest).map(d -> (int) d.toEpochDay()).orElse(Integer.MAX_VALUE);
      }
    }

    /** Returns the index of the first step sorting on or after the day. */
    int firstOnOrAfter(int day) {
      int lo = 0;
      int hi = days.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (days[mid] < day) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** A growable int array, to keep a ballot index at four bytes a ballot. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  // ---------------------------------------------------------------- derived steps

  /** Derives the steps an entity's own fields record, unless a step of the dossier already does. */
  private static final class Deriver {
    private final Map<String, Entity> ids;
    private final Map<String, List<ProcessStep>> explicit;
    private final Set<String> inscribing = new HashSet<>();

    Deriver(Map<String, Entity> ids, Map<String, List<ProcessStep>> explicit) {
      this.ids = ids;
      this.explicit = explicit;
      for (Entity e : ids.values()) {
        if (e instanceof AgendaItem) {
          ((AgendaItem) e).inscribedBy().ifPresent(inscribing::add);
        }
      }
    }

    List<ProcessStep> derive(Entity e) {
      List<ProcessStep> out = new ArrayList<>(2);
      if (e instanceof Resolution) {
        Resolution r = (Resolution) e;
        add(out, r, StepType.RESOLUTION_ADOPTED, "", r.adopted(), Optional.of(r.body()), r.subjectState(), r.symbol(),
            r.outcome(), r.title(), List.of(r.id()));
      } else if (e instanceof Draft) {
        Draft d = (Draft) e;
        if (d.tabled().isPresent()) {
          add(out, d, StepType.DRAFT_TABLED, "", d.tabled(), Optional.of(d.body()), d.subjectState(), d.symbol(),
              Optional.empty(), sponsorsLine(d.mainSponsors()), List.of(d.id()));
        }
        if (d.outcome().isPresent()) {
          add(out, d, decision(d.outcome().get(), false), "", d.decided(), Optional.of(d.body()), d.subjectState(),
              d.symbol(), d.outcome(), d.title(), List.of(d.id()));
        }
      } else if (e instanceof Amendment) {
        Amendment a = (Amendment) e;
        List<String> concerns = a.target().isPresent() ? List.of(a.id(), a.target().get()) : List.of(a.id());
        if (a.proposed().isPresent() || a.outcome().isEmpty()) {
          add(out, a, StepType.AMENDMENT_PROPOSED, "", a.proposed(), Optional.of(a.body()), targetState(a), a.symbol(),
              Optional.empty(), a.summary(), concerns);
        }
        if (a.outcome().isPresent()) {
          add(out, a, decision(a.outcome().get(), true), "", a.decided(), Optional.of(a.body()), targetState(a),
              a.symbol(), a.outcome(), a.summary(), concerns);
        }
      } else if (e instanceof VoteEvent) {
        VoteEvent v = (VoteEvent) e;
        if (!inscribing.contains(v.id())) {
          StepType type = v.motionKind() == MotionKind.AMENDMENT ? decision(v.outcome(), true)
              : v.motionKind() == MotionKind.DRAFT_RESOLUTION ? decision(v.outcome(), false) : StepType.MEETING_HELD;
          add(out, v, type, "", v.date(), Optional.of(v.body()), v.subjectState(),
              v.resolutionSymbol().or(v::motionSymbol), Optional.of(v.outcome()), v.title(), List.of(v.id()));
        }
      } else if (e instanceof Mandate) {
        Mandate m = (Mandate) e;
        Optional<Resolution> by = resolution(m.establishedBy());
        if (m.establishedBy().isPresent() || m.established().isPresent()) {
          add(out, m, StepType.MECHANISM_ESTABLISHED, "", m.established().or(() -> by.flatMap(Resolution::adopted)),
              by.map(Resolution::body), m.subjectState(), by.flatMap(Resolution::symbol), Optional.empty(),
              Optional.of(m.title()), ids(m.id(), m.establishedBy()));
        }
        for (String renewal : m.renewals()) {
          Optional<Resolution> r = resolution(Optional.of(renewal));
          add(out, m, StepType.MANDATE_RENEWED, "." + renewal, r.flatMap(Resolution::adopted), r.map(Resolution::body),
              m.subjectState(), r.flatMap(Resolution::symbol), Optional.empty(), Optional.of(m.title()),
              List.of(m.id(), renewal));
        }
        int n = 0;
        for (MandateHolder h : m.holders()) {
          n++;
          Step.Builder b = base(m.id() + "." + StepType.HOLDER_APPOINTED.id() + "." + n, StepType.HOLDER_APPOINTED,
              h.start(), Optional.empty(), m.subjectState(), Optional.empty(), Optional.empty(),
              Optional.of(h.title()), List.of(m.id()), h.evidence());
          b.person(h.person().name());
          addIfNew(out, b.build(), m.id());
        }
      } else if (e instanceof CommissionOfInquiry) {
        CommissionOfInquiry c = (CommissionOfInquiry) e;
        Optional<Resolution> by = resolution(c.establishedBy());
        if (c.establishedBy().isPresent() || c.established().isPresent()) {
          add(out, c, StepType.MECHANISM_ESTABLISHED, "", c.established().or(() -> by.flatMap(Resolution::adopted)),
              by.map(Resolution::body), c.subjectState(), by.flatMap(Resolution::symbol), Optional.empty(),
              Optional.of(c.name()), ids(c.id(), c.establishedBy()));
        }
      } else if (e instanceof Report) {
        Report r = (Report) e;
        List<String> concerns = ids(r.id(), r.authorRef());
        if (r.published().isPresent() || r.presented().isEmpty()) {
          add(out, r, StepType.REPORT_PUBLISHED, "", r.published(), Optional.of(r.author()), r.subjectState(), r.symbol(),
              Optional.empty(), r.title(), concerns);
        }
        if (r.presented().isPresent() || r.presentedTo().isPresent()) {
          add(out, r, StepType.REPORT_PRESENTED, "", r.presented(), Optional.of(r.author()), r.subjectState(), r.symbol(),
              Optional.empty(), r.presentedTo().map(b -> "presented to " + b.title()), concerns);
        }
      } else if (e instanceof UprReview) {
        UprReview r = (UprReview) e;
        add(out, r, StepType.REVIEW_HELD, "", r.date(), Optional.of(Body.UPR_WORKING_GROUP),
            Optional.of(r.stateUnderReview()), r.outcomeReport(), Optional.empty(),
            r.cycle().isPresent() ? Optional.of("cycle " + r.cycle().getAsInt()) : Optional.empty(), List.of(r.id()));
      } else if (e instanceof AgendaItem) {
        AgendaItem a = (AgendaItem) e;
        Optional<VoteEvent> vote = a.inscribedBy().map(ids::get).filter(VoteEvent.class::isInstance).map(VoteEvent.class::cast);
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        vote.ifPresent(v -> evidence.addAll(v.evidence()));
        Step.Builder b = base(a.id() + "." + StepType.AGENDA_ITEM_ADDED.id(), StepType.AGENDA_ITEM_ADDED,
            a.inscribed().or(() -> vote.flatMap(VoteEvent::date)), Optional.of(a.body()), a.subjectState(),
            vote.flatMap(VoteEvent::meetingRecord), vote.map(VoteEvent::outcome), Optional.of(a.title()),
            ids(a.id(), a.inscribedBy()), evidence);
        addIfNew(out, b.build(), a.id());
      } else if (e instanceof Referral) {
        Referral r = (Referral) e;
        if (r.status() == ReferralStatus.MADE) {
          add(out, r, StepType.REFERRAL_MADE, "", r.date(), r.by(), Optional.of(r.situationState()), Optional.empty(),
              Optional.empty(), Optional.of("to " + r.to().title()), List.of(r.id()));
        }
      } else if (e instanceof CountryVisit) {
        CountryVisit v = (CountryVisit) e;
        StepType type = visitType(v);
        if (type != null) {
          add(out, v, type, "", v.date(), Optional.of(v.visitor()), Optional.of(v.state()), Optional.empty(),
              Optional.empty(), Optional.empty(), ids(v.id(), v.mandate()));
        }
      }
      return out;
    }

    private static StepType visitType(CountryVisit v) {
      switch (v.status()) {
        case REQUESTED:
          return StepType.VISIT_REQUESTED;
        case GRANTED:
        case CARRIED_OUT:
          return StepType.VISIT_GRANTED;
        case REFUSED:
          return StepType.VISIT_REFUSED;
        case WITHDRAWN:
          return StepType.VISIT_WITHDRAWN;
        default:
          return null;
      }
    }

    private Optional<State> targetState(Amendment a) {
      return a.target().map(ids::get).flatMap(Entities::subjectState);
    }

    private Optional<Resolution> resolution(Optional<String> id) {
      return id.map(ids::get).filter(Resolution.class::isInstance).map(Resolution.class::cast);
    }

    private static List<String> ids(String first, Optional<String> second) {
      return second.isPresent() ? List.of(first, second.get()) : List.of(first);
    }

    private static Optional<String> sponsorsLine(List<Sponsor> sponsors) {
      if (sponsors.isEmpty()) {
        return Optional.empty();
      }
      StringBuilder s = new StringBuilder("tabled by ");
      for (int i = 0; i < sponsors.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(sponsors.get(i).name());
      }
      return Optional.of(s.toString());
    }

    private static StepType decision(Outcome o, boolean amendment) {
      if (amendment) {
        return o.isAdopted() ? StepType.AMENDMENT_ADOPTED : StepType.AMENDMENT_REJECTED;
      }
      if (o instanceof Vetoed || o instanceof VetoedCountsNotRecorded) {
        return StepType.VETO_CAST;
      }
      return o.isAdopted() ? StepType.RESOLUTION_ADOPTED : StepType.RESOLUTION_REJECTED;
    }

    private void add(List<ProcessStep> out, Entity e, StepType type, String suffix, Optional<PartialDate> date,
        Optional<Body> actor, Optional<State> state, Optional<org.unrights.model.DocumentSymbol> symbol,
        Optional<Outcome> outcome, Optional<String> summary, List<String> concerns) {
      if (recorded(e.id(), type, actor)) {
        return;
      }
      Step s = base(e.id() + "." + type.id() + suffix, type, date, actor, state, symbol, outcome, summary, concerns,
          e.evidence()).build();
      addIfNew(out, s, e.id());
    }

    private static Step.Builder base(String id, StepType type, Optional<PartialDate> date, Optional<Body> actor,
        Optional<State> state, Optional<org.unrights.model.DocumentSymbol> symbol, Optional<Outcome> outcome,
        Optional<String> summary, List<String> concerns, List<Evidence> evidence) {
      return Step.builder().id(id).type(type).date(date).actor(actor).subjectState(state).symbol(symbol)
          .outcome(outcome).summary(summary).concerns(concerns).evidence(evidence);
    }

    /** Adds a derived step unless a step of the dossier about the entity has its type and a compatible actor. */
    private void addIfNew(List<ProcessStep> out, Step s, String entityId) {
      if (!recorded(entityId, s.type(), s.actor())) {
        out.add(ProcessStep.from(s, true));
      }
    }

    private boolean recorded(String entityId, StepType type, Optional<Body> actor) {
      for (ProcessStep p : explicit.getOrDefault(entityId, NO_STEPS)) {
        if (!p.derived() && p.type() == type
            && (p.actor().isEmpty() || actor.isEmpty() || p.actor().equals(actor))) {
          return true;
        }
      }
      return false;
    }
  }
}
