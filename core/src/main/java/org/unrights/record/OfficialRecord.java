package org.unrights.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unrights.UnrightsException;
import org.unrights.json.UnrightsJson;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.Entity;
import org.unrights.model.Evidence;
import org.unrights.model.Mandate;
import org.unrights.model.Membership;
import org.unrights.model.PartialDate;
import org.unrights.model.Referral;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.VoteEvent;

/**
 * The official record of the UN process on human rights in the Democratic People's Republic of
 * Korea, from the first Commission on Human Rights resolution (2003) to the 2024 Universal
 * Periodic Review: a {@link Dossier} of official facts, each with the sources it was checked
 * against ({@link RecordEntry}).
 *
 * <pre>{@code
 * OfficialRecord record = OfficialRecord.load();
 * Resolution r = record.resolution("ga-res-69-188").orElseThrow();
 * r.outcome().flatMap(Outcome::recordedTally);          // 116-20-53
 * record.entry("ga-res-69-188").orElseThrow().sources(); // [unvotes-voeten, media-un-spv7353, ga-11604, ...]
 * ClaimCheck.of(record).check(SeedCorpus.load());        // claims: consistent, contradicts, not in record
 * }</pre>
 *
 * <p>Loading validates the record: every entity and step has an entry and every entry an entity
 * or source; every source id, reference between entities and evidence source resolves; every
 * tally agrees with its ballots; Security Council ballots are cast only by states sitting on the
 * day; every dated fact lies within its body's lifetime ({@link Body#existedIn(int)}); every
 * symbol parses. A record that breaks a rule fails with a {@link RecordFormatException} naming the
 * file, the entry, the field and the value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OfficialRecord {

  /** The classpath resource of the DPRK record. */
  public static final String RESOURCE = "/org/unrights/record/dprk-record.json";

  private static final com.fasterxml.jackson.databind.ObjectReader READER =
      UnrightsJson.newMapper().readerFor(RecordFile.class);
  private static volatile OfficialRecord dprk;

  private final String file;
  private final Optional<String> about;
  private final Dossier dossier;
  private final Map<String, RecordEntry> entries;
  private final Map<String, Confidence> sourceGrades;
  private final List<String> notFound;
  private final Map<String, Entity> entities;
  private final Map<String, Source> sources;

  private OfficialRecord(String file, RecordFile data) {
    this.file = file;
    this.about = data.about();
    this.dossier = data.dossier();
    Map<String, RecordEntry> byId = new LinkedHashMap<>();
    for (RecordEntry e : data.entries()) {
      if (byId.put(e.id(), e) != null) {
        throw new RecordFormatException(file, "entries", e.id(), "must not hold an id twice");
      }
    }
    this.entries = Collections.unmodifiableMap(byId);
    this.sourceGrades = Map.copyOf(data.sourceGrades());
    this.notFound = List.copyOf(data.notFound());
    Map<String, Entity> ents = new LinkedHashMap<>();
    collectEntities(dossier, ents);
    this.entities = Collections.unmodifiableMap(ents);
    this.sources = Collections.unmodifiableMap(dossier.sources().stream()
        .collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a, LinkedHashMap::new)));
    validate();
  }

  /**
   * Returns the DPRK record shipped in the jar ({@link #RESOURCE}), loaded and validated once.
   *
   * @return the record, not null
   * @throws RecordFormatException  if the shipped record is missing or invalid
   */
  public static OfficialRecord load() {
    OfficialRecord r = dprk;
    if (r == null) {
      synchronized (OfficialRecord.class) {
        r = dprk;
        if (r == null) {
          try (InputStream in = OfficialRecord.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new RecordFormatException("classpath resource " + RESOURCE + " not found", null);
            }
            r = read(in, RESOURCE);
          } catch (IOException e) {
            throw new RecordFormatException(RESOURCE + ": cannot read: " + e.getMessage(), e);
          }
          dprk = r;
        }
      }
    }
    return r;
  }

  /**
   * Reads and validates a record file in the format of {@code docs/record.md}.
   *
   * @param in  the file's content, UTF-8 JSON, not null; not closed
   * @param name  the file's name, for messages, not null
   * @return the record, not null
   * @throws RecordFormatException  if the JSON is malformed (naming line and column), a value is
   *     invalid (e.g. a symbol that does not parse) or a validation rule is broken
   */
  public static OfficialRecord read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    RecordFile data;
    try {
      data = READER.readValue(in);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String path = e instanceof JsonMappingException ? ((JsonMappingException) e).getPathReference() : "";
      throw new RecordFormatException(name + ":" + (loc == null ? "?" : loc.getLineNr() + ":" + loc.getColumnNr())
          + ": " + e.getOriginalMessage() + (path.isEmpty() ? "" : " (at " + path + ")"), e);
    } catch (UnrightsException e) {
      throw new RecordFormatException(name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new RecordFormatException(name + ": cannot read: " + e.getMessage(), e);
    }
    return new OfficialRecord(name, data);
  }

  /**
   * Returns the record as a dossier: official sources, entities and steps. Entities carry no
   * evidence (official facts are sourced through {@link #entry(String)}).
   *
   * @return the dossier, not null
   */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Returns the record's description, as written in the file.
   *
   * @return the text, or empty
   */
  public Optional<String> about() {
    return about;
  }

  /**
   * Returns every entry, in file order.
   *
   * @return the entries, not empty for the shipped record
   */
  public List<RecordEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Returns the provenance of the entity, step or source with the given id.
   *
   * @param id  the id, not null
   * @return the entry, or empty when the record holds no such id
   */
  public Optional<RecordEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /**
   * Returns the entity or step with the given id, including drafts nested in resolutions.
   *
   * @param id  the id, not null
   * @return the entity, or empty
   */
  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  /**
   * Returns the resolution (or decision) with the given id.
   *
   * @param id  the id, e.g. {@code ga-res-69-188}, not null
   * @return the resolution, or empty
   */
  public Optional<Resolution> resolution(String id) {
    return entity(id).filter(Resolution.class::isInstance).map(Resolution.class::cast);
  }

  /**
   * Returns the source with the given id.
   *
   * @param id  the id, not null
   * @return the source, or empty
   */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * Returns the sources an entity or step was checked against, as {@link Source} values.
   *
   * @param id  the entity's id, not null
   * @return the sources, empty when the id is unknown
   */
  public List<Source> sourcesOf(String id) {
    return entry(id).map(e -> e.sources().stream().map(sources::get).collect(Collectors.toList()))
        .orElse(List.of());
  }

  /**
   * Returns the strongest source an entity or step was checked against: the first of its sources
   * graded official, else official-copy, else dataset, else secondary. Use it to cite one source
   * beside a fact, e.g. in a trace.
   *
   * @param id  the entity's id, not null
   * @return the source, or empty when the id is unknown
   */
  public Optional<Source> primarySource(String id) {
    Optional<RecordEntry> e = entry(id);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    for (Confidence grade : Confidence.values()) {
      for (String s : e.get().sources()) {
        if (sourceGrades.get(s) == grade) {
          return Optional.of(sources.get(s));
        }
      }
    }
    return Optional.of(sources.get(e.get().sources().get(0)));
  }

  /**
   * Returns how a source is graded: official, official-copy, dataset or secondary.
   *
   * @param sourceId  the source id, not null
   * @return the grade, or empty when the source is unknown
   */
  public Optional<Confidence> sourceGrade(String sourceId) {
    return Optional.ofNullable(sourceGrades.get(sourceId));
  }

  /**
   * Returns what the research looked for and did not find in an official source.
   *
   * @return the list, possibly empty
   */
  public List<String> notFound() {
    return notFound;
  }

  /**
   * Returns the states sitting in a body on a day, as the record's memberships give them.
   *
   * @param body  the body, not null
   * @param day  the day, not null
   * @return the states, empty when the record has no composition for that day
   */
  public List<State> membersOn(Body body, java.time.LocalDate day) {
    List<State> out = new ArrayList<>();
    for (Membership m : dossier.memberships()) {
      if (m.body() == body && m.isSittingOn(day) && !out.contains(m.state())) {
        out.add(m.state());
      }
    }
    return out;
  }

  /**
   * Combines the record with a corpus dossier: both layers in one dossier, the corpus's claims
   * checked against the record, and contradictions as {@link org.unrights.model.Conflict}s.
   *
   * @param corpus  a dossier read from documents, e.g. {@code SeedCorpus.load()}, not null
   * @return the combined view, not null
   */
  public CombinedDossier combine(Dossier corpus) {
    return CombinedDossier.of(this, corpus);
  }

  static void collectEntities(Dossier d, Map<String, Entity> into) {
    for (Entity e : d.entities()) {
      into.putIfAbsent(e.id(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // validation

  private void validate() {
    for (String id : entities.keySet()) {
      if (!entries.containsKey(id)) {
        throw new RecordFormatException(file, id, id, "has no entry: every fact needs its sources");
      }
    }
    for (RecordEntry e : entries.values()) {
      if (!entities.containsKey(e.id()) && !sources.containsKey(e.id())) {
        throw new RecordFormatException(file, "entries." + e.id(), e.id(), "does not name an entity, step or source");
      }
      for (String s : e.sources()) {
        requireSource(e.id() + ".sources", s);
      }
    }
    for (String s : sourceGrades.keySet()) {
      requireSource("sourceGrades", s);
    }
    for (Source s : sources.values()) {
      if (!sourceGrades.containsKey(s.id())) {
        throw new RecordFormatException(file, "sourceGrades", s.id(), "must grade every source");
      }
    }
    for (Entity e : entities.values()) {
      for (Evidence ev : e.evidence()) {
        requireSource(e.id() + ".evidence", ev.source());
      }
    }
    for (Membership m : dossier.memberships()) {
      for (String s : m.sources()) {
        requireSource("memberships." + m.state().alpha3() + ".sources", s);
      }
      checkLifetime("memberships." + m.state().alpha3(), "start", m.body(), Optional.of(m.start()));
    }
    for (Resolution r : dossier.resolutions()) {
      checkLifetime(r.id(), "adopted", r.body(), r.adopted());
      r.amendments().forEach(a -> requireEntity(r.id() + ".amendments", a));
      for (Draft d : r.drafts()) {
        checkDraft(d);
      }
    }
    dossier.drafts().forEach(this::checkDraft);
    for (Amendment a : dossier.amendments()) {
      checkLifetime(a.id(), "decided", a.body(), a.decided());
      a.target().ifPresent(t -> requireEntity(a.id() + ".target", t));
    }
    for (VoteEvent v : dossier.voteEvents()) {
      checkLifetime(v.id(), "date", v.body(), v.date());
      checkBallotsSitting(v);
    }
    for (Mandate m : dossier.mandates()) {
      m.establishedBy().ifPresent(t -> requireEntity(m.id() + ".establishedBy", t));
      m.renewals().forEach(t -> requireEntity(m.id() + ".renewals", t));
    }
    for (CommissionOfInquiry c : dossier.commissions()) {
      c.establishedBy().ifPresent(t -> requireEntity(c.id() + ".establishedBy", t));
      c.reports().forEach(t -> requireEntity(c.id() + ".reports", t));
    }
    for (Report r : dossier.reports()) {
      r.authorRef().ifPresent(t -> requireEntity(r.id() + ".authorRef", t));
      r.presentedTo().ifPresent(b -> checkLifetime(r.id(), "presented", b, r.presented()));
    }
    for (AgendaItem a : dossier.agendaItems()) {
      checkLifetime(a.id(), "inscribed", a.body(), a.inscribed());
      a.inscribedBy().ifPresent(t -> requireEntity(a.id() + ".inscribedBy", t));
      a.meetings().forEach(t -> requireEntity(a.id() + ".meetings", t));
    }
    for (Referral r : dossier.referrals()) {
      r.recommendedBy().forEach(t -> requireEntity(r.id() + ".recommendedBy", t));
    }
    for (Step s : dossier.steps()) {
      s.actor().ifPresent(b -> checkLifetime(s.id(), "date", b, s.date()));
      s.concerns().forEach(t -> requireEntity(s.id() + ".concerns", t));
    }
  }

  private void checkDraft(Draft d) {
    checkLifetime(d.id(), "decided", d.body(), d.decided());
    checkLifetime(d.id(), "tabled", d.body(), d.tabled());
    d.amendments().forEach(a -> requireEntity(d.id() + ".amendments", a));
  }

  private void requireSource(String where, String id) {
    if (!sources.containsKey(id)) {
      throw new RecordFormatException(file, where, id, "must name a source of the record");
    }
  }

  private void requireEntity(String where, String id) {
    if (!entities.containsKey(id)) {
      throw new RecordFormatException(file, where, id, "must name an entity or step of the record");
    }
  }

  private void checkLifetime(String id, String field, Body body, Optional<PartialDate> date) {
    if (date.isEmpty() || date.get().year().isEmpty()) {
      return;
    }
    int year = date.get().year().getAsInt();
    if (!body.existedIn(year)) {
      throw new RecordFormatException(file, id + "." + field, date.get(),
          "must lie within the lifetime of " + body.id() + " (" + body.establishedYear() + "-" + body.dissolvedYear() + ")");
    }
  }

  private void checkBallotsSitting(VoteEvent v) {
    if (v.ballots().isEmpty() || v.body() != Body.UNSC || v.date().flatMap(PartialDate::toLocalDate).isEmpty()) {
      return;
    }
    java.time.LocalDate day = v.date().get().toLocalDate().get();
    Set<State> sitting = new HashSet<>(membersOn(Body.UNSC, day));
    if (sitting.isEmpty()) {
      throw new RecordFormatException(file, v.id() + ".ballots", day, "need the Council's composition on the day");
    }
    Set<State> voted = new HashSet<>();
    for (Ballot b : v.ballots()) {
      if (!sitting.contains(b.state())) {
        throw new RecordFormatException(file, v.id() + ".ballots", b.state(), "must be cast by a member sitting on " + day);
      }
      voted.add(b.state());
    }
    if (entry(v.id()).map(e -> e.isDerived("outcome.ballots.yes")).orElse(false) && !voted.equals(sitting)) {
      throw new RecordFormatException(file, v.id() + ".ballots", voted.size() + " ballots",
          "derived from the composition must cover all " + sitting.size() + " members");
    }
  }

  @Override
  public String toString() {
    return "OfficialRecord[" + file + ": " + entities.size() + " entities, " + sources.size() + " sources]";
  }
}
