package org.unrights.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Body;
import org.unrights.model.Claim;
import org.unrights.model.ClaimStance;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.Entity;
import org.unrights.model.Evidence;
import org.unrights.model.InvalidValueException;
import org.unrights.model.Mandate;
import org.unrights.model.MandateHolder;
import org.unrights.model.PartialDate;
import org.unrights.model.Person;
import org.unrights.model.Resolution;
import org.unrights.model.Step;
import org.unrights.model.StepType;

/**
 * Compares what documents claim with the official record: each {@link Claim} of a corpus, and
 * each dated or tallied field of the corpus's entities and steps that the record also holds, comes
 * out {@link CheckStatus#CONSISTENT}, {@link CheckStatus#CONTRADICTS} or
 * {@link CheckStatus#NOT_IN_RECORD}, with both values and both sides' sources.
 *
 * <pre>{@code
 * ClaimCheck check = ClaimCheck.of(OfficialRecord.load());
 * for (CheckResult r : check.check(SeedCorpus.load())) {
 *   System.out.println(r);   // claim-7 mandate-sr-dprk.established: contradicts claimed 2003, record 2004-04-15
 * }
 * }</pre>
 *
 * <p>Fields are matched by name on the record entity's JSON form, with the usual synonyms:
 * {@code date}, {@code created} and {@code established} fall back on the entity's main date
 * ({@code adopted}, {@code decided}, {@code inscribed}, {@code established}, {@code published},
 * {@code start}); {@code tally} and {@code vote} mean {@code outcome.tally}; {@code outcome},
 * {@code adoption} and {@code mode} mean {@code outcome.kind}; {@code ordinal} is the number of
 * the year's DPRK text in the General Assembly's yearly series, counted from the record. Partial
 * dates are consistent when compatible ({@link PartialDate#isCompatibleWith}); "adopted" with no
 * mode agrees with any adoption, and "by consensus" with "without a vote" (with a note). A claim
 * that disputes a fact the record holds contradicts it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClaimCheck {

  private static final ObjectMapper MAPPER = UnrightsJson.newMapper();
  private static final List<String> MAIN_DATES =
      List.of("adopted", "decided", "inscribed", "established", "published", "date", "start");
  private static final Map<String, List<String>> ALIASES = Map.ofEntries(
      Map.entry("date", MAIN_DATES),
      Map.entry("created", List.of("established", "inscribed", "adopted", "date", "start")),
      Map.entry("established", List.of("established", "inscribed", "adopted", "date", "start")),
      Map.entry("adopted", List.of("adopted", "decided", "date")),
      Map.entry("decided", List.of("decided", "adopted", "date")),
      Map.entry("inscribed", List.of("inscribed", "date")),
      Map.entry("published", List.of("published", "date")),
      Map.entry("released", List.of("published", "date")),
      Map.entry("appointed", List.of("start", "established", "date")),
      Map.entry("start", List.of("start", "established", "date")),
      Map.entry("tally", List.of("outcome.tally")),
      Map.entry("vote", List.of("outcome.tally")),
      Map.entry("votes", List.of("outcome.tally")),
      Map.entry("outcome", List.of("outcome.kind")),
      Map.entry("outcome.kind", List.of("outcome.kind")),
      Map.entry("adoption", List.of("outcome.kind")),
      Map.entry("mode", List.of("outcome.kind")),
      Map.entry("opened", List.of("date", "established", "start")),
      Map.entry("coSponsors", List.of("coSponsors", "mainSponsors")),
      Map.entry("sponsors", List.of("mainSponsors", "coSponsors")),
      Map.entry("members", List.of("members")),
      Map.entry("findings", List.of("findings")));
  private static final Set<String> ORDINAL_FIELDS = Set.of("ordinal", "sequence", "seriesNumber", "count");
  private static final Set<String> YEARS_FIELDS = Set.of("yearsOnAgenda", "yearsInARow");
  private static final Pattern TALLY = Pattern.compile("\\D*(\\d+)\\D+(\\d+)\\D+(\\d+)\\D*");
  private static final Pattern MORE_THAN = Pattern.compile("(?i)\\s*(?:more than|over)\\s+(\\d+)\\s*");

  private final OfficialRecord record;

  private ClaimCheck(OfficialRecord record) {
    this.record = record;
  }

  /**
   * Obtains a check against the given record.
   *
   * @param record  the record, not null
   * @return the check, not null
   */
  public static ClaimCheck of(OfficialRecord record) {
    return new ClaimCheck(Objects.requireNonNull(record, "record"));
  }

  /**
   * Checks a whole corpus: first every claim, then every dated or tallied field of the corpus's
   * entities the record also holds, then every step whose date or tally concerns a record entity.
   *
   * @param corpus  the corpus dossier, not null
   * @return the results in that order, possibly empty
   */
  public List<CheckResult> check(Dossier corpus) {
    List<CheckResult> out = new ArrayList<>();
    Map<String, PartialDate> published = new java.util.HashMap<>();
    corpus.sources().forEach(s -> s.published().ifPresent(d -> published.put(s.id(), d)));
    for (Claim c : corpus.claims()) {
      out.add(check(c, Optional.ofNullable(published.get(c.source()))));
    }
    for (Entity e : corpus.entities()) {
      if (e instanceof Claim || e instanceof Step) {
        continue;
      }
      record.entity(e.id()).ifPresent(r -> out.addAll(checkEntity(e, r)));
    }
    for (Step s : corpus.steps()) {
      if (record.entity(s.id()).isPresent()) {
        out.addAll(checkEntity(s, record.entity(s.id()).get()));
      } else {
        checkStep(s).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Checks one claim.
   *
   * @param claim  the claim, not null
   * @return the result, not null
   */
  public CheckResult check(Claim claim) {
    return check(claim, Optional.empty());
  }

  /**
   * Checks one claim made in a source published on a given date; counts that depend on time
   * ({@code yearsOnAgenda}: the years in a row the Security Council met under an agenda item) are
   * taken up to that date.
   *
   * @param claim  the claim, not null
   * @param asOf  when the claim's source was published, if known; not null
   * @return the result, not null
   */
  public CheckResult check(Claim claim, Optional<PartialDate> asOf) {
    CheckResult.Builder b = CheckResult.builder().subject(claim.id()).field(claim.field())
        .claimedValue(claim.value()).claimSources(claimSources(claim.source(), claim.evidence()));
    Optional<Entity> target = claim.about().flatMap(record::entity);
    if (target.isEmpty()) {
      claim.about().ifPresent(b::about);
      return b.status(CheckStatus.NOT_IN_RECORD)
          .note(claim.about().map(a -> "the record holds no entity " + a).orElse("the claim names no entity"))
          .build();
    }
    Entity entity = target.get();
    describeRecord(b, entity.id());
    if (ORDINAL_FIELDS.contains(claim.field())) {
      return ordinal(b, entity, claim.value(), claim.stance());
    }
    if (YEARS_FIELDS.contains(claim.field()) && entity instanceof org.unrights.model.AgendaItem) {
      return yearsInARow(b, (org.unrights.model.AgendaItem) entity, claim.value(), asOf);
    }
    JsonNode node = view(entity);
    List<String> paths = new ArrayList<>(ALIASES.getOrDefault(claim.field(), List.of(claim.field())));
    if (claim.value().isPresent() && paths.equals(List.of("outcome.kind")) && TALLY.matcher(claim.value().get()).matches()) {
      paths = List.of("outcome.tally");
    }
    for (String path : paths) {
      JsonNode value = at(node, path);
      if (value.isMissingNode() || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
        continue;
      }
      return compare(b.recordField(path).recordValue(text(value)), entity, path, value, claim.value(), claim.stance());
    }
    return b.status(CheckStatus.NOT_IN_RECORD)
        .note("the record holds " + entity.id() + " but not its " + claim.field()).build();
  }

  // ---------------------------------------------------------------------------------------------

  private List<CheckResult> checkEntity(Entity corpusEntity, Entity recordEntity) {
    List<CheckResult> out = new ArrayList<>();
    JsonNode mine = view(corpusEntity);
    JsonNode theirs = view(recordEntity);
    List<String> fields = new ArrayList<>(MAIN_DATES);
    fields.add("outcome.kind");
    fields.add("outcome.tally");
    fields.add("symbol");
    for (String path : fields) {
      JsonNode claimed = at(mine, path);
      JsonNode official = at(theirs, path);
      if (claimed.isMissingNode() || official.isMissingNode()) {
        continue;
      }
      CheckResult.Builder b = CheckResult.builder().subject(corpusEntity.id()).field(path)
          .claimedValue(text(claimed)).claimSources(claimSources(null, corpusEntity.evidence()))
          .recordField(path).recordValue(text(official));
      describeRecord(b, recordEntity.id());
      out.add(compare(b, recordEntity, path, official, Optional.of(text(claimed)), ClaimStance.ASSERTS));
    }
    return out;
  }

  private Optional<CheckResult> checkStep(Step step) {
    List<Entity> concerned = step.concerns().stream().map(record::entity).flatMap(Optional::stream)
        .collect(java.util.stream.Collectors.toList());
    Optional<Entity> target = concerned.stream().findFirst();
    if (step.type() == StepType.REFERRAL_RECOMMENDED) {
      // a referral is recommended again and again: compare with the recommending text when named
      Optional<Entity> text = concerned.stream().filter(e -> e instanceof Resolution || e instanceof Draft).findFirst();
      if (text.isPresent()) {
        target = text;
      }
    }
    if (target.isEmpty() || !(sameEvent(step.type(), target.get())
        || step.type() == StepType.REFERRAL_RECOMMENDED && (target.get() instanceof Resolution || target.get() instanceof Draft))) {
      return Optional.empty();
    }
    Entity entity = target.get();
    JsonNode node = view(entity);
    String field;
    Optional<String> claimed;
    List<String> paths;
    if (step.tally().isPresent()) {
      field = "outcome.tally";
      claimed = Optional.of(tallyText(step.tally().get().yes(), step.tally().get().no(), step.tally().get().abstain()));
      paths = List.of("outcome.tally");
    } else if (step.date().isPresent()) {
      field = "date";
      claimed = Optional.of(step.date().get().toString());
      paths = MAIN_DATES;
    } else {
      return Optional.empty();
    }
    CheckResult.Builder b = CheckResult.builder().subject(step.id()).field(field).claimedValue(claimed)
        .claimSources(claimSources(null, step.evidence()));
    describeRecord(b, entity.id());
    for (String path : paths) {
      JsonNode value = at(node, path);
      if (!value.isMissingNode()) {
        return Optional.of(compare(b.recordField(path).recordValue(text(value)), entity, path, value, claimed,
            ClaimStance.ASSERTS));
      }
    }
    return Optional.of(b.status(CheckStatus.NOT_IN_RECORD).note("the record holds " + entity.id() + " but no " + field).build());
  }

  private static boolean sameEvent(StepType type, Entity e) {
    switch (type) {
      case RESOLUTION_ADOPTED:
        return e instanceof Resolution || e instanceof Draft;
      case AGENDA_ITEM_ADDED:
        return e instanceof org.unrights.model.AgendaItem;
      case MECHANISM_ESTABLISHED:
        return e instanceof Mandate || e instanceof org.unrights.model.CommissionOfInquiry
            || (e instanceof Step && ((Step) e).type() == StepType.MECHANISM_ESTABLISHED);
      case REVIEW_HELD:
        return e instanceof org.unrights.model.UprReview;
      case REPORT_PUBLISHED:
        return e instanceof org.unrights.model.Report;
      case AMENDMENT_ADOPTED:
      case AMENDMENT_REJECTED:
        return e instanceof org.unrights.model.Amendment;
      case REFERRAL_RECOMMENDED:
        return e instanceof org.unrights.model.Referral;
      default:
        return false;
    }
  }

  private void describeRecord(CheckResult.Builder b, String id) {
    b.about(id);
    record.entry(id).ifPresent(e -> b.recordSources(e.sources()).recordConfidence(e.confidence()));
  }

  private CheckResult compare(CheckResult.Builder b, Entity entity, String path, JsonNode official,
      Optional<String> claimed, ClaimStance stance) {
    List<String> notes = new ArrayList<>();
    if (claimed.isPresent() && official.isNumber() && !claimed.get().matches("\\s*-?\\d+\\s*")) {
      notes.add("the claimed '" + claimed.get() + "' cannot be compared with the record's number " + official.asText());
      record.entry(entity.id()).flatMap(RecordEntry::note).ifPresent(n -> notes.add("record note: " + n));
      return b.status(CheckStatus.NOT_IN_RECORD).note(String.join("; ", notes)).build();
    }
    JsonNode resolved = resolveIds(official);
    if (resolved != official) {
      b.recordValue(text(resolved));
      official = resolved;
    }
    boolean match = claimed.isEmpty() || matches(official, claimed.get(), notes);
    if (!match && claimed.isPresent() && official.isArray()) {
      Matcher more = MORE_THAN.matcher(claimed.get());
      if (more.matches()) {
        match = official.size() > Integer.parseInt(more.group(1));
        notes.add("the record lists " + official.size());
      }
    }
    record.entry(entity.id()).ifPresent(e -> e.fieldConfidence().forEach((k, v) -> {
      if (k.contains(path) || path.contains(k) || (path.startsWith("outcome") && k.matches(".*(yes|tally|adoption).*"))) {
        notes.add("support for " + k + ": " + v);
      }
    }));
    CheckStatus status;
    if (stance == ClaimStance.DISPUTES) {
      status = match ? CheckStatus.CONTRADICTS : CheckStatus.CONSISTENT;
      notes.add(0, match ? "the source disputes a fact the record holds" : "the source disputes a value the record does not hold");
    } else {
      status = match ? CheckStatus.CONSISTENT : CheckStatus.CONTRADICTS;
      if (!match && official.isArray() && claimed.isPresent() && parseDate(claimed.get()).isPresent()) {
        notes.add(0, "the record lists no such date for " + entity.id());
        record.entry(entity.id()).flatMap(RecordEntry::note).ifPresent(n -> notes.add("record note: " + n));
      }
      if (!match && isDate(official) && claimed.isPresent()) {
        distinction(entity, official.asText(), claimed.get()).ifPresent(n -> notes.add(0, n));
      }
    }
    if (!notes.isEmpty()) {
      b.note(String.join("; ", notes));
    }
    return b.status(status).build();
  }

  /**
   * Replaces a list of record ids (e.g. an agenda item's meetings) by the dates of the entities
   * they name, so that a claimed date can be compared; other values are returned as they are.
   */
  private JsonNode resolveIds(JsonNode official) {
    if (!official.isArray() || official.isEmpty()) {
      return official;
    }
    com.fasterxml.jackson.databind.node.ArrayNode dates = MAPPER.createArrayNode();
    for (JsonNode x : official) {
      if (!x.isTextual() || record.entity(x.asText()).isEmpty()) {
        return official;
      }
      Optional<String> date = mainDate(record.entity(x.asText()).get());
      if (date.isEmpty()) {
        return official;
      }
      dates.add(date.get());
    }
    return dates;
  }

  private static Optional<String> mainDate(Entity e) {
    JsonNode node = MAPPER.valueToTree(e);
    for (String f : MAIN_DATES) {
      if (node.path(f).isTextual() && parseDate(node.path(f).asText()).isPresent()) {
        return Optional.of(node.path(f).asText());
      }
    }
    return Optional.empty();
  }

  /** Explains a contradicted date by the record fact the claimed date does match, if any. */
  private Optional<String> distinction(Entity entity, String officialDate, String claimed) {
    Optional<PartialDate> wanted = parseDate(claimed);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder note = new StringBuilder("the record dates " + entity.id() + " " + officialDate);
    Optional<String> by = Optional.empty();
    if (entity instanceof Mandate) {
      by = ((Mandate) entity).establishedBy();
    } else if (entity instanceof org.unrights.model.CommissionOfInquiry) {
      by = ((org.unrights.model.CommissionOfInquiry) entity).establishedBy();
    }
    by.flatMap(record::resolution).ifPresent(r -> note.append(", created by ").append(label(r)));
    Set<String> skip = new LinkedHashSet<>();
    skip.add(entity.id());
    by.ifPresent(skip::add);
    Optional<Resolution> other = record.dossier().resolutions().stream()
        .filter(r -> !skip.contains(r.id()))
        .filter(r -> r.adopted().map(d -> d.isCompatibleWith(wanted.get())).orElse(false))
        .sorted((x, y) -> x.adopted().get().compareTo(y.adopted().get()))
        .findFirst();
    if (other.isEmpty()) {
      return Optional.of(note.toString());
    }
    note.append("; the claimed ").append(claimed).append(" matches ").append(label(other.get()))
        .append(", an earlier or other resolution on the same situation")
        .append(by.isPresent() ? " that did not create it" : "");
    return Optional.of(note.toString());
  }

  private static String label(Resolution r) {
    return r.symbol().map(DocumentSymbol::toString).orElse(r.id()) + " of "
        + r.adopted().map(PartialDate::toString).orElse("?") + " (" + r.id() + ")";
  }

  /** The "n-th text of its yearly series" check, counted from the record's GA texts on the DPRK. */
  private CheckResult ordinal(CheckResult.Builder b, Entity entity, Optional<String> claimed, ClaimStance stance) {
    b.recordField("ordinal");
    Optional<Integer> year = mainYear(entity);
    boolean gaSeries = (entity instanceof Resolution && ((Resolution) entity).body() == Body.GA)
        || (entity instanceof Draft && ((Draft) entity).body() == Body.GA_THIRD_COMMITTEE);
    if (!gaSeries || year.isEmpty()) {
      return b.status(CheckStatus.NOT_IN_RECORD).note("the record counts only the General Assembly's yearly DPRK texts").build();
    }
    TreeSet<Integer> years = new TreeSet<>();
    for (Resolution r : record.dossier().resolutions()) {
      if (r.body() == Body.GA) {
        mainYear(r).ifPresent(years::add);
      }
      r.drafts().stream().filter(d -> d.body() == Body.GA_THIRD_COMMITTEE).forEach(d -> mainYear(d).ifPresent(years::add));
    }
    record.dossier().drafts().stream().filter(d -> d.body() == Body.GA_THIRD_COMMITTEE)
        .forEach(d -> mainYear(d).ifPresent(years::add));
    int first = years.first();
    List<Integer> missing = new ArrayList<>();
    for (int y = first; y <= year.get(); y++) {
      if (!years.contains(y)) {
        missing.add(y);
      }
    }
    if (!missing.isEmpty()) {
      return b.status(CheckStatus.NOT_IN_RECORD)
          .note("the record's yearly series from " + first + " lacks " + missing).build();
    }
    int n = year.get() - first + 1;
    b.recordValue(String.valueOf(n)).note("counted from the record: one General Assembly text on the DPRK each year "
        + first + "-" + year.get());
    if (claimed.isEmpty()) {
      return b.status(stance == ClaimStance.DISPUTES ? CheckStatus.CONTRADICTS : CheckStatus.CONSISTENT).build();
    }
    Matcher m = Pattern.compile("(\\d+)").matcher(claimed.get());
    boolean match = m.find() && Integer.parseInt(m.group(1)) == n;
    boolean consistent = stance == ClaimStance.DISPUTES ? !match : match;
    return b.status(consistent ? CheckStatus.CONSISTENT : CheckStatus.CONTRADICTS).build();
  }

  /** The years in a row, up to the source's date, in which the record has the item inscribed or a meeting under it. */
  private CheckResult yearsInARow(CheckResult.Builder b, org.unrights.model.AgendaItem item, Optional<String> claimed,
      Optional<PartialDate> asOf) {
    b.recordField("meetings");
    List<String> ids = new ArrayList<>();
    item.inscribedBy().ifPresent(ids::add);
    ids.addAll(item.meetings());
    TreeSet<Integer> years = new TreeSet<>();
    for (String id : ids) {
      record.entity(id).flatMap(ClaimCheck::mainDate).flatMap(ClaimCheck::parseDate).ifPresent(d -> {
        boolean before = asOf.flatMap(PartialDate::latest).flatMap(limit -> d.earliest().map(e -> !e.isAfter(limit)))
            .orElse(true);
        if (before && d.year().isPresent()) {
          years.add(d.year().getAsInt());
        }
      });
    }
    if (years.isEmpty()) {
      return b.status(CheckStatus.NOT_IN_RECORD).note("the record has no meeting under the item"
          + asOf.map(d -> " up to " + d).orElse("")).build();
    }
    int run = 1;
    for (int y = years.last() - 1; years.contains(y); y--) {
      run++;
    }
    b.recordValue(String.valueOf(run)).note("counted from the record's vote and meetings under the item"
        + asOf.map(d -> " up to the source's date " + d).orElse("") + ": years " + years);
    Matcher m = Pattern.compile("(\\d+)").matcher(claimed.orElse(""));
    if (!m.find()) {
      return b.status(CheckStatus.NOT_IN_RECORD).build();
    }
    return b.status(Integer.parseInt(m.group(1)) == run ? CheckStatus.CONSISTENT : CheckStatus.CONTRADICTS).build();
  }

  private static Optional<Integer> mainYear(Entity e) {
    JsonNode node = MAPPER.valueToTree(e);
    for (String f : MAIN_DATES) {
      JsonNode v = node.path(f);
      if (v.isTextual()) {
        Optional<PartialDate> d = parseDate(v.asText());
        if (d.isPresent() && d.get().year().isPresent()) {
          return Optional.of(d.get().year().getAsInt());
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // values

  /** The entity as JSON; a person also shows the terms they held (title, start, end, mandate). */
  private JsonNode view(Entity e) {
    JsonNode node = MAPPER.valueToTree(e);
    if (e instanceof Person && node instanceof ObjectNode) {
      for (Mandate m : record.dossier().mandates()) {
        for (MandateHolder h : m.holders()) {
          if (h.person().id().equals(e.id())) {
            ObjectNode o = (ObjectNode) node;
            o.put("mandate", m.id());
            o.put("title", h.title());
            h.start().ifPresent(d -> o.put("start", d.toString()));
            h.end().ifPresent(d -> o.put("end", d.toString()));
          }
        }
      }
    }
    if (node instanceof ObjectNode && node.path("outcome").isObject()) {
      JsonNode kind = node.path("outcome").path("kind");
      if (kind.isMissingNode()) {
        ((ObjectNode) node.path("outcome")).put("kind", "adopted");
      }
    }
    return node;
  }

  private static JsonNode at(JsonNode node, String path) {
    JsonNode n = node;
    for (String part : path.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  private static String text(JsonNode v) {
    if (v.isObject() && v.has("yes") && v.has("no") && v.has("abstain")) {
      return tallyText(v.get("yes").asInt(), v.get("no").asInt(), v.get("abstain").asInt());
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.isObject() ? label(x) : x.asText()));
      return String.join(", ", parts);
    }
    return label(v);
  }

  private static String label(JsonNode o) {
    for (String k : List.of("name", "summary", "state", "group", "id")) {
      if (o.has(k)) {
        return o.get(k).asText();
      }
    }
    return o.toString();
  }

  private static String tallyText(int yes, int no, int abstain) {
    return yes + "-" + no + "-" + abstain;
  }

  private static boolean matches(JsonNode official, String claimed, List<String> notes) {
    String c = claimed.trim();
    if (official.isArray()) {
      for (JsonNode x : official) {
        if (matches(x, c, new ArrayList<>())) {
          return true;
        }
      }
      return false;
    }
    if (official.isObject()) {
      if (official.has("yes")) {
        Matcher m = TALLY.matcher(c);
        return m.matches() && Integer.parseInt(m.group(1)) == official.get("yes").asInt()
            && Integer.parseInt(m.group(2)) == official.get("no").asInt()
            && Integer.parseInt(m.group(3)) == official.get("abstain").asInt();
      }
      String l = label(official);
      return l.equalsIgnoreCase(c) || l.toLowerCase().contains(c.toLowerCase()) || c.toLowerCase().contains(l.toLowerCase());
    }
    if (official.isNumber()) {
      try {
        return Integer.parseInt(c) == official.asInt();
      } catch (NumberFormatException e) {
        return false;
      }
    }
    String o = official.asText();
    if (o.startsWith("adopted") || o.startsWith("rejected") || o.equals("vetoed")) {
      return outcomeMatches(o, c, notes);
    }
    Optional<PartialDate> od = parseDate(o);
    Optional<PartialDate> cd = parseDate(c);
    if (od.isPresent() && cd.isPresent()) {
      if (od.get().isCompatibleWith(cd.get()) && !od.get().equals(cd.get())) {
        notes.add("partial date " + (cd.get().isPartial() ? cd.get() : od.get()) + " is compatible");
      }
      return od.get().isCompatibleWith(cd.get());
    }
    Optional<DocumentSymbol> os = DocumentSymbol.tryParse(o);
    Optional<DocumentSymbol> cs = DocumentSymbol.tryParse(c);
    if (os.isPresent() && cs.isPresent()) {
      return os.get().equals(cs.get());
    }
    return o.equalsIgnoreCase(c);
  }

  private static boolean outcomeMatches(String official, String claimed, List<String> notes) {
    if (official.equals(claimed)) {
      return true;
    }
    if (claimed.equals("adopted") && official.startsWith("adopted")) {
      notes.add("the source does not state the mode of adoption; the record: " + official);
      return true;
    }
    Set<String> noVote = Set.of("adopted-without-vote", "adopted-by-consensus");
    if (noVote.contains(official) && noVote.contains(claimed)) {
      notes.add("adopted without a vote, which texts also report as by consensus");
      return true;
    }
    return false;
  }

  private static boolean isDate(JsonNode v) {
    return v.isTextual() && parseDate(v.asText()).isPresent();
  }

  private static Optional<PartialDate> parseDate(String text) {
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static List<String> claimSources(String source, List<Evidence> evidence) {
    Set<String> ids = new LinkedHashSet<>();
    if (source != null) {
      ids.add(source);
    }
    evidence.forEach(e -> ids.add(e.source()));
    return List.copyOf(ids);
  }
}
