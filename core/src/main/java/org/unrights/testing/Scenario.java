package org.unrights.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.AgendaItem;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.DecisionRule;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.MotionKind;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.QuestionKind;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.Resolution;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;
import org.unrights.query.VotingRules;

/**
 * A builder for hypothetical scenarios: motions, their votes and the steps they produce, written in
 * a few lines and without a corpus, for tests of policy analyses.
 *
 * <pre>{@code
 * Scenario s = Scenario.in(Body.UNSC).on("2014-12-22").about("PRK")
 *     .draft("S/2014/999").sponsoredBy("USA", "FRA")
 *     .yes("USA", "FRA", "GBR", "ARG", "AUS", "CHL", "JOR", "KOR", "LTU", "LUX", "RWA")
 *     .no("CHN", "RUS").abstain("TCD", "NGA");
 * s.outcome();      // vetoed by CHN and RUS: a draft resolution is a substantive question
 * s.steps();        // draft-tabled, veto-cast
 * s.dossier();      // the draft, the vote event and the steps
 * }</pre>
 *
 * <p>Each {@link #draft}, {@link #agendaItem} or {@link #motion} starts a new motion; the vote
 * methods and {@link #outcome()}, {@link #voteEvent()} and {@link #resolution()} apply to the
 * latest one. The outcome of a recorded vote is decided by the body's decision rule for the
 * question, applied by {@link VotingRules} (the Security Council: 9 affirmative votes, and no
 * permanent member against on a substantive question). Ids are derived from symbols: {@code S/2014/999} is {@code s-2014-999}.
 *
 * <p>This class is mutable and not thread-safe: one scenario per test.
 */
public final class Scenario {

  private Body body;
  private PartialDate date;
  private State subject;
  private final List<Motion> motions = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();

  private Scenario(Body body) {
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * Starts a scenario in a body.
   *
   * @param body  the body where the first motions are decided, not null
   * @return a new scenario
   */
  public static Scenario in(Body body) {
    return new Scenario(body);
  }

  /**
   * Moves the scenario to another body for the motions and steps that follow.
   *
   * @param body  the body, not null
   * @return this scenario
   */
  public Scenario body(Body body) {
    this.body = Objects.requireNonNull(body, "body");
    return this;
  }

  /**
   * Sets the date of the motions and steps that follow.
   *
   * @param date  {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @return this scenario
   * @throws org.unrights.model.InvalidValueException if {@code date} is not a partial date
   */
  public Scenario on(String date) {
    this.date = PartialDate.parse(date);
    return this;
  }

  /**
   * Sets the state the motions and steps that follow are about.
   *
   * @param state  a state code or name, e.g. {@code "PRK"}
   * @return this scenario
   * @throws org.unrights.model.InvalidValueException if the state is unknown
   */
  public Scenario about(String state) {
    this.subject = States.require(state);
    return this;
  }

  /**
   * Starts a motion on a draft resolution, a substantive question in the Security Council and an
   * ordinary one elsewhere.
   *
   * @param symbol  the draft's symbol, e.g. {@code "A/C.3/69/L.28/Rev.1"} or {@code "S/2014/999"}
   * @return this scenario
   * @throws org.unrights.model.InvalidSymbolException if {@code symbol} is not a UN document symbol
   */
  public Scenario draft(String symbol) {
    DocumentSymbol parsed = DocumentSymbol.parse(symbol);
    Motion m = newMotion(MotionKind.DRAFT_RESOLUTION, body.defaultQuestionKind());
    m.draftSymbol = parsed;
    m.id = idOf(parsed.toString());
    m.title = parsed.toString();
    steps.add(tablingStep(StepType.DRAFT_TABLED, m.id, Optional.of(parsed), Optional.empty()));
    return this;
  }

  /**
   * Starts a procedural motion to put an item on the body's agenda; its adoption adds an
   * {@code agenda-item-added} step and an {@link AgendaItem} to the dossier.
   *
   * @param title  the item's title, not blank
   * @return this scenario
   */
  public Scenario agendaItem(String title) {
    Motion m = newMotion(MotionKind.PROCEDURAL, QuestionKind.PROCEDURAL);
    m.title = requireText(title);
    m.agendaItem = true;
    m.id = "agenda-" + motions.size();
    return this;
  }

  /**
   * Starts another motion (procedural in the Security Council, ordinary elsewhere); its decision
   * adds a {@code meeting-held} step.
   *
   * @param title  what is decided, not blank
   * @return this scenario
   */
  public Scenario motion(String title) {
    Motion m = newMotion(body == Body.UNSC ? MotionKind.PROCEDURAL : MotionKind.OTHER,
        body == Body.UNSC ? QuestionKind.PROCEDURAL : QuestionKind.ORDINARY);
    m.title = requireText(title);
    m.id = "motion-" + motions.size();
    return this;
  }

  /**
   * Sets the kind of question of the latest motion (e.g. a procedural question in the Security
   * Council, where no veto applies, or an important question in the General Assembly).
   *
   * @param question  the kind of question, not null
   * @return this scenario
   */
  public Scenario question(QuestionKind question) {
    current().question = Objects.requireNonNull(question, "question");
    return this;
  }

  /**
   * Adds main sponsors to the latest draft.
   *
   * @param sponsors  state codes or names, or group names such as {@code "European Union"}
   * @return this scenario
   */
  public Scenario sponsoredBy(String... sponsors) {
    for (String s : sponsors) {
      current().sponsors.add(States.lookup(s).map(Sponsor::of).orElseGet(() -> Sponsor.group(s)));
    }
    return this;
  }

  /**
   * Records states voting in favour of the latest motion.
   *
   * @param states  state codes or names
   * @return this scenario
   * @throws org.unrights.model.InvalidValueException if a state is unknown
   */
  public Scenario yes(String... states) {
    return ballots(VoteOption.YES, states);
  }

  /**
   * Records states voting against the latest motion.
   *
   * @param states  state codes or names
   * @return this scenario
   * @throws org.unrights.model.InvalidValueException if a state is unknown
   */
  public Scenario no(String... states) {
    return ballots(VoteOption.NO, states);
  }

  /**
   * Records states abstaining on the latest motion.
   *
   * @param states  state codes or names
   * @return this scenario
   * @throws org.unrights.model.InvalidValueException if a state is unknown
   */
  public Scenario abstain(String... states) {
    return ballots(VoteOption.ABSTAIN, states);
  }

  /**
   * Records the counts of the latest motion's vote without naming states (no veto can then be
   * seen: a tally does not say who voted against).
   *
   * @param yes  votes in favour
   * @param no  votes against
   * @param abstain  abstentions
   * @return this scenario
   */
  public Scenario votes(int yes, int no, int abstain) {
    Motion m = current();
    m.counts = Tally.of(yes, no, abstain);
    m.withoutVote = false;
    return this;
  }

  /**
   * Records that the latest motion was adopted without a vote.
   *
   * @return this scenario
   */
  public Scenario withoutVote() {
    Motion m = current();
    m.withoutVote = true;
    m.ballots.clear();
    m.counts = null;
    return this;
  }

  /**
   * Names the resolution the latest draft becomes when adopted.
   *
   * @param symbol  the resolution's symbol, e.g. {@code "A/RES/69/188"}
   * @return this scenario
   * @throws org.unrights.model.InvalidSymbolException if {@code symbol} is not a UN document symbol
   */
  public Scenario adoptedAs(String symbol) {
    current().resolutionSymbol = DocumentSymbol.parse(symbol);
    return this;
  }

  /**
   * Adds a step of any type at the current body and date, e.g. a report published or a referral
   * recommended.
   *
   * @param type  the step type, not null
   * @param concerns  the ids of the entities it concerns
   * @return this scenario
   */
  public Scenario step(StepType type, String... concerns) {
    Objects.requireNonNull(type, "type");
    Step.Builder b = Step.builder().id(stepId(type)).type(type).actor(body).addConcerns(concerns);
    Optional.ofNullable(date).ifPresent(b::date);
    Optional.ofNullable(subject).ifPresent(b::subjectState);
    steps.add(b.build());
    return this;
  }

  /**
   * Decides the latest motion: without a vote, or by its recorded vote under the body's rule.
   *
   * @return the outcome, not null
   * @throws IllegalStateException if there is no motion, or it has neither votes nor
   *     {@link #withoutVote()}
   */
  public Outcome outcome() {
    return outcomeOf(current());
  }

  /**
   * Returns the latest motion's vote event.
   *
   * @return the vote event, not null
   * @throws IllegalStateException if there is no motion, or it has neither votes nor
   *     {@link #withoutVote()}
   */
  public VoteEvent voteEvent() {
    return voteEventOf(current());
  }

  /**
   * Returns the resolution the latest draft became.
   *
   * @return the resolution, not null
   * @throws IllegalStateException if the latest motion is not a draft, or was not adopted
   */
  public Resolution resolution() {
    Motion m = current();
    if (m.draftSymbol == null) {
      throw new IllegalStateException("Scenario: the latest motion '" + m.title + "' is not a draft resolution");
    }
    Outcome o = outcomeOf(m);
    if (!o.isAdopted()) {
      throw new IllegalStateException("Scenario: draft " + m.draftSymbol + " was not adopted: " + o);
    }
    return resolutionOf(m, o);
  }

  /**
   * Returns every step so far, in the order written: tabling, decisions and added steps.
   *
   * @return the steps, not null
   * @throws IllegalStateException if a motion has neither votes nor {@link #withoutVote()}
   */
  public List<Step> steps() {
    List<Step> all = new ArrayList<>(steps);
    for (Motion m : motions) {
      all.add(decisionStep(m));
    }
    all.sort((a, b) -> Integer.compare(order(a), order(b)));
    return List.copyOf(all);
  }

  /**
   * Returns a dossier of everything so far: drafts, resolutions adopted, vote events, agenda
   * items and steps.
   *
   * @return the dossier, not null
   * @throws IllegalStateException if a motion has neither votes nor {@link #withoutVote()}
   */
  public Dossier dossier() {
    Dossier.Builder d = Dossier.builder();
    for (Motion m : motions) {
      Outcome o = outcomeOf(m);
      if (m.draftSymbol != null) {
        Draft.Builder draft = Draft.builder().id(m.id).symbol(m.draftSymbol).body(m.body).outcome(o)
            .addAllMainSponsors(m.sponsors);
        Optional.ofNullable(m.date).ifPresent(draft::tabled);
        Optional.ofNullable(m.date).ifPresent(draft::decided);
        Optional.ofNullable(m.subject).ifPresent(draft::subjectState);
        d.addDrafts(draft.build());
        if (o.isAdopted()) {
          d.addResolutions(resolutionOf(m, o));
        }
      }
      if (m.agendaItem && o.isAdopted()) {
        AgendaItem.Builder item = AgendaItem.builder().id(m.id).title(m.title).body(m.body);
        Optional.ofNullable(m.date).ifPresent(item::inscribed);
        Optional.ofNullable(m.subject).ifPresent(item::subjectState);
        d.addAgendaItems(item.build());
      }
      if (!m.withoutVote) {
        d.addVoteEvents(voteEventOf(m));
      }
    }
    d.addAllSteps(steps());
    return d.build();
  }

  // --- internals ---

  /** One motion: what is decided, where, when, and the votes on it. */
  private static final class Motion {
    String id;
    String title;
    Body body;
    PartialDate date;
    State subject;
    MotionKind kind;
    QuestionKind question;
    DocumentSymbol draftSymbol;
    DocumentSymbol resolutionSymbol;
    boolean agendaItem;
    boolean withoutVote;
    Tally counts;
    int sequence;
    final List<Sponsor> sponsors = new ArrayList<>();
    final List<Ballot> ballots = new ArrayList<>();
  }

  private Motion newMotion(MotionKind kind, QuestionKind question) {
    Motion m = new Motion();
    m.body = body;
    m.date = date;
    m.subject = subject;
    m.kind = kind;
    m.question = question;
    m.sequence = steps.size();
    motions.add(m);
    return m;
  }

  private Motion current() {
    if (motions.isEmpty()) {
      throw new IllegalStateException("Scenario: no motion yet; start one with draft(..), agendaItem(..) or motion(..)");
    }
    return motions.get(motions.size() - 1);
  }

  private Scenario ballots(VoteOption option, String... states) {
    Motion m = current();
    m.withoutVote = false;
    m.counts = null;
    for (String s : states) {
      m.ballots.add(Ballot.of(States.require(s), option));
    }
    return this;
  }

  private Outcome outcomeOf(Motion m) {
    if (m.withoutVote) {
      return Outcome.withoutVote();
    }
    if (m.ballots.isEmpty() && m.counts == null) {
      throw new IllegalStateException("Scenario: motion '" + m.title
          + "' has no votes; call yes(..), no(..), abstain(..), votes(..) or withoutVote()");
    }
    if (m.counts == null) {
      return VotingRules.outcome(m.body, m.question, m.ballots);
    }
    DecisionRule rule = m.body.decisionRule(m.question).orElse(DecisionRule.simpleMajority());
    return rule.decide(m.counts, false) == DecisionRule.Result.ADOPTED
        ? AdoptedByRecordedVote.of(m.counts) : RejectedByRecordedVote.of(m.counts);
  }

  private VoteEvent voteEventOf(Motion m) {
    VoteEvent.Builder v = VoteEvent.builder().id("vote-" + m.id).body(m.body).motionKind(m.kind)
        .questionKind(m.question).title(m.title).outcome(outcomeOf(m));
    Optional.ofNullable(m.date).ifPresent(v::date);
    Optional.ofNullable(m.subject).ifPresent(v::subjectState);
    Optional.ofNullable(m.draftSymbol).ifPresent(v::motionSymbol);
    if (outcomeOf(m).isAdopted()) {
      Optional.ofNullable(m.resolutionSymbol).ifPresent(v::resolutionSymbol);
    }
    if (m.agendaItem) {
      v.agendaItem(m.id);
    }
    return v.build();
  }

  private Resolution resolutionOf(Motion m, Outcome o) {
    Resolution.Builder r = Resolution.builder()
        .id(m.resolutionSymbol != null ? idOf(m.resolutionSymbol.toString()) : "res-" + m.id)
        .body(m.body).outcome(o).addAllMainSponsors(m.sponsors);
    Optional.ofNullable(m.resolutionSymbol).ifPresent(r::symbol);
    Optional.ofNullable(m.date).ifPresent(r::adopted);
    Optional.ofNullable(m.subject).ifPresent(r::subjectState);
    return r.build();
  }

  private Step decisionStep(Motion m) {
    Outcome o = outcomeOf(m);
    StepType type;
    List<String> concerns = new ArrayList<>();
    Optional<DocumentSymbol> symbol = Optional.ofNullable(m.draftSymbol);
    if (m.draftSymbol != null) {
      type = o instanceof Vetoed ? StepType.VETO_CAST
          : o.isAdopted() ? StepType.RESOLUTION_ADOPTED : StepType.RESOLUTION_REJECTED;
      if (o.isAdopted()) {
        Resolution r = resolutionOf(m, o);
        concerns.add(r.id());
        if (r.symbol().isPresent()) {
          symbol = r.symbol();
        }
      }
      concerns.add(m.id);
    } else if (m.agendaItem && o.isAdopted()) {
      type = StepType.AGENDA_ITEM_ADDED;
      concerns.add(m.id);
    } else {
      type = StepType.MEETING_HELD;
    }
    Step.Builder b = Step.builder().id("step-" + m.id + "-" + type.id()).type(type).actor(m.body)
        .concerns(concerns).outcome(o).summary(m.title);
    symbol.ifPresent(b::symbol);
    Optional.ofNullable(m.date).ifPresent(b::date);
    Optional.ofNullable(m.subject).ifPresent(b::subjectState);
    return b.build();
  }

  /** Orders steps as written: a motion's decision comes right after its tabling, before later steps. */
  private int order(Step s) {
    int written = steps.indexOf(s);
    if (written >= 0) {
      return written * 2;
    }
    for (Motion m : motions) {
      if (s.id().startsWith("step-" + m.id + "-")) {
        return m.draftSymbol != null ? m.sequence * 2 + 1 : m.sequence * 2 - 1;
      }
    }
    return Integer.MAX_VALUE;
  }

  private Step tablingStep(StepType type, String concerns, Optional<DocumentSymbol> symbol, Optional<String> summary) {
    Step.Builder b = Step.builder().id(stepId(type)).type(type).actor(body).addConcerns(concerns);
    symbol.ifPresent(b::symbol);
    summary.ifPresent(b::summary);
    Optional.ofNullable(date).ifPresent(b::date);
    Optional.ofNullable(subject).ifPresent(b::subjectState);
    return b.build();
  }

  private String stepId(StepType type) {
    return "step-" + steps.size() + "-" + type.id();
  }

  private static String idOf(String symbol) {
    return symbol.toLowerCase(Locale.ROOT).replaceAll("[/. ]+", "-").replaceAll("[()]", "")
        .replaceAll("-+$", "");
  }

  private static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Scenario: a title must not be blank, was: " + text);
    }
    return text;
  }
}
