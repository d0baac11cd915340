package org.unrights.record;

import java.util.List;
import java.util.Optional;
import org.unrights.model.Claim;
import org.unrights.model.Entity;
import org.unrights.model.Evidence;
import org.unrights.model.Source;

/**
 * Everything both layers know about one id: the official entity, its record entry and sources,
 * and what the corpus says about it (its own version, evidence, claims and their checks).
 *
 * <p>Obtained from {@link CombinedDossier#view(String)}. This class is immutable and thread-safe.
 */
public final class CombinedView {

  private final String id;
  private final Optional<Entity> official;
  private final Optional<Entity> reported;
  private final Optional<RecordEntry> entry;
  private final List<Source> officialSources;
  private final List<Evidence> evidence;
  private final List<Claim> claims;
  private final List<CheckResult> checks;

  CombinedView(String id, Optional<Entity> official, Optional<Entity> reported, Optional<RecordEntry> entry,
      List<Source> officialSources, List<Evidence> evidence, List<Claim> claims, List<CheckResult> checks) {
    this.id = id;
    this.official = official;
    this.reported = reported;
    this.entry = entry;
    this.officialSources = List.copyOf(officialSources);
    this.evidence = List.copyOf(evidence);
    this.claims = List.copyOf(claims);
    this.checks = List.copyOf(checks);
  }

  /**
   * Returns the id viewed.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the official entity (symbol, dates, outcome and tally as the record gives them).
   *
   * @return the entity, or empty when the record does not hold the id
   */
  public Optional<Entity> official() {
    return official;
  }

  /**
   * Returns the corpus's own version of the entity, as read from documents.
   *
   * @return the entity, or empty when the corpus does not hold the id
   */
  public Optional<Entity> reported() {
    return reported;
  }

  /**
   * Returns the record entry: sources, verified flag, confidence.
   *
   * @return the entry, or empty when the record does not hold the id
   */
  public Optional<RecordEntry> entry() {
    return entry;
  }

  /**
   * Returns the official sources the record checked the entity against.
   *
   * @return the sources, possibly empty
   */
  public List<Source> officialSources() {
    return officialSources;
  }

  /**
   * Returns the corpus's evidence for the entity: spans of news and NGO texts.
   *
   * @return the evidence, possibly empty
   */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * Returns the corpus's claims about the entity.
   *
   * @return the claims, possibly empty
   */
  public List<Claim> claims() {
    return claims;
  }

  /**
   * Returns the checks of those claims (and of the corpus's version) against the record.
   *
   * @return the results, possibly empty
   */
  public List<CheckResult> checks() {
    return checks;
  }
}
