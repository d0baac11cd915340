package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything known about a set of processes: sources, entities, steps, claims and conflicts, each fact with its evidence.
 *
 * <p>JSON: {@code {"sources":[...],"resolutions":[...],"steps":[...],"claims":[...],"conflicts":[...]}}; every list may be empty. Ids are unique across the dossier. Loaders build it (see the corpus package) and the query package indexes it. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossier.class)
@JsonDeserialize(as = ImmutableDossier.class)
public abstract class Dossier {

  /**
   * Returns the documents facts were read from.
   *
   * @return the list, possibly empty
   */
  public abstract List<Source> sources();

  /**
   * Returns the persons named.
   *
   * @return the list, possibly empty
   */
  public abstract List<Person> persons();

  /**
   * Returns the resolutions.
   *
   * @return the list, possibly empty
   */
  public abstract List<Resolution> resolutions();

  /**
   * Returns drafts that did not become resolutions (failed or pending); drafts of adopted resolutions sit in their {@link Resolution}.
   *
   * @return the list, possibly empty
   */
  public abstract List<Draft> drafts();

  /**
   * Returns the amendments.
   *
   * @return the list, possibly empty
   */
  public abstract List<Amendment> amendments();

  /**
   * Returns the vote events other than those inside outcomes of resolutions (e.g. procedural votes, roll calls).
   *
   * @return the list, possibly empty
   */
  public abstract List<VoteEvent> voteEvents();

  /**
   * Returns the special-procedure mandates.
   *
   * @return the list, possibly empty
   */
  public abstract List<Mandate> mandates();

  /**
   * Returns the country visits requested, granted, refused or withdrawn.
   *
   * @return the list, possibly empty
   */
  public abstract List<CountryVisit> visits();

  /**
   * Returns the commissions of inquiry.
   *
   * @return the list, possibly empty
   */
  public abstract List<CommissionOfInquiry> commissions();

  /**
   * Returns the reports.
   *
   * @return the list, possibly empty
   */
  public abstract List<Report> reports();

  /**
   * Returns the Universal Periodic Reviews.
   *
   * @return the list, possibly empty
   */
  public abstract List<UprReview> reviews();

  /**
   * Returns the Security Council agenda items.
   *
   * @return the list, possibly empty
   */
  public abstract List<AgendaItem> agendaItems();

  /**
   * Returns the seats states held in bodies.
   *
   * @return the list, possibly empty
   */
  public abstract List<Membership> memberships();

  /**
   * Returns the referrals.
   *
   * @return the list, possibly empty
   */
  public abstract List<Referral> referrals();

  /**
   * Returns the steps of the processes, in no particular order (see the query package for ordered views).
   *
   * @return the list, possibly empty
   */
  public abstract List<Step> steps();

  /**
   * Returns what sources assert or dispute.
   *
   * @return the list, possibly empty
   */
  public abstract List<Claim> claims();

  /**
   * Returns the facts on which sources disagree.
   *
   * @return the list, possibly empty
   */
  public abstract List<Conflict> conflicts();

  @Value.Check
  void check() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Source s : sources()) {
      InvalidValueException.check(ids.add(s.id()), "Dossier", "sources", s.id(), "hold a duplicate id");
    }
    for (Entity e : entities()) {
      InvalidValueException.check(ids.add(e.id()), "Dossier", "entities", e.id(), "hold a duplicate id");
    }
  }

  /**
   * Returns every entity of the dossier, sources excepted, in the order of its lists.
   *
   * @return the entities, possibly empty
   */
  @Value.Lazy
  public List<Entity> entities() {
    java.util.List<Entity> all = new java.util.ArrayList<>();
    all.addAll(persons());
    all.addAll(resolutions());
    for (Resolution r : resolutions()) {
      all.addAll(r.drafts());
    }
    all.addAll(drafts());
    all.addAll(amendments());
    all.addAll(voteEvents());
    all.addAll(mandates());
    all.addAll(visits());
    all.addAll(commissions());
    all.addAll(reports());
    for (UprReview r : reviews()) {
      all.add(r);
      all.addAll(r.recommendations());
    }
    all.addAll(agendaItems());
    all.addAll(referrals());
    all.addAll(steps());
    all.addAll(claims());
    return java.util.Collections.unmodifiableList(all);
  }

  /**
   * Returns an empty dossier.
   *
   * @return the dossier, not null
   */
  public static Dossier empty() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dossier}. */
  public static final class Builder extends ImmutableDossier.Builder {}
}
