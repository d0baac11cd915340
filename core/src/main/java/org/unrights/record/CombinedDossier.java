package org.unrights.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unrights.UnrightsException;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Claim;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.Dossier;
import org.unrights.model.Entity;
import org.unrights.model.Evidence;
import org.unrights.model.Source;

/**
 * The official record and a corpus in one view: a merged {@link Dossier} in which every official
 * entity also carries the corpus's evidence for it, the corpus's claims checked against the record,
 * and a {@link #view(String)} per id that puts the official value and its sources beside what the
 * documents say.
 *
 * <pre>{@code
 * CombinedDossier both = OfficialRecord.load().combine(SeedCorpus.load());
 * CombinedView v = both.view("ga-res-69-188");
 * v.official();        // the resolution: A/RES/69/188, 2014-12-18, 116-20-53
 * v.officialSources(); // GA/11604, the Voeten roll call, ...
 * v.claims();          // what the seeds say about it, with evidence
 * v.checks();          // each claim: consistent, contradicts, not in record
 * }</pre>
 *
 * <p>In the merged dossier the record's entity wins where both layers hold an id (the corpus's
 * evidence is added to it); corpus entities the record lacks are kept as they are; contradictions
 * found by the {@link ClaimCheck} are added as {@link Conflict}s whose values name the claim and
 * the record's sources. This class is immutable and thread-safe.
 */
public final class CombinedDossier {

  private static final ObjectMapper MAPPER = UnrightsJson.newMapper();

  private final OfficialRecord record;
  private final Dossier corpus;
  private final Dossier dossier;
  private final List<CheckResult> checks;

  private CombinedDossier(OfficialRecord record, Dossier corpus) {
    this.record = record;
    this.corpus = corpus;
    this.checks = List.copyOf(ClaimCheck.of(record).check(corpus));
    this.dossier = merge(record, corpus, checks);
  }

  /**
   * Combines a record with a corpus.
   *
   * @param record  the official record, not null
   * @param corpus  the corpus dossier, not null
   * @return the combined view, not null
   * @throws UnrightsException  if the two layers cannot be merged (e.g. an id names a source in
   *     one and an entity in the other)
   */
  public static CombinedDossier of(OfficialRecord record, Dossier corpus) {
    return new CombinedDossier(Objects.requireNonNull(record, "record"), Objects.requireNonNull(corpus, "corpus"));
  }

  /**
   * Returns both layers as one dossier.
   *
   * @return the merged dossier, not null
   */
  public Dossier dossier() {
    return dossier;
  }

  /**
   * Returns the official layer.
   *
   * @return the record, not null
   */
  public OfficialRecord record() {
    return record;
  }

  /**
   * Returns the corpus layer as given.
   *
   * @return the corpus dossier, not null
   */
  public Dossier corpus() {
    return corpus;
  }

  /**
   * Returns the check of the corpus against the record.
   *
   * @return the results, possibly empty
   */
  public List<CheckResult> checks() {
    return checks;
  }

  /**
   * Returns everything known about one id: the official entity with its sources, and the corpus's
   * evidence, claims and their checks.
   *
   * @param id  an entity or step id, e.g. {@code ga-res-69-188}, not null
   * @return the view, not null (empty lists and values when neither layer knows the id)
   */
  public CombinedView view(String id) {
    Objects.requireNonNull(id, "id");
    Map<String, Entity> corpusEntities = new HashMap<>();
    OfficialRecord.collectEntities(corpus, corpusEntities);
    List<Evidence> evidence = Optional.ofNullable(corpusEntities.get(id)).map(Entity::evidence).orElse(List.of());
    List<Claim> claims = corpus.claims().stream().filter(c -> c.about().map(id::equals).orElse(false))
        .collect(Collectors.toList());
    Set<String> claimIds = claims.stream().map(Claim::id).collect(Collectors.toSet());
    List<CheckResult> mine = checks.stream()
        .filter(r -> claimIds.contains(r.subject()) || r.about().map(id::equals).orElse(false))
        .collect(Collectors.toList());
    return new CombinedView(id, record.entity(id), Optional.ofNullable(corpusEntities.get(id)), record.entry(id),
        record.sourcesOf(id), evidence, claims, mine);
  }

  // ---------------------------------------------------------------------------------------------

  private static Dossier merge(OfficialRecord record, Dossier corpus, List<CheckResult> checks) {
    Map<String, List<Evidence>> evidence = new HashMap<>();
    for (Entity e : corpus.entities()) {
      if (record.entity(e.id()).isPresent() && !e.evidence().isEmpty()) {
        evidence.computeIfAbsent(e.id(), k -> new ArrayList<>()).addAll(e.evidence());
      }
    }
    ObjectNode rec = MAPPER.valueToTree(record.dossier());
    ObjectNode cor = MAPPER.valueToTree(corpus);
    addEvidence(rec, evidence);
    Set<String> recordIds = new HashSet<>();
    rec.fieldNames().forEachRemaining(list -> collectIds(rec.get(list), recordIds));
    for (Source s : record.dossier().sources()) {
      recordIds.add(s.id());
    }
    ObjectNode out = MAPPER.createObjectNode();
    for (String list : fieldNames(rec, cor)) {
      ArrayNode merged = MAPPER.createArrayNode();
      if (rec.has(list)) {
        merged.addAll((ArrayNode) rec.get(list));
      }
      if (cor.has(list)) {
        for (JsonNode item : cor.get(list)) {
          if (!item.has("id") || !recordIds.contains(item.get("id").asText())) {
            merged.add(item);
          }
        }
      }
      out.set(list, merged);
    }
    ArrayNode conflicts = out.has("conflicts") ? (ArrayNode) out.get("conflicts") : MAPPER.createArrayNode();
    Map<String, Claim> claims = corpus.claims().stream().collect(Collectors.toMap(Claim::id, c -> c, (a, b) -> a));
    for (CheckResult r : checks) {
      if (r.status() == CheckStatus.CONTRADICTS && r.about().isPresent() && r.claimedValue().isPresent()
          && r.recordValue().isPresent() && !r.claimedValue().get().isBlank() && !r.recordValue().get().isBlank()) {
        Conflict c = Conflict.builder().about(r.about().get()).field(r.recordField().orElse(r.field()))
            .addValue(ConflictingValue.builder().value(r.recordValue().get()).addClaim(r.about().get())
                .addAllSources(r.recordSources()).build())
            .addValue(ConflictingValue.builder().value(r.claimedValue().get())
                .addAllClaims(claims.containsKey(r.subject()) ? List.of(r.subject()) : List.of())
                .addAllSources(r.claimSources()).build())
            .note(r.note().orElse("the official record and a document disagree"))
            .build();
        conflicts.add(MAPPER.valueToTree(c));
      }
    }
    out.set("conflicts", conflicts);
    try {
      return MAPPER.treeToValue(out, Dossier.class);
    } catch (Exception e) {
      throw new UnrightsException("cannot combine the official record with the corpus: " + e.getMessage(), e);
    }
  }

  private static Set<String> fieldNames(ObjectNode a, ObjectNode b) {
    Set<String> names = new java.util.LinkedHashSet<>();
    a.fieldNames().forEachRemaining(names::add);
    b.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void collectIds(JsonNode node, Set<String> ids) {
    if (node.isArray()) {
      node.forEach(n -> collectIds(n, ids));
    } else if (node.isObject()) {
      if (node.has("id") && node.get("id").isTextual()) {
        ids.add(node.get("id").asText());
      }
      if (node.has("drafts")) {
        collectIds(node.get("drafts"), ids);
      }
      if (node.has("recommendations")) {
        collectIds(node.get("recommendations"), ids);
      }
    }
  }

  private static void addEvidence(JsonNode node, Map<String, List<Evidence>> evidence) {
    if (node.isArray()) {
      node.forEach(n -> addEvidence(n, evidence));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode o = (ObjectNode) node;
    if (o.has("id") && evidence.containsKey(o.get("id").asText())) {
      ArrayNode ev = o.has("evidence") ? (ArrayNode) o.get("evidence") : o.putArray("evidence");
      for (Evidence e : evidence.get(o.get("id").asText())) {
        ev.add(MAPPER.valueToTree(e));
      }
    }
    o.fields().forEachRemaining(f -> {
      if (f.getValue().isArray() && !f.getKey().equals("evidence") && !f.getKey().equals("sources")) {
        addEvidence(f.getValue(), evidence);
      }
    });
  }
}
