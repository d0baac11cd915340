package org.unrights.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unrights.UnrightsException;
import org.unrights.extract.Extraction;
import org.unrights.extract.Extractor;
import org.unrights.json.UnrightsJson;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.Claim;
import org.unrights.model.CommissionOfInquiry;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.CountryVisit;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.Entity;
import org.unrights.model.Evidence;
import org.unrights.model.Mandate;
import org.unrights.model.Membership;
import org.unrights.model.PartialDate;
import org.unrights.model.Person;
import org.unrights.model.Referral;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.Step;
import org.unrights.model.UprReview;
import org.unrights.model.VoteEvent;

/**
 * Loads a corpus (a folder of documents with metadata and reviewed annotations) into a
 * {@link Dossier}, checking every quote, offset and reference on the way.
 *
 * <p>The folder holds, per document, {@code NAME.txt} (UTF-8, exactly as found),
 * {@code NAME.meta.json} (its {@link Source} in the model's JSON) and optionally
 * {@code NAME.annotations.json} (reviewed, stand-off annotations: lists named like the
 * dossier's, each evidence pointing into {@code NAME.txt}, plus a {@link Review} block). Other
 * files are ignored. What the loader does:
 * <ul>
 *   <li>every evidence must name the document's source and its quote must be found at its
 *       offsets; every reference (a step's {@code concerns}, a claim's {@code about}, a mandate's
 *       {@code establishedBy} ...) must name an entity or source of the corpus;</li>
 *   <li>an id used by several documents is one entity: its evidence is merged, fields one
 *       document leaves out are taken from another, a partial date is refined by a compatible
 *       more precise one, a {@code status} (of a visit or referral) is the latest source's; any
 *       other disagreement becomes a {@link Conflict} (the entity keeps the first document's value,
 *       in file-name order);</li>
 *   <li>steps of different documents that tell the same event (same type, same first concerned
 *       entity, compatible actor and date) are one step with the evidence of all, the id of the
 *       first document's step and the more precise date; incompatible dates of an event that
 *       happens once stay separate steps and become a {@link Conflict} (the
 *       rule is in {@code docs/corpus.md}); steps within one document are never merged;</li>
 *   <li>claims on the same entity and field that give different values (or, without values,
 *       different stances) become a {@link Conflict} naming the claims and sources;</li>
 *   <li>documents whose review is not {@linkplain Review#complete() complete} are run through the
 *       extractor (if one is set) and its proposals merged under the review's decisions.</li>
 * </ul>
 * Any failure throws {@link CorpusFormatException} with file, line and column; nothing is
 * returned half-loaded.
 *
 * <pre>{@code
 * Dossier dossier = CorpusLoader.standard().load(Path.of("my-corpus"));
 * Dossier reviewedOnly = CorpusLoader.reviewedOnly().load(Path.of("my-corpus"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CorpusLoader {

  /** The dossier lists an annotations file may hold, with the type of their elements. */
  private static final Map<String, Class<?>> LISTS = new LinkedHashMap<>();

  static {
    LISTS.put("persons", Person.class);
    LISTS.put("resolutions", Resolution.class);
    LISTS.put("drafts", Draft.class);
    LISTS.put("amendments", Amendment.class);
    LISTS.put("voteEvents", VoteEvent.class);
    LISTS.put("mandates", Mandate.class);
    LISTS.put("visits", CountryVisit.class);
    LISTS.put("commissions", CommissionOfInquiry.class);
    LISTS.put("reports", Report.class);
    LISTS.put("reviews", UprReview.class);
    LISTS.put("agendaItems", AgendaItem.class);
    LISTS.put("memberships", Membership.class);
    LISTS.put("referrals", Referral.class);
    LISTS.put("steps", Step.class);
    LISTS.put("claims", Claim.class);
  }

  private static final ObjectMapper MAPPER = UnrightsJson.newMapper();

  private final Optional<Extractor> extractor;

  private CorpusLoader(Optional<Extractor> extractor) {
    this.extractor = extractor;
  }

  /**
   * Returns a loader that runs {@link Extractor#standard()} on documents not completely reviewed.
   *
   * @return the loader, not null
   */
  public static CorpusLoader standard() {
    return new CorpusLoader(Optional.of(Extractor.standard()));
  }

  /**
   * Returns a loader that takes only reviewed annotations and never runs an extractor.
   *
   * @return the loader, not null
   */
  public static CorpusLoader reviewedOnly() {
    return new CorpusLoader(Optional.empty());
  }

  /**
   * Returns a copy of this loader that uses the given extractor for documents not completely reviewed.
   *
   * @param extractor  the extractor, not null
   * @return a new loader, not null
   */
  public CorpusLoader withExtractor(Extractor extractor) {
    return new CorpusLoader(Optional.of(Objects.requireNonNull(extractor, "extractor")));
  }

  /**
   * Returns the extractor used for documents not completely reviewed.
   *
   * @return the extractor, or empty for a reviewed-only loader
   */
  public Optional<Extractor> extractor() {
    return extractor;
  }

  /**
   * Loads the corpus in a folder.
   *
   * @param folder  the folder holding {@code NAME.txt}, {@code NAME.meta.json} and optional
   *     {@code NAME.annotations.json} files, not null
   * @return the dossier, not null
   * @throws CorpusFormatException  if the folder is missing or empty, a file is unreadable, not
   *     UTF-8 or malformed, a quote or offset does not hold, an id is duplicated or a reference
   *     is unknown
   */
  public Dossier load(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return load(readFolder(folder));
  }

  /** Loads documents already read into memory. */
  Dossier load(List<CorpusDocument> documents) {
    if (documents.isEmpty()) {
      throw new CorpusFormatException("corpus", 0, 0, "holds no documents");
    }
    List<LoadedDocument> loaded = new ArrayList<>();
    Set<String> sourceIds = new LinkedHashSet<>();
    for (CorpusDocument document : documents) {
      LoadedDocument doc = readDocument(document);
      if (!sourceIds.add(doc.source.id())) {
        throw error(document.meta(), "\"id\"", "duplicate source id '" + doc.source.id()
            + "': another document of the corpus already has it");
      }
      loaded.add(doc);
    }
    for (LoadedDocument doc : loaded) {
      checkIdsWithinFile(doc);
      checkReviewDecisions(doc);
      checkEvidence(doc);
      checkClaimSources(doc);
    }
    return new Assembly(loaded).build();
  }

  // ------------------------------------------------------------------------------------------
  // reading

  private static List<CorpusDocument> readFolder(Path folder) {
    String shown = folder.toString();
    if (!Files.isDirectory(folder)) {
      throw new CorpusFormatException(shown, 0, 0, "is not a folder");
    }
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new CorpusFormatException(shown, 0, 0, "cannot be listed: " + e.getMessage(), e);
    }
    Set<String> all = new LinkedHashSet<>(names);
    List<CorpusDocument> documents = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith(CorpusDocument.META) || name.endsWith(CorpusDocument.ANNOTATIONS)) {
        String base = name.endsWith(CorpusDocument.META)
            ? name.substring(0, name.length() - CorpusDocument.META.length())
            : name.substring(0, name.length() - CorpusDocument.ANNOTATIONS.length());
        if (!all.contains(base + CorpusDocument.TEXT)) {
          throw new CorpusFormatException(folder.resolve(name).toString(), 0, 0,
              "has no document text " + base + CorpusDocument.TEXT + " beside it");
        }
      }
      if (!name.endsWith(CorpusDocument.TEXT) || name.startsWith(".")) {
        continue;
      }
      String base = name.substring(0, name.length() - CorpusDocument.TEXT.length());
      Path meta = folder.resolve(base + CorpusDocument.META);
      if (!Files.isRegularFile(meta)) {
        throw new CorpusFormatException(folder.resolve(name).toString(), 0, 0,
            "has no metadata file " + base + CorpusDocument.META + " beside it");
      }
      Path annotations = folder.resolve(base + CorpusDocument.ANNOTATIONS);
      documents.add(new CorpusDocument(base, readFile(folder.resolve(name)), readFile(meta),
          Files.isRegularFile(annotations) ? Optional.of(readFile(annotations)) : Optional.empty()));
    }
    if (documents.isEmpty()) {
      throw new CorpusFormatException(shown, 0, 0, "holds no documents (no NAME.txt files)");
    }
    return documents;
  }

  private static CorpusFile readFile(Path path) {
    try {
      return new CorpusFile(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new CorpusFormatException(path.toString(), 0, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static LoadedDocument readDocument(CorpusDocument document) {
    String text = document.text().text();
    String metaJson = document.meta().text();
    Source read = readJson(document.meta(), metaJson, Source.class);
    String fileName = Path.of(document.text().name()).getFileName().toString();
    Source source;
    try {
      source = Source.builder().from(read).file(fileName).build();
    } catch (UnrightsException e) {
      throw new CorpusFormatException(document.meta().name(), 1, 1, e.getMessage(), e);
    }
    Annotations annotations = Annotations.empty();
    String annotationsJson = "";
    if (document.annotations().isPresent()) {
      annotationsJson = document.annotations().get().text();
      annotations = readJson(document.annotations().get(), annotationsJson, Annotations.class);
    }
    ObjectNode tree;
    try {
      tree = annotationsJson.isEmpty() ? MAPPER.createObjectNode() : (ObjectNode) MAPPER.readTree(annotationsJson);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("annotations parsed as a value but not as a tree", e);
    }
    return new LoadedDocument(document, text, source, annotations, annotationsJson, tree);
  }

  private static <T> T readJson(CorpusFile file, String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String path = e instanceof JsonMappingException ? jsonPath((JsonMappingException) e) : "";
      throw new CorpusFormatException(file.name(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "malformed " + (type == Source.class ? "metadata" : "annotations") + path + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The path of a mapping error in the file's own terms, e.g. {@code " (at steps[2].evidence[0])"}. */
  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : " (at " + path + ")";
  }

  // ------------------------------------------------------------------------------------------
  // checks on one document

  private static void checkIdsWithinFile(LoadedDocument doc) {
    Set<String> seen = new java.util.HashSet<>();
    for (String id : doc.entityIds()) {
      if (!seen.add(id)) {
        throw doc.errorAt(idPattern(id), 2, "duplicate id '" + id + "' in one annotations file");
      }
    }
  }

  private static void checkReviewDecisions(LoadedDocument doc) {
    Set<String> steps = doc.annotations.steps().stream().map(Step::id).collect(Collectors.toSet());
    for (ReviewDecision decision : doc.annotations.review().map(Review::decisions).orElse(List.of())) {
      if (decision.step().isPresent() && !steps.contains(decision.step().get())) {
        throw doc.errorAt(Pattern.compile("\"step\"\\s*:\\s*" + Pattern.quote(quoted(decision.step().get()))), 1,
            "review decision names step '" + decision.step().get() + "' but no step of this file has that id");
      }
    }
  }

  private static void checkEvidence(LoadedDocument doc) {
    walkEvidence(doc.tree, "", (path, evidence) -> {
      String textFile = doc.document.text().name();
      if (!evidence.source().equals(doc.source.id())) {
        throw doc.errorAt(Pattern.compile(Pattern.quote(quoted(evidence.quote()))), 1,
            "evidence at " + path + " names source '" + evidence.source() + "' but the file annotates "
                + doc.source.id() + " (" + textFile + ")");
      }
      if (!evidence.matches(doc.text)) {
        TextPosition at = TextPosition.of(doc.text, evidence.start());
        String found = evidence.start() >= doc.text.length() ? "<end of text at " + doc.text.length() + ">"
            : "'" + doc.text.substring(evidence.start(), Math.min(evidence.end(), doc.text.length())) + "'";
        throw new CorpusFormatException(textFile, at.line(), at.column(), "quote does not match the text at ["
            + evidence.start() + "," + evidence.end() + "): expected '" + evidence.quote() + "', found " + found
            + " (evidence at " + path + " in " + doc.annotationsName() + ")");
      }
    });
  }

  private static void checkClaimSources(LoadedDocument doc) {
    for (Claim claim : doc.annotations.claims()) {
      if (!claim.source().equals(doc.source.id())) {
        throw doc.errorAt(idPattern(claim.id()), 1, "claim '" + claim.id() + "' names source '" + claim.source()
            + "' but a claim in this file must be made by " + doc.source.id());
      }
    }
  }

  private interface EvidenceVisitor {
    void visit(String path, Evidence evidence);
  }

  private static void walkEvidence(JsonNode node, String path, EvidenceVisitor visitor) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getKey().equals("evidence") && field.getValue().isArray()) {
          for (int i = 0; i < field.getValue().size(); i++) {
            JsonNode e = field.getValue().get(i);
            visitor.visit(at + "[" + i + "]", Evidence.builder().source(e.path("source").asText())
                .start(e.path("start").asInt()).end(e.path("end").asInt()).quote(e.path("quote").asText()).build());
          }
        } else {
          walkEvidence(field.getValue(), at, visitor);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        String label = element.has("id") ? element.get("id").asText() : String.valueOf(i);
        walkEvidence(element, path + "[" + label + "]", visitor);
      }
    }
  }

  static String quoted(String text) {
    try {
      return MAPPER.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Pattern idPattern(String id) {
    return Pattern.compile("\"id\"\\s*:\\s*" + Pattern.quote(quoted(id)));
  }

  private static CorpusFormatException error(CorpusFile file, String needle, String message) {
    String text = file.text();
    int at = Math.max(0, text.indexOf(needle));
    TextPosition pos = TextPosition.of(text, at);
    return new CorpusFormatException(file.name(), pos.line(), pos.column(), message);
  }

  // ------------------------------------------------------------------------------------------
  // one document, read

  /** A document with its text decoded and its JSON parsed. */
  static final class LoadedDocument {
    final CorpusDocument document;
    final String text;
    final Source source;
    final Annotations annotations;
    final String annotationsJson;
    final ObjectNode tree;

    LoadedDocument(CorpusDocument document, String text, Source source, Annotations annotations, String annotationsJson,
        ObjectNode tree) {
      this.document = document;
      this.text = text;
      this.source = source;
      this.annotations = annotations;
      this.annotationsJson = annotationsJson;
      this.tree = tree;
      this.tree.remove("review");
    }

    String annotationsName() {
      return document.annotations().map(CorpusFile::name).orElse(document.name() + CorpusDocument.ANNOTATIONS);
    }

    boolean isCompletelyReviewed() {
      return annotations.review().map(Review::complete).orElse(false);
    }

    /** The ids of the entities this file defines, nested drafts and recommendations included, in file order. */
    List<String> entityIds() {
      List<String> ids = new ArrayList<>();
      for (String list : LISTS.keySet()) {
        for (JsonNode element : tree.path(list)) {
          if (element.has("id")) {
            ids.add(element.get("id").asText());
          }
          for (JsonNode nested : element.path("drafts")) {
            ids.add(nested.path("id").asText());
          }
          for (JsonNode nested : element.path("recommendations")) {
            if (list.equals("reviews")) {
              ids.add(nested.path("id").asText());
            }
          }
        }
      }
      return ids;
    }

    /** An error at the nth match of a pattern in the annotations file (or its start). */
    CorpusFormatException errorAt(Pattern pattern, int nth, String message) {
      Matcher m = pattern.matcher(annotationsJson);
      int offset = 0;
      for (int i = 0; i < nth && m.find(); i++) {
        offset = m.start();
      }
      TextPosition at = TextPosition.of(annotationsJson, offset);
      return new CorpusFormatException(annotationsName(), at.line(), at.column(), message);
    }
  }

  // ------------------------------------------------------------------------------------------
  // merging documents into one dossier

  /** One entity as merged so far. */
  private static final class Slot {
    final String list;
    JsonNode node;
    final List<LoadedDocument> documents = new ArrayList<>();

    Slot(String list, JsonNode node) {
      this.list = list;
      this.node = node;
    }
  }

  /** The values given for one field of one entity, with the sources that give each. */
  private static final class FieldValues {
    final Map<String, Set<String>> sourcesByValue = new LinkedHashMap<>();
  }

  private final class Assembly {
    final List<LoadedDocument> documents;
    final Map<String, Slot> slots = new LinkedHashMap<>();
    final List<JsonNode> memberships = new ArrayList<>();
    final Map<String, FieldValues> fields = new TreeMap<>();
    final Map<String, Source> sources = new LinkedHashMap<>();

    Assembly(List<LoadedDocument> documents) {
      this.documents = documents;
      documents.forEach(d -> sources.put(d.source.id(), d.source));
    }

    Dossier build() {
      for (LoadedDocument doc : documents) {
        for (String list : LISTS.keySet()) {
          for (JsonNode element : doc.tree.path(list)) {
            add(doc, list, element);
          }
        }
      }
      for (LoadedDocument doc : documents) {
        if (!doc.isCompletelyReviewed() && extractor.isPresent()) {
          addProposals(doc);
        }
      }
      Dossier.Builder dossier = Dossier.builder().sources(sources.values());
      Map<String, List<Object>> typed = new LinkedHashMap<>();
      StepMerger steps = new StepMerger();
      for (Slot slot : slots.values()) {
        settleStatus(slot);
        Object value = toValue(slot);
        if (value instanceof Step) {
          steps.add((Step) value, slot.documents.get(0).source.id());
        } else {
          typed.computeIfAbsent(slot.list, k -> new ArrayList<>()).add(value);
        }
      }
      List<Conflict> conflicts = new ArrayList<>(fieldConflicts());
      conflicts.addAll(steps.conflicts());
      List<Claim> claims = renameAbout(cast(typed.get("claims")), steps.renamed());
      conflicts.addAll(claimConflicts(claims));
      List<Membership> members = new ArrayList<>();
      for (JsonNode m : memberships) {
        members.add(MAPPER.convertValue(m, Membership.class));
      }
      try {
        dossier.persons(cast(typed.get("persons")))
            .resolutions(cast(typed.get("resolutions")))
            .drafts(cast(typed.get("drafts")))
            .amendments(cast(typed.get("amendments")))
            .voteEvents(cast(typed.get("voteEvents")))
            .mandates(cast(typed.get("mandates")))
            .visits(cast(typed.get("visits")))
            .commissions(cast(typed.get("commissions")))
            .reports(cast(typed.get("reports")))
            .reviews(cast(typed.get("reviews")))
            .agendaItems(cast(typed.get("agendaItems")))
            .memberships(members)
            .referrals(cast(typed.get("referrals")))
            .steps(steps.steps())
            .claims(claims)
            .conflicts(conflicts);
        Dossier built = dossier.build();
        new References(built, documents).check();
        return built;
      } catch (CorpusFormatException e) {
        throw e;
      } catch (UnrightsException e) {
        String id = e.getMessage().replaceAll("(?s).*was: '?([a-z0-9._-]+)'?.*", "$1");
        throw locate(documents, idPattern(id), 2, "the corpus does not form a dossier: " + e.getMessage());
      }
    }

    /** Claims about a step merged into another's (by the step-merging rule) are about the merged step. */
    private List<Claim> renameAbout(List<Claim> claims, Map<String, String> renamed) {
      if (renamed.isEmpty()) {
        return claims;
      }
      List<Claim> result = new ArrayList<>(claims.size());
      for (Claim c : claims) {
        String about = c.about().map(a -> renamed.getOrDefault(a, a)).orElse(null);
        result.add(about == null || about.equals(c.about().get()) ? c : Claim.builder().from(c).about(about).build());
      }
      return result;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cast(List<Object> values) {
      return values == null ? List.of() : (List<T>) (List<?>) values;
    }

    private void add(LoadedDocument doc, String list, JsonNode element) {
      if (list.equals("memberships")) {
        if (!memberships.contains(element)) {
          memberships.add(element);
        }
        return;
      }
      String id = element.path("id").asText();
      recordFields(id, "", element, doc.source.id());
      Slot slot = slots.get(id);
      if (slot == null) {
        slot = new Slot(list, element.deepCopy());
        slots.put(id, slot);
      } else if (!slot.list.equals(list)) {
        throw doc.errorAt(idPattern(id), 1, "id '" + id + "' names one of the " + list + " here but one of the "
            + slot.list + " in " + slot.documents.get(0).annotationsName());
      } else {
        slot.node = merge(slot.node, element);
      }
      slot.documents.add(doc);
    }

    private void addProposals(LoadedDocument doc) {
      Extraction extraction;
      try {
        extraction = extractor.get().extract(doc.source.id(), doc.text, doc.source.published());
      } catch (RuntimeException e) {
        throw new CorpusFormatException(doc.document.text().name(), 0, 0,
            "the extractor failed on this document: " + e, e);
      }
      List<ReviewDecision> decisions = doc.annotations.review().map(Review::decisions).orElse(List.of());
      for (Step proposal : extraction.steps()) {
        int start = proposal.evidence().stream().mapToInt(Evidence::start).min().orElse(-1);
        int end = proposal.evidence().stream().mapToInt(Evidence::end).max().orElse(-1);
        Optional<ReviewDecision> decision = decisions.stream()
            .filter(d -> d.appliesTo(proposal.type(), start, end)).findFirst();
        if (decision.isPresent() && decision.get().verdict() != ReviewVerdict.ACCEPT) {
          continue; // rejected, or replaced by the reviewed step the decision names
        }
        boolean covered = doc.annotations.steps().stream().anyMatch(s -> s.type() == proposal.type()
            && s.evidence().stream().anyMatch(e -> e.start() < end && start < e.end()));
        if (covered && decision.isEmpty()) {
          continue; // the reviewed step wins
        }
        String id = proposal.id();
        for (int n = 2; slots.containsKey(id); n++) {
          id = proposal.id() + "-" + n;
        }
        Slot slot = new Slot("steps", MAPPER.valueToTree(Step.builder().from(proposal).id(id).build()));
        slot.documents.add(doc);
        slots.put(id, slot);
      }
    }

    private Object toValue(Slot slot) {
      try {
        return MAPPER.treeToValue(slot.node, LISTS.get(slot.list));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        LoadedDocument last = slot.documents.get(slot.documents.size() - 1);
        String id = slot.node.path("id").asText();
        throw last.errorAt(idPattern(id), 1, "entity '" + id + "' as merged from "
            + slot.documents.stream().map(d -> d.source.id()).distinct().collect(Collectors.joining(", "))
            + " is not valid: " + (e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage()));
      }
    }

    /** A visit's or referral's status is the one given by the latest-published source. */
    private void settleStatus(Slot slot) {
      String key = slot.node.path("id").asText() + "#status";
      FieldValues values = fields.get(key);
      if (values == null || values.sourcesByValue.size() < 2 || !slot.node.isObject()) {
        return;
      }
      String latestValue = null;
      PartialDate latest = null;
      for (Map.Entry<String, Set<String>> e : values.sourcesByValue.entrySet()) {
        for (String source : e.getValue()) {
          Optional<PartialDate> published = sources.get(source).published();
          if (published.isPresent() && (latest == null || published.get().compareTo(latest) > 0)) {
            latest = published.get();
            latestValue = e.getKey();
          }
        }
      }
      if (latestValue != null) {
        ((ObjectNode) slot.node).put("status", latestValue);
      }
    }

    /** Records the scalar fields of an entity (recursing into objects and id-keyed lists) with their source. */
    private void recordFields(String id, String path, JsonNode node, String source) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        JsonNode value = field.getValue();
        String at = path.isEmpty() ? name : path + "." + name;
        if (name.equals("evidence") || (name.equals("id") && path.isEmpty())) {
          continue;
        }
        if (value.isValueNode()) {
          fields.computeIfAbsent(id + "#" + at, k -> new FieldValues()).sourcesByValue
              .computeIfAbsent(value.asText(), k -> new LinkedHashSet<>()).add(source);
        } else if (value.isObject()) {
          if (value.has("kind")) { // a sum type: record it whole
            ObjectNode copy = value.deepCopy();
            stripEvidence(copy);
            fields.computeIfAbsent(id + "#" + at, k -> new FieldValues()).sourcesByValue
                .computeIfAbsent(copy.toString(), k -> new LinkedHashSet<>()).add(source);
          } else {
            recordFields(id, at, value, source);
          }
        } else if (value.isArray()) {
          for (JsonNode element : value) {
            String key = key(element);
            if (key != null) {
              recordFields(id, at + "[" + key + "]", element, source);
            }
          }
        }
      }
    }

    private List<Conflict> fieldConflicts() {
      List<Conflict> conflicts = new ArrayList<>();
      for (Map.Entry<String, FieldValues> e : fields.entrySet()) {
        Map<String, Set<String>> values = e.getValue().sourcesByValue;
        String about = e.getKey().substring(0, e.getKey().indexOf('#'));
        String field = e.getKey().substring(e.getKey().indexOf('#') + 1);
        if (values.size() < 2 || field.equals("status") || compatibleDates(values.keySet())) {
          continue;
        }
        Conflict.Builder conflict = Conflict.builder().about(about).field(field)
            .note("the annotations of several documents give different values; the entity keeps the first");
        values.forEach((value, srcs) -> conflict.addValues(ConflictingValue.builder().value(value).sources(srcs).build()));
        conflicts.add(conflict.build());
      }
      return conflicts;
    }

    private List<Conflict> claimConflicts(List<Claim> claims) {
      Map<String, List<Claim>> claimsByFact = new LinkedHashMap<>();
      for (Claim claim : claims) {
        claim.about().ifPresent(about -> claimsByFact.computeIfAbsent(about + "#" + claim.field(), k -> new ArrayList<>()).add(claim));
      }
      // claims with values are compared by value; only when none gives a value are stances compared
      Map<String, Map<String, List<Claim>>> byFact = new LinkedHashMap<>();
      claimsByFact.forEach((fact, group) -> {
        boolean valued = group.stream().anyMatch(c -> c.value().isPresent());
        for (Claim claim : group) {
          if (valued && claim.value().isEmpty()) {
            continue;
          }
          String value = valued ? claim.value().get() : claim.stance().id();
          byFact.computeIfAbsent(fact, k -> new LinkedHashMap<>()).computeIfAbsent(value, k -> new ArrayList<>()).add(claim);
        }
      });
      List<Conflict> conflicts = new ArrayList<>();
      for (Map.Entry<String, Map<String, List<Claim>>> e : byFact.entrySet()) {
        Map<String, List<Claim>> values = e.getValue();
        if (values.size() < 2 || compatibleDates(values.keySet())) {
          continue;
        }
        String about = e.getKey().substring(0, e.getKey().indexOf('#'));
        String field = e.getKey().substring(e.getKey().indexOf('#') + 1);
        Conflict.Builder conflict = Conflict.builder().about(about).field(field);
        values.forEach((value, cs) -> conflict.addValues(ConflictingValue.builder().value(value)
            .claims(cs.stream().map(Claim::id).collect(Collectors.toList()))
            .sources(cs.stream().map(Claim::source).distinct().collect(Collectors.toList())).build()));
        conflicts.add(conflict.build());
      }
      return conflicts;
    }
  }

  private static void stripEvidence(ObjectNode node) {
    node.remove("evidence");
    node.forEach(child -> {
      if (child.isObject()) {
        stripEvidence((ObjectNode) child);
      }
    });
  }

  /** Tells whether all values are partial dates that may denote the same day. */
  private static boolean compatibleDates(Iterable<String> values) {
    List<PartialDate> dates = new ArrayList<>();
    for (String value : values) {
      Optional<PartialDate> date = date(value);
      if (date.isEmpty()) {
        return false;
      }
      dates.add(date.get());
    }
    for (PartialDate a : dates) {
      for (PartialDate b : dates) {
        if (!a.isCompatibleWith(b)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Optional<PartialDate> date(String value) {
    if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(value));
    } catch (UnrightsException e) {
      return Optional.empty();
    }
  }

  /** The key that identifies an element of a list across documents: its id, or its person's id. */
  private static String key(JsonNode element) {
    if (!element.isObject()) {
      return null;
    }
    if (element.has("id")) {
      return element.get("id").asText();
    }
    if (element.path("person").has("id")) {
      return "person:" + element.get("person").get("id").asText();
    }
    return null;
  }

  /**
   * Merges what a later document says about an entity into what earlier ones said: missing
   * fields are filled, lists are united (elements with an id merged by id), a partial date is
   * refined by a compatible more precise one; otherwise the earlier value stays (the
   * disagreement is reported as a conflict elsewhere).
   */
  static JsonNode merge(JsonNode a, JsonNode b) {
    if (a.isObject() && b.isObject()) {
      if (a.has("kind") && !a.path("kind").equals(b.path("kind"))) {
        return a;
      }
      ObjectNode result = a.deepCopy();
      for (Map.Entry<String, JsonNode> field : b.properties()) {
        JsonNode mine = result.get(field.getKey());
        result.set(field.getKey(), mine == null ? field.getValue().deepCopy() : merge(mine, field.getValue()));
      }
      return result;
    }
    if (a.isArray() && b.isArray()) {
      ArrayNode result = a.deepCopy();
      for (JsonNode element : b) {
        String key = key(element);
        int found = -1;
        for (int i = 0; i < result.size(); i++) {
          if (key != null ? key.equals(key(result.get(i))) : result.get(i).equals(element)) {
            found = i;
            break;
          }
        }
        if (found < 0) {
          result.add(element.deepCopy());
        } else if (key != null) {
          result.set(found, merge(result.get(found), element));
        }
      }
      return result;
    }
    if (a.isTextual() && b.isTextual()) {
      Optional<PartialDate> da = date(a.asText());
      Optional<PartialDate> db = date(b.asText());
      if (da.isPresent() && db.isPresent() && da.get().isCompatibleWith(db.get())
          && db.get().precision().ordinal() > da.get().precision().ordinal()
          && da.get().precision() != PartialDate.Precision.MONTH_DAY) {
        return b;
      }
    }
    return a;
  }

  /** The first match of a pattern in any annotations file, as an error there. */
  static CorpusFormatException locate(List<LoadedDocument> documents, Pattern pattern, int nth, String message) {
    int remaining = nth;
    for (LoadedDocument doc : documents) {
      Matcher m = pattern.matcher(doc.annotationsJson);
      while (m.find()) {
        if (--remaining == 0) {
          TextPosition at = TextPosition.of(doc.annotationsJson, m.groupCount() > 0 ? m.start(1) : m.start());
          return new CorpusFormatException(doc.annotationsName(), at.line(), at.column(), message);
        }
      }
    }
    for (LoadedDocument doc : documents) {
      Matcher m = pattern.matcher(doc.annotationsJson);
      if (m.find()) {
        TextPosition at = TextPosition.of(doc.annotationsJson, m.groupCount() > 0 ? m.start(1) : m.start());
        return new CorpusFormatException(doc.annotationsName(), at.line(), at.column(), message);
      }
    }
    return new CorpusFormatException(documents.get(0).annotationsName(), 0, 0, message);
  }

  /** Checks that every reference in a dossier names one of its entities or sources. */
  private static final class References {
    private final Dossier dossier;
    private final List<LoadedDocument> documents;
    private final Set<String> entities = new java.util.HashSet<>();
    private final Set<String> sources = new java.util.HashSet<>();

    References(Dossier dossier, List<LoadedDocument> documents) {
      this.dossier = dossier;
      this.documents = documents;
      dossier.entities().forEach(e -> entities.add(e.id()));
      dossier.sources().forEach(s -> sources.add(s.id()));
    }

    void check() {
      for (Step s : dossier.steps()) {
        s.concerns().forEach(id -> entity(s, "concerns", id));
        s.person().ifPresent(id -> entity(s, "person", id));
      }
      for (Resolution r : dossier.resolutions()) {
        r.amendments().forEach(id -> entity(r, "amendments", id));
        r.actsOn().forEach(id -> entity(r, "actsOn", id));
        r.drafts().forEach(d -> {
          d.amendments().forEach(id -> entity(d, "amendments", id));
          d.actsOn().forEach(id -> entity(d, "actsOn", id));
        });
      }
      for (Draft d : dossier.drafts()) {
        d.amendments().forEach(id -> entity(d, "amendments", id));
        d.actsOn().forEach(id -> entity(d, "actsOn", id));
      }
      for (Amendment a : dossier.amendments()) {
        a.target().ifPresent(id -> entity(a, "target", id));
      }
      for (VoteEvent v : dossier.voteEvents()) {
        v.agendaItem().ifPresent(id -> entity(v, "agendaItem", id));
      }
      for (Mandate m : dossier.mandates()) {
        m.establishedBy().ifPresent(id -> entity(m, "establishedBy", id));
        m.renewals().forEach(id -> entity(m, "renewals", id));
      }
      for (CountryVisit v : dossier.visits()) {
        v.mandate().ifPresent(id -> entity(v, "mandate", id));
      }
      for (CommissionOfInquiry c : dossier.commissions()) {
        c.establishedBy().ifPresent(id -> entity(c, "establishedBy", id));
        c.reports().forEach(id -> entity(c, "reports", id));
      }
      for (Report r : dossier.reports()) {
        r.authorRef().ifPresent(id -> entity(r, "authorRef", id));
      }
      for (AgendaItem a : dossier.agendaItems()) {
        a.inscribedBy().ifPresent(id -> entity(a, "inscribedBy", id));
        a.meetings().forEach(id -> entity(a, "meetings", id));
      }
      for (Referral r : dossier.referrals()) {
        r.recommendedBy().forEach(id -> entity(r, "recommendedBy", id));
      }
      for (Claim c : dossier.claims()) {
        c.about().ifPresent(id -> entity(c, "about", id));
        if (!sources.contains(c.source())) {
          throw unknown(c, "source", c.source(), "source");
        }
      }
    }

    private void entity(Entity owner, String field, String id) {
      if (!entities.contains(id)) {
        throw unknown(owner, field, id, "entity");
      }
    }

    private CorpusFormatException unknown(Entity owner, String field, String id, String what) {
      String message = owner.getClass().getSimpleName().replace("Immutable", "") + " '" + owner.id() + "' field '"
          + field + "' names unknown " + what + " '" + id + "' (no " + what + " of the corpus has that id)";
      return locate(documents, Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\\[?[^\\]]*?("
          + Pattern.quote(quoted(id)) + ")"), 1, message);
    }
  }
}
