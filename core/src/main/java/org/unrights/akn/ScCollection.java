package org.unrights.akn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.DecisionRule;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Membership;
import org.unrights.model.MembershipKind;
import org.unrights.model.PartialDate;
import org.unrights.model.QuestionKind;
import org.unrights.model.State;
import org.unrights.model.Tally;
import org.unrights.model.VoteOption;

/**
 * The Security Council's machine-readable record loaded whole: the AKN4UN documents and the
 * data extract, merged by symbol, with everything the sources disagree on kept as conflicts.
 *
 * <pre>{@code
 * ScCollection sc = ScCollection.load(Path.of("../shared/data/un-sc"));
 * sc.resolutions().size();          // adopted resolutions, one per symbol
 * sc.vetoed();                      // failed drafts vetoed by a permanent member
 * sc.vetoesByMember();              // {"RUS": ..., "USA": ...}
 * sc.composition(2024);             // the fifteen members that voted in 2024
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScCollection {

  /** The source id memberships derived from the votes cite. */
  public static final String MEMBERSHIP_SOURCE = "un-sc-votes";

  private final List<ScRecord> aknRecords;
  private final List<ScRecord> extractRecords;
  private final List<ScRecord> resolutions;
  private final List<ScRecord> failedDrafts;
  private final List<DataIssue> issues;
  private final List<Conflict> crossSourceConflicts;
  private final Map<Integer, Set<State>> composition;

  private ScCollection(List<ScRecord> akn, List<ScRecord> extract, List<DataIssue> skipped) {
    this.aknRecords = List.copyOf(akn);
    this.extractRecords = List.copyOf(extract);
    List<DataIssue> allIssues = new ArrayList<>(skipped);
    List<Conflict> cross = new ArrayList<>();
    Map<DocumentSymbol, List<ScRecord>> adopted = new TreeMap<>();
    List<ScRecord> failed = new ArrayList<>();
    for (ScRecord r : akn) {
      if (r.isAdopted()) {
        adopted.computeIfAbsent(r.symbol(), k -> new ArrayList<>()).add(r);
      } else {
        failed.add(r);
      }
    }
    Map<DocumentSymbol, Integer> inExtract = new LinkedHashMap<>();
    for (ScRecord r : extract) {
      adopted.computeIfAbsent(r.symbol(), k -> new ArrayList<>()).add(r);
      if (inExtract.merge(r.symbol(), 1, Integer::sum) == 2) {
        allIssues.add(DataIssue.of(DataIssueKind.DUPLICATE_RECORD, r.symbol().toString(), location(r),
            "the data extract lists " + r.symbol() + " more than once; the copies are merged"));
      }
    }
    List<ScRecord> merged = new ArrayList<>();
    for (List<ScRecord> copies : adopted.values()) {
      ScRecord primary = primary(copies);
      List<Conflict> c = compare(primary.id(), copies);
      cross.addAll(c);
      merged.add(c.isEmpty() ? primary : ScRecord.builder().from(primary).addAllConflicts(c).build());
    }
    failed.sort(Comparator.comparing(ScRecord::symbol));
    this.resolutions = List.copyOf(merged);
    this.failedDrafts = List.copyOf(failed);
    for (ScRecord r : akn) {
      allIssues.addAll(r.issues());
    }
    for (ScRecord r : extract) {
      allIssues.addAll(r.issues());
    }
    this.issues = List.copyOf(allIssues);
    this.crossSourceConflicts = List.copyOf(cross);
    Map<Integer, Set<State>> comp = new TreeMap<>();
    for (ScRecord r : all()) {
      if (r.year().isPresent()) {
        for (Ballot b : r.ballots()) {
          comp.computeIfAbsent(r.year().getAsInt(), k -> new TreeSet<>(Comparator.comparing(State::alpha3)))
              .add(b.state());
        }
      }
    }
    comp.replaceAll((k, v) -> Set.copyOf(v));
    this.composition = comp;
  }

  /**
   * Loads the collection from a folder holding {@code akn-english/adopted},
   * {@code akn-english/not-adopted} and {@code data_extract}; any of them may be absent.
   *
   * @param dir  the folder, e.g. {@code ../shared/data/un-sc}, not null
   * @return the collection, not null
   * @throws AknFormatException  if a file cannot be read
   * @throws UnknownMemberException  listing every member name, in all files, that cannot be resolved
   * @throws UncheckedIOException  if a folder cannot be listed
   */
  public static ScCollection load(Path dir) {
    MemberNames names = new MemberNames();
    List<String[]> aknFiles = new ArrayList<>();
    for (String sub : List.of("adopted", "not-adopted")) {
      Path folder = dir.resolve("akn-english").resolve(sub);
      if (Files.isDirectory(folder)) {
        for (Path f : list(folder, ".xml")) {
          aknFiles.add(new String[] {f.toString(), "akn-english/" + sub + "/" + f.getFileName()});
        }
      }
    }
    // Files are independent: read them in parallel, keeping file order in the result.
    List<Parsed> parsed = aknFiles.parallelStream().map(f -> {
      List<DataIssue> skippedHere = new ArrayList<>();
      Optional<ScRecord> r = AknReader.read(AknReader.readString(Path.of(f[0])), f[1], names, skippedHere);
      return new Parsed(r, skippedHere);
    }).toList();
    List<DataIssue> skipped = new ArrayList<>();
    List<ScRecord> akn = new ArrayList<>();
    for (Parsed p : parsed) {
      p.record.ifPresent(akn::add);
      skipped.addAll(p.skipped);
    }
    List<ScRecord> extract = new ArrayList<>();
    Path data = dir.resolve("data_extract");
    if (Files.isDirectory(data)) {
      list(data, ".jsonl").parallelStream().map(f -> DataExtractReader.read(f, names)).toList()
          .forEach(extract::addAll);
    }
    names.throwIfUnknown();
    return new ScCollection(akn, extract, skipped);
  }

  /**
   * Builds a collection from records already read.
   *
   * @param akn  records read from AKN4UN files, not null
   * @param extract  records read from the data extract, not null
   * @return the collection, not null
   */
  public static ScCollection of(List<ScRecord> akn, List<ScRecord> extract) {
    return new ScCollection(akn, extract, List.of());
  }

  /** One AKN file's result. */
  private record Parsed(Optional<ScRecord> record, List<DataIssue> skipped) {}

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String location(ScRecord r) {
    return r.source().file().orElse(r.source().id()) + (r.line().isPresent() ? ":" + r.line().getAsInt() : "");
  }

  /** The AKN copy when it has the vote, else the copy with the most ballots. */
  private static ScRecord primary(List<ScRecord> copies) {
    ScRecord best = copies.get(0);
    for (ScRecord r : copies) {
      boolean bestAkn = best.frbrWork().isPresent() && best.tally().isPresent();
      if (!bestAkn && (r.ballots().size() > best.ballots().size()
          || (best.tally().isEmpty() && r.tally().isPresent()))) {
        best = r;
      }
    }
    return best;
  }

  /** Fields on which copies of one symbol disagree, each value with the places that give it. */
  private static List<Conflict> compare(String id, List<ScRecord> copies) {
    List<Conflict> out = new ArrayList<>();
    if (copies.size() < 2) {
      return out;
    }
    field(out, id, "adopted", copies, r -> r.date().map(PartialDate::toString));
    field(out, id, "tally", copies, r -> r.tally().map(Tally::toString));
    field(out, id, "outcomeRecord", copies, r -> r.outcomeRecord().map(DocumentSymbol::toString));
    field(out, id, "draft", copies, r -> r.draft().flatMap(d -> d.symbol()).map(DocumentSymbol::toString));
    return out;
  }

  private static void field(List<Conflict> out, String id, String field, List<ScRecord> copies,
      Function<ScRecord, Optional<String>> get) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (ScRecord r : copies) {
      get.apply(r).ifPresent(v -> values.computeIfAbsent(v, k -> new ArrayList<>()).add(location(r)));
    }
    if (values.size() > 1) {
      Conflict.Builder c = Conflict.builder().about(id).field(field)
          .note("the sources for " + copies.get(0).symbol() + " disagree; the merged record keeps the first value");
      values.forEach((v, where) -> c.addValue(ConflictingValue.builder().value(v).addAllSources(where).build()));
      out.add(c.build());
    }
  }

  /**
   * Returns the records read from AKN4UN files, in file order.
   *
   * @return the records, not null
   */
  public List<ScRecord> aknRecords() {
    return aknRecords;
  }

  /**
   * Returns the records read from the data extract, in file and line order, duplicates included.
   *
   * @return the records, not null
   */
  public List<ScRecord> extractRecords() {
    return extractRecords;
  }

  /**
   * Returns the adopted resolutions, all sources merged: one record per symbol, in symbol order,
   * carrying the conflicts between its copies.
   *
   * @return the resolutions, not null
   */
  public List<ScRecord> resolutions() {
    return resolutions;
  }

  /**
   * Returns the drafts that failed, vetoed or for want of votes, in symbol order.
   *
   * @return the drafts, not null
   */
  public List<ScRecord> failedDrafts() {
    return failedDrafts;
  }

  /**
   * Returns the failed drafts recorded as vetoed.
   *
   * @return the drafts, not null
   */
  public List<ScRecord> vetoed() {
    return failedDrafts.stream().filter(r -> r.recordedResult() == RecordedResult.VETOED).toList();
  }

  /**
   * Returns resolutions and failed drafts together.
   *
   * @return the records, not null
   */
  public List<ScRecord> all() {
    List<ScRecord> all = new ArrayList<>(resolutions);
    all.addAll(failedDrafts);
    return all;
  }

  /**
   * Returns every flaw found, in load order, including documents skipped.
   *
   * @return the issues, not null
   */
  public List<DataIssue> issues() {
    return issues;
  }

  /**
   * Returns every conflict: within each record and between the sources of one symbol.
   *
   * @return the conflicts, not null
   */
  public List<Conflict> conflicts() {
    List<Conflict> out = new ArrayList<>();
    for (ScRecord r : aknRecords) {
      out.addAll(r.conflicts());
    }
    for (ScRecord r : extractRecords) {
      out.addAll(r.conflicts());
    }
    out.addAll(crossSourceConflicts);
    return out;
  }

  /**
   * Returns the number of adopted resolutions per year.
   *
   * @return year to count, in year order
   */
  public Map<Integer, Integer> byYear() {
    Map<Integer, Integer> out = new TreeMap<>();
    for (ScRecord r : resolutions) {
      r.year().ifPresent(y -> out.merge(y, 1, Integer::sum));
    }
    return out;
  }

  /**
   * Returns the number of vetoed drafts each permanent member voted against, by ISO alpha-3 code.
   *
   * @return code to count, in code order
   */
  public Map<String, Integer> vetoesByMember() {
    Map<String, Integer> out = new TreeMap<>();
    for (ScRecord r : vetoed()) {
      for (State s : r.vetoedBy()) {
        out.merge(s.alpha3(), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * Returns the records (resolutions and failed drafts) on an agenda item, compared ignoring case.
   *
   * @param agendaItem  the item's name or a part of it, e.g. {@code "situation in the Middle East"}
   * @return the records, not null
   */
  public List<ScRecord> byAgendaItem(String agendaItem) {
    String q = agendaItem.toLowerCase(Locale.ROOT);
    return all().stream().filter(r -> r.agendaItems().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q)))
        .toList();
  }

  /**
   * Returns the records classified under a subject term, compared ignoring case and with
   * {@code _} as a space (AKN writes {@code civil_society}, the extract {@code CIVIL SOCIETY}).
   *
   * @param term  the term, e.g. {@code "TERRORISM"}
   * @return the records, not null
   */
  public List<ScRecord> bySubject(String term) {
    String q = term.replace('_', ' ').toLowerCase(Locale.ROOT);
    return all().stream().filter(r -> r.subjects().stream()
        .anyMatch(s -> s.term().replace('_', ' ').toLowerCase(Locale.ROOT).equals(q))).toList();
  }

  /**
   * Returns the records classified under a Sustainable Development Goal.
   *
   * @param goal  the goal's number, 1 to 17
   * @return the records, not null
   */
  public List<ScRecord> bySdg(int goal) {
    return all().stream().filter(r -> r.sdgs().contains(goal)).toList();
  }

  /**
   * Returns a member's ballots over time, oldest first.
   *
   * @param state  the member, not null
   * @return the votes, not null
   */
  public List<MemberVote> votesOf(State state) {
    List<MemberVote> out = new ArrayList<>();
    for (ScRecord r : all()) {
      for (Ballot b : r.ballots()) {
        if (b.state().equals(state)) {
          out.add(new MemberVote(state, r.symbol(), r.date(), b.option(), r.recordedResult(),
              r.vetoedBy().contains(state)));
        }
      }
    }
    out.sort(Comparator.comparing((MemberVote v) -> v.date().map(PartialDate::toString).orElse(""))
        .thenComparing(MemberVote::symbol));
    return out;
  }

  /**
   * Returns the drafts a permanent member vetoed, oldest first.
   *
   * @param state  the member, not null
   * @return the drafts, not null
   */
  public List<ScRecord> vetoesBy(State state) {
    return vetoed().stream().filter(r -> r.vetoedBy().contains(state)).toList();
  }

  /**
   * Returns the members that voted in a year: the Council's composition as the votes show it.
   *
   * @param year  the year
   * @return the members, empty for years without recorded ballots
   */
  public Set<State> composition(int year) {
    return composition.getOrDefault(year, Set.of());
  }

  /**
   * Returns the years with recorded ballots.
   *
   * @return the years, ascending
   */
  public Set<Integer> years() {
    return new TreeSet<>(composition.keySet());
  }

  /**
   * Returns the Council's memberships as the votes show them: for each member, one
   * {@link Membership} per run of consecutive years in which it voted, from 1 January of the first
   * to 31 December of the last, permanent or elected.
   *
   * @return the memberships, by state code then start
   */
  public List<Membership> memberships() {
    Map<State, List<Integer>> years = new TreeMap<>(Comparator.comparing(State::alpha3));
    composition.forEach((y, states) -> states.forEach(s -> years.computeIfAbsent(s, k -> new ArrayList<>()).add(y)));
    List<Membership> out = new ArrayList<>();
    years.forEach((state, ys) -> {
      ys.sort(null);
      int start = ys.get(0);
      int prev = start;
      for (int i = 1; i <= ys.size(); i++) {
        if (i == ys.size() || ys.get(i) != prev + 1) {
          out.add(Membership.builder().state(state).body(Body.UNSC)
              .kind(state.isPermanentSecurityCouncilMember() ? MembershipKind.PERMANENT : MembershipKind.ELECTED)
              .start(PartialDate.of(start, 1, 1)).end(PartialDate.of(prev, 12, 31))
              .addSource(MEMBERSHIP_SOURCE).build());
          if (i < ys.size()) {
            start = ys.get(i);
            prev = start;
          }
        } else {
          prev = ys.get(i);
        }
      }
    });
    return out;
  }

  /**
   * Applies the Security Council's rule for substantive questions to every record's vote.
   *
   * @return one check per resolution and failed draft, in {@link #all()} order
   */
  public List<OutcomeCheck> checkOutcomes() {
    return all().stream().map(ScCollection::check).toList();
  }

  /**
   * Applies the Security Council's rule for substantive questions to one record's vote.
   *
   * @param r  the record, not null
   * @return the check, not null
   */
  public static OutcomeCheck check(ScRecord r) {
    DecisionRule rule = Body.UNSC.decisionRule(QuestionKind.SUBSTANTIVE).orElseThrow();
    Optional<Tally> tally = r.tally();
    if (tally.isEmpty() || (tally.get().no() > 0 && r.ballots().isEmpty())) {
      return new OutcomeCheck(r.symbol(), r.recordedResult(), Optional.empty(), OutcomeCheck.Status.NOT_CHECKABLE);
    }
    boolean permanentAgainst = r.ballots().stream()
        .anyMatch(b -> b.option() == VoteOption.NO && b.state().isPermanentSecurityCouncilMember());
    DecisionRule.Result result = rule.decide(tally.get(), permanentAgainst);
    if (OutcomeCheck.agree(r.recordedResult(), result)) {
      return new OutcomeCheck(r.symbol(), r.recordedResult(), Optional.of(result), OutcomeCheck.Status.AGREES);
    }
    // Adopted over a permanent member's negative vote: only a procedural decision carries so.
    DecisionRule procedural = Body.UNSC.decisionRule(QuestionKind.PROCEDURAL).orElseThrow();
    DecisionRule.Result asProcedural = procedural.decide(tally.get(), permanentAgainst);
    if (r.isAdopted() && asProcedural == DecisionRule.Result.ADOPTED) {
      return new OutcomeCheck(r.symbol(), r.recordedResult(), Optional.of(asProcedural),
          OutcomeCheck.Status.AGREES_AS_PROCEDURAL);
    }
    return new OutcomeCheck(r.symbol(), r.recordedResult(), Optional.of(result), OutcomeCheck.Status.DISAGREES);
  }
}
