package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The bodies and mechanisms that act in the UN's human-rights processes, with each body's
 * decision rule as data.
 *
 * <p>Each has a short stable {@link #id()}, used in JSON and as a step's {@code actor}:
 * {@code ga}, {@code ga-third-committee}, {@code hrc}, {@code chr}, {@code ecosoc}, {@code unsc},
 * {@code upr-working-group}, {@code ohchr}, {@code icc}, and mechanisms acting as actors:
 * {@code coi}, {@code special-rapporteur}, {@code independent-experts}, {@code secretary-general}.
 *
 * <pre>{@code
 * Body.fromId("unsc").decisionRule(QuestionKind.PROCEDURAL)  // 9 affirmative votes
 * }</pre>
 */
public enum Body implements Vocabulary {
  /** The General Assembly in plenary: all member states. */
  GA("ga", "General Assembly", BodyKind.PRINCIPAL_ORGAN, 193, 1946, 0,
      rules(QuestionKind.ORDINARY, DecisionRule.simpleMajority(), QuestionKind.IMPORTANT, DecisionRule.twoThirds())),
  /** The GA's Third Committee (Social, Humanitarian and Cultural); its drafts go to the plenary. */
  GA_THIRD_COMMITTEE("ga-third-committee", "General Assembly Third Committee", BodyKind.SUBSIDIARY_ORGAN, 193, 1946, 0,
      rules(QuestionKind.ORDINARY, DecisionRule.simpleMajority())),
  /** The Human Rights Council, since 2006: 47 elected states. */
  HRC("hrc", "Human Rights Council", BodyKind.SUBSIDIARY_ORGAN, 47, 2006, 0,
      rules(QuestionKind.ORDINARY, DecisionRule.simpleMajority())),
  /** The Commission on Human Rights, 1946-2006: 53 states at its end. */
  CHR("chr", "Commission on Human Rights", BodyKind.SUBSIDIARY_ORGAN, 53, 1946, 2006,
      rules(QuestionKind.ORDINARY, DecisionRule.simpleMajority())),
  /** The Economic and Social Council: 54 elected states. */
  ECOSOC("ecosoc", "Economic and Social Council", BodyKind.PRINCIPAL_ORGAN, 54, 1946, 0,
      rules(QuestionKind.ORDINARY, DecisionRule.simpleMajority())),
  /** The Security Council: 15 states, five of them permanent. */
  UNSC("unsc", "Security Council", BodyKind.PRINCIPAL_ORGAN, 15, 1946, 0,
      rules(QuestionKind.PROCEDURAL, DecisionRule.affirmativeVotes(9, false),
          QuestionKind.SUBSTANTIVE, DecisionRule.affirmativeVotes(9, true))),
  /** The Universal Periodic Review Working Group of the HRC. */
  UPR_WORKING_GROUP("upr-working-group", "Universal Periodic Review Working Group", BodyKind.SUBSIDIARY_ORGAN, 47, 2008, 0,
      rules()),
  /** The Office of the High Commissioner for Human Rights (secretariat). */
  OHCHR("ohchr", "Office of the United Nations High Commissioner for Human Rights", BodyKind.SECRETARIAT, 0, 1993, 0,
      rules()),
  /** The Secretary-General. */
  SECRETARY_GENERAL("secretary-general", "Secretary-General", BodyKind.SECRETARIAT, 0, 1946, 0, rules()),
  /** The International Criminal Court, a separate treaty body (Rome Statute, in force 2002). */
  ICC("icc", "International Criminal Court", BodyKind.COURT, 0, 2002, 0, rules()),
  /** A commission of inquiry established by the HRC. */
  COI("coi", "Commission of Inquiry", BodyKind.MECHANISM, 0, 0, 0, rules()),
  /** A special rapporteur or independent expert holding a special-procedure mandate. */
  SPECIAL_RAPPORTEUR("special-rapporteur", "Special Rapporteur", BodyKind.MECHANISM, 0, 0, 0, rules()),
  /** A group of independent experts, e.g. on accountability. */
  INDEPENDENT_EXPERTS("independent-experts", "Group of independent experts", BodyKind.MECHANISM, 0, 0, 0, rules()),
  /** The High Commissioner for Human Rights in person. */
  HIGH_COMMISSIONER("high-commissioner", "High Commissioner for Human Rights", BodyKind.SECRETARIAT, 0, 1993, 0, rules());

  private static final List<String> PERMANENT_MEMBERS = List.of("CHN", "FRA", "RUS", "GBR", "USA");

  private final String id;
  private final String title;
  private final BodyKind kind;
  private final int seats;
  private final int established;
  private final int dissolved;
  private final Map<QuestionKind, DecisionRule> rules;

  Body(String id, String title, BodyKind kind, int seats, int established, int dissolved,
      Map<QuestionKind, DecisionRule> rules) {
    this.id = id;
    this.title = title;
    this.kind = kind;
    this.seats = seats;
    this.established = established;
    this.dissolved = dissolved;
    this.rules = rules;
  }

  private static Map<QuestionKind, DecisionRule> rules(Object... kindsAndRules) {
    Map<QuestionKind, DecisionRule> map = new EnumMap<>(QuestionKind.class);
    for (int i = 0; i < kindsAndRules.length; i += 2) {
      map.put((QuestionKind) kindsAndRules[i], (DecisionRule) kindsAndRules[i + 1]);
    }
    return map;
  }

  /**
   * Returns the stable id, e.g. {@code ga-third-committee}.
   *
   * @return the id, not null
   */
  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the body's name, e.g. "Human Rights Council".
   *
   * @return the name, not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns what kind of actor this is.
   *
   * @return the kind, not null
   */
  public BodyKind kind() {
    return kind;
  }

  /**
   * Tells whether this is a mechanism acting as an actor rather than a body that votes.
   *
   * @return true for commissions of inquiry, special rapporteurs and groups of experts
   */
  public boolean isMechanism() {
    return kind == BodyKind.MECHANISM;
  }

  /**
   * Returns the number of seats today, for bodies of states.
   *
   * @return the seats, or empty for offices, courts and mechanisms
   */
  public OptionalInt seats() {
    return seats == 0 ? OptionalInt.empty() : OptionalInt.of(seats);
  }

  /**
   * Returns the year the body first met or came into being.
   *
   * @return the year, or empty for mechanisms (each has its own)
   */
  public OptionalInt establishedYear() {
    return established == 0 ? OptionalInt.empty() : OptionalInt.of(established);
  }

  /**
   * Returns the year the body ceased to exist (the CHR in 2006).
   *
   * @return the year, or empty for bodies that exist today
   */
  public OptionalInt dissolvedYear() {
    return dissolved == 0 ? OptionalInt.empty() : OptionalInt.of(dissolved);
  }

  /**
   * Tells whether the body existed in the given year.
   *
   * @param year  the year
   * @return true when the year lies within the body's lifetime, or the lifetime is not bounded
   */
  public boolean existedIn(int year) {
    return (established == 0 || year >= established) && (dissolved == 0 || year <= dissolved);
  }

  /**
   * Returns the question kind a body decides when none is given: substantive for the Security
   * Council, ordinary for the others.
   *
   * @return the default question kind, not null
   */
  public QuestionKind defaultQuestionKind() {
    return this == UNSC ? QuestionKind.SUBSTANTIVE : QuestionKind.ORDINARY;
  }

  /**
   * Returns the rule by which this body decides a kind of question.
   *
   * @param question  the kind of question, not null
   * @return the rule, or empty when the body does not vote on that kind (or at all)
   */
  public Optional<DecisionRule> decisionRule(QuestionKind question) {
    return Optional.ofNullable(rules.get(question));
  }

  /**
   * Returns the question kinds this body votes on, with their rules.
   *
   * @return an unmodifiable map, empty for bodies that do not vote
   */
  public Map<QuestionKind, DecisionRule> decisionRules() {
    return java.util.Collections.unmodifiableMap(rules);
  }

  /**
   * Returns the permanent members' ISO alpha-3 codes, in the Charter's order of today's names:
   * CHN, FRA, RUS, GBR, USA for the Security Council.
   *
   * @return the codes; empty for every other body
   */
  public List<String> permanentMembers() {
    return this == UNSC ? PERMANENT_MEMBERS : List.of();
  }

  /**
   * Finds the body with the given id.
   *
   * @param id  an id such as {@code hrc}
   * @return the body, or empty when unknown
   */
  public static Optional<Body> byId(String id) {
    return Vocabulary.find(Body.class, id);
  }

  /**
   * Finds the body with the given id, for JSON.
   *
   * @param id  an id such as {@code hrc}
   * @return the body, not null
   * @throws InvalidValueException  if no body has that id
   */
  @JsonCreator
  public static Body fromId(String id) {
    return Vocabulary.require(Body.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
