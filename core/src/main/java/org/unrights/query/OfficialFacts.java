package org.unrights.query;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.Body;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Draft;
import org.unrights.model.Entity;
import org.unrights.model.Mandate;
import org.unrights.model.PartialDate;
import org.unrights.model.Referral;
import org.unrights.model.ReferralStatus;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.StepType;

/**
 * What an official record says about the event of a step: its date, its actor and, for a
 * mechanism, the symbol of the resolution that established it. Used to set
 * {@link ProcessStep#officialDate()}, {@link ProcessStep#officialActor()} and
 * {@link ProcessStep#officialSymbol()} beside the news evidence.
 *
 * <p>The date is the one of the step's type only: a resolution's {@code adopted} for
 * {@code resolution-adopted}, a draft's {@code decided}, an amendment's {@code decided} for its
 * adoption or rejection, a commission's or mandate's {@code established} for
 * {@code mechanism-established}, a report's {@code published}, an agenda item's {@code inscribed},
 * a referral's {@code date} for {@code referral-made}. Other types (an amendment proposed, a
 * referral recommended ...) get no official date. This class is stateless and thread-safe.
 */
public final class OfficialFacts {

  private OfficialFacts() {}

  /**
   * Returns the step with the official date, actor and (for a mechanism established by a
   * resolution the record holds) symbol set, where the record gives them.
   *
   * @param step  the step, not null
   * @param official  the official record's entity for the step's first concerned entity, not null
   * @param lookup  finds other entities of the official record by id (e.g. the establishing
   *     resolution), not null; returns empty for unknown ids
   * @return the step with the official facts set, not null
   */
  public static ProcessStep overlay(ProcessStep step, Entity official, Function<String, Optional<Entity>> lookup) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(lookup, "lookup");
    ProcessStep.Builder b = ProcessStep.builder().from(step);
    date(step.type(), official).ifPresent(b::officialDate);
    Optional<Resolution> establishing = establishedBy(official).flatMap(lookup).filter(Resolution.class::isInstance)
        .map(Resolution.class::cast);
    if (step.type() == StepType.MECHANISM_ESTABLISHED && establishing.isPresent()) {
      b.officialActor(establishing.get().body());
      if (step.officialSymbol().isEmpty()) {
        establishing.get().symbol().ifPresent(b::officialSymbol);
      }
      if (date(step.type(), official).isEmpty()) {
        establishing.get().adopted().ifPresent(b::officialDate);
      }
    } else {
      actor(step.type(), official).ifPresent(b::officialActor);
    }
    return b.build();
  }

  /**
   * Returns the official date of a step's event from the record's entity.
   *
   * @param type  the step's type, not null
   * @param official  the record's entity, not null
   * @return the date, or empty when the record gives none for this type
   */
  public static Optional<PartialDate> date(StepType type, Entity official) {
    switch (type) {
      case RESOLUTION_ADOPTED:
      case RESOLUTION_REJECTED:
      case VETO_CAST:
        if (official instanceof Resolution) {
          return ((Resolution) official).adopted();
        }
        return official instanceof Draft ? ((Draft) official).decided() : Optional.empty();
      case DRAFT_TABLED:
        return official instanceof Draft ? ((Draft) official).tabled() : Optional.empty();
      case AMENDMENT_ADOPTED:
      case AMENDMENT_REJECTED:
        return official instanceof Amendment ? ((Amendment) official).decided() : Optional.empty();
      case MECHANISM_ESTABLISHED:
        if (official instanceof CommissionOfInquiry) {
          return ((CommissionOfInquiry) official).established();
        }
        return official instanceof Mandate ? ((Mandate) official).established() : Optional.empty();
      case REPORT_PUBLISHED:
        return official instanceof Report ? ((Report) official).published() : Optional.empty();
      case REPORT_PRESENTED:
        return official instanceof Report ? ((Report) official).presented() : Optional.empty();
      case AGENDA_ITEM_ADDED:
        return official instanceof AgendaItem ? ((AgendaItem) official).inscribed() : Optional.empty();
      case REFERRAL_MADE:
        return official instanceof Referral && ((Referral) official).status() == ReferralStatus.MADE
            ? ((Referral) official).date() : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<Body> actor(StepType type, Entity official) {
    if (date(type, official).isEmpty()) {
      return Optional.empty(); // not the entity's own event: its body need not be the actor
    }
    if (official instanceof Resolution) {
      return Optional.of(((Resolution) official).body());
    } else if (official instanceof Draft) {
      return Optional.of(((Draft) official).body());
    } else if (official instanceof Amendment) {
      return Optional.of(((Amendment) official).body());
    } else if (official instanceof Report) {
      return Optional.of(((Report) official).author());
    } else if (official instanceof AgendaItem) {
      return Optional.of(((AgendaItem) official).body());
    } else if (official instanceof Referral) {
      return ((Referral) official).by();
    }
    return Optional.empty();
  }

  private static Optional<String> establishedBy(Entity official) {
    if (official instanceof CommissionOfInquiry) {
      return ((CommissionOfInquiry) official).establishedBy();
    }
    return official instanceof Mandate ? ((Mandate) official).establishedBy() : Optional.empty();
  }

  /**
   * Returns the symbol of the resolution that established a mechanism, where the record holds it.
   *
   * @param official  the record's commission or mandate, not null
   * @param lookup  finds other entities of the official record by id, not null
   * @return the symbol, or empty
   */
  public static Optional<DocumentSymbol> establishingSymbol(Entity official, Function<String, Optional<Entity>> lookup) {
    return establishedBy(official).flatMap(lookup).filter(Resolution.class::isInstance).map(Resolution.class::cast)
        .flatMap(Resolution::symbol);
  }
}
