package org.unrights.model;

import java.util.Optional;

/**
 * The fields that many kinds of {@link Entity} share, read from any entity: its outcome, acting
 * body, document symbol, main date and subject state.
 *
 * <pre>{@code
 * Entities.symbol(dossierEntity).ifPresent(System.out::println);   // A/RES/69/188
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Entities {

  private Entities() {}

  /**
   * Returns how a decision ended: the outcome of a resolution, draft, amendment or vote event.
   *
   * @param e  the entity, not null
   * @return the outcome, or empty for other entities or when not known
   */
  public static Optional<Outcome> outcome(Entity e) {
    if (e instanceof Resolution) {
      return ((Resolution) e).outcome();
    } else if (e instanceof Draft) {
      return ((Draft) e).outcome();
    } else if (e instanceof Amendment) {
      return ((Amendment) e).outcome();
    } else if (e instanceof VoteEvent) {
      return Optional.of(((VoteEvent) e).outcome());
    }
    return Optional.empty();
  }

  /**
   * Returns the body that acted: a resolution's, draft's, amendment's or vote's body, an agenda
   * item's body, a report's author.
   *
   * @param e  the entity, not null
   * @return the body, or empty for other entities
   */
  public static Optional<Body> body(Entity e) {
    if (e instanceof Resolution) {
      return Optional.of(((Resolution) e).body());
    } else if (e instanceof Draft) {
      return Optional.of(((Draft) e).body());
    } else if (e instanceof Amendment) {
      return Optional.of(((Amendment) e).body());
    } else if (e instanceof VoteEvent) {
      return Optional.of(((VoteEvent) e).body());
    } else if (e instanceof AgendaItem) {
      return Optional.of(((AgendaItem) e).body());
    } else if (e instanceof Report) {
      return Optional.of(((Report) e).author());
    }
    return Optional.empty();
  }

  /**
   * Returns the document symbol an entity is known by: a resolution's, draft's, amendment's or
   * report's symbol; for a vote event the resolution, else the motion voted on, else the meeting record.
   *
   * @param e  the entity, not null
   * @return the symbol, or empty
   */
  public static Optional<DocumentSymbol> symbol(Entity e) {
    if (e instanceof Resolution) {
      return ((Resolution) e).symbol();
    } else if (e instanceof Draft) {
      return ((Draft) e).symbol();
    } else if (e instanceof Amendment) {
      return ((Amendment) e).symbol();
    } else if (e instanceof VoteEvent) {
      VoteEvent v = (VoteEvent) e;
      return v.resolutionSymbol().or(v::motionSymbol).or(v::meetingRecord);
    } else if (e instanceof Report) {
      return ((Report) e).symbol();
    }
    return Optional.empty();
  }

  /**
   * Returns the date of an entity's main event: adoption, decision (else tabling or proposal),
   * the vote, publication (else presentation), establishment, inscription, a referral's or review's
   * or visit's or step's date.
   *
   * @param e  the entity, not null
   * @return the date, or empty when not known
   */
  public static Optional<PartialDate> date(Entity e) {
    if (e instanceof Resolution) {
      return ((Resolution) e).adopted();
    } else if (e instanceof Draft) {
      Draft d = (Draft) e;
      return d.decided().or(d::tabled);
    } else if (e instanceof Amendment) {
      Amendment a = (Amendment) e;
      return a.decided().or(a::proposed);
    } else if (e instanceof VoteEvent) {
      return ((VoteEvent) e).date();
    } else if (e instanceof Report) {
      Report r = (Report) e;
      return r.published().or(r::presented);
    } else if (e instanceof CommissionOfInquiry) {
      return ((CommissionOfInquiry) e).established();
    } else if (e instanceof Mandate) {
      return ((Mandate) e).established();
    } else if (e instanceof AgendaItem) {
      return ((AgendaItem) e).inscribed();
    } else if (e instanceof Referral) {
      return ((Referral) e).date();
    } else if (e instanceof UprReview) {
      return ((UprReview) e).date();
    } else if (e instanceof CountryVisit) {
      return ((CountryVisit) e).date();
    } else if (e instanceof Step) {
      return ((Step) e).date();
    }
    return Optional.empty();
  }

  /**
   * Returns the state an entity concerns: its subject state, a referral's situation, the state
   * under review, the state to be visited.
   *
   * @param e  the entity, not null
   * @return the state, or empty
   */
  public static Optional<State> subjectState(Entity e) {
    if (e instanceof Resolution) {
      return ((Resolution) e).subjectState();
    } else if (e instanceof Draft) {
      return ((Draft) e).subjectState();
    } else if (e instanceof VoteEvent) {
      return ((VoteEvent) e).subjectState();
    } else if (e instanceof Report) {
      return ((Report) e).subjectState();
    } else if (e instanceof CommissionOfInquiry) {
      return ((CommissionOfInquiry) e).subjectState();
    } else if (e instanceof Mandate) {
      return ((Mandate) e).subjectState();
    } else if (e instanceof AgendaItem) {
      return ((AgendaItem) e).subjectState();
    } else if (e instanceof Referral) {
      return Optional.of(((Referral) e).situationState());
    } else if (e instanceof UprReview) {
      return Optional.of(((UprReview) e).stateUnderReview());
    } else if (e instanceof CountryVisit) {
      return Optional.of(((CountryVisit) e).state());
    } else if (e instanceof Step) {
      return ((Step) e).subjectState();
    }
    return Optional.empty();
  }
}
