package org.unrights.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.unrights.akn.OutcomeCheck;
import org.unrights.akn.RecordedResult;
import org.unrights.akn.ScCollection;
import org.unrights.akn.ScRecord;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Ballot;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.VoteOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads the Security Council's own machine-readable record (AKN4UN documents and the data
 * extract) and prints counts by year, outcome and member, with the voting rules checked against
 * every recorded outcome.
 */
@Command(name = "sc", mixinStandardHelpOptions = true,
    description = "The Security Council's machine-readable record 2000-2026 (AKN4UN and the data extract): "
        + "counts by year, outcome and member; failed drafts and who blocked them.")
public final class ScCommand implements Callable<Integer> {

  @Option(names = "--data", required = true,
      description = "the un-sc folder (akn-english/, data_extract/), or a folder holding it")
  Path data;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.isDirectory(data.resolve("un-sc")) ? data.resolve("un-sc") : data;
    ScCollection sc = ScCollection.load(dir);
    if (json) {
      ObjectMapper mapper = UnrightsJson.newMapper();
      System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(sc, mapper)));
    } else {
      print(sc);
    }
    return 0;
  }

  /**
   * Builds the JSON summary.
   *
   * @param sc  the loaded collection, not null
   * @param mapper  the mapper, not null
   * @return the object, not null
   */
  static ObjectNode toJson(ScCollection sc, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("resolutions", sc.resolutions().size());
    root.put("failedDrafts", sc.failedDrafts().size());
    root.put("vetoed", sc.vetoed().size());
    root.put("notAdopted", sc.failedDrafts().size() - sc.vetoed().size());
    ObjectNode byYear = root.putObject("byYear");
    sc.byYear().forEach((y, n) -> byYear.put(String.valueOf(y), n));
    ObjectNode byOutcome = root.putObject("byOutcome");
    outcomes(sc).forEach(byOutcome::put);
    ObjectNode vetoes = root.putObject("vetoesByMember");
    sc.vetoesByMember().forEach(vetoes::put);
    ObjectNode members = root.putObject("votesByMember");
    votesByMember(sc).forEach((code, counts) -> {
      ObjectNode m = members.putObject(code);
      counts.forEach((o, n) -> m.put(o.id(), n));
    });
    ArrayNode failed = root.putArray("failedDraftList");
    for (ScRecord r : sc.failedDrafts()) {
      ObjectNode f = failed.addObject();
      f.put("symbol", r.symbol().toString());
      r.date().ifPresent(d -> f.put("date", d.toString()));
      f.put("result", r.recordedResult().id());
      r.tally().ifPresent(t -> f.put("tally", t.toString()));
      ArrayNode by = f.putArray("vetoedBy");
      r.vetoedBy().forEach(s -> by.add(s.alpha3()));
      ArrayNode sponsors = f.putArray("sponsors");
      r.sponsors().forEach(s -> sponsors.add(s.name()));
    }
    ObjectNode checks = root.putObject("outcomeChecks");
    checks(sc).forEach(checks::put);
    root.put("conflicts", sc.conflicts().size());
    root.put("issues", sc.issues().size());
    return root;
  }

  private static Map<String, Integer> outcomes(ScCollection sc) {
    Map<String, Integer> out = new TreeMap<>();
    for (ScRecord r : sc.all()) {
      String kind = r.outcome().map(o -> o.kind()).orElse(r.recordedResult().id() + " (no counts)");
      out.merge(kind, 1, Integer::sum);
    }
    return out;
  }

  private static Map<String, Integer> checks(ScCollection sc) {
    Map<String, Integer> out = new TreeMap<>();
    for (OutcomeCheck c : sc.checkOutcomes()) {
      out.merge(c.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), 1, Integer::sum);
    }
    return out;
  }

  private static Map<String, Map<VoteOption, Integer>> votesByMember(ScCollection sc) {
    Map<String, Map<VoteOption, Integer>> out = new TreeMap<>();
    for (ScRecord r : sc.all()) {
      for (Ballot b : r.ballots()) {
        out.computeIfAbsent(b.state().alpha3(), k -> new TreeMap<>()).merge(b.option(), 1, Integer::sum);
      }
    }
    return out;
  }

  private static void print(ScCollection sc) {
    System.out.printf("Security Council: %d resolutions adopted (all sources merged by symbol), %d failed drafts"
        + " (%d vetoed, %d for want of nine votes)%n", sc.resolutions().size(), sc.failedDrafts().size(),
        sc.vetoed().size(), sc.failedDrafts().size() - sc.vetoed().size());
    System.out.println("Adopted by year:");
    sc.byYear().forEach((y, n) -> System.out.printf("  %d  %3d%n", y, n));
    System.out.println("By outcome:");
    outcomes(sc).forEach((k, n) -> System.out.printf("  %-28s %5d%n", k, n));
    System.out.println("Voting rules against the recorded outcomes:");
    checks(sc).forEach((k, n) -> System.out.printf("  %-28s %5d%n", k, n));
    System.out.println("Vetoes by member:");
    sc.vetoesByMember().forEach((k, n) -> System.out.printf("  %s  %d%n", k, n));
    System.out.println("Failed drafts and who blocked them:");
    for (ScRecord r : sc.failedDrafts()) {
      String blocked = r.recordedResult() == RecordedResult.VETOED
          ? (r.vetoedBy().isEmpty() ? "vetoed (the file gives no counts)"
              : "vetoed by " + String.join(", ", r.vetoedBy().stream().map(State::alpha3).toList()))
          : "failed for want of nine votes";
      System.out.printf("  %-11s %s  %-9s %s; tabled by %s%n", r.symbol(), r.date().map(Object::toString).orElse("?"),
          r.tally().map(Object::toString).orElse("-"), blocked,
          r.sponsors().size() > 4 ? r.sponsors().size() + " states"
              : String.join(", ", r.sponsors().stream().map(Sponsor::name).toList()));
    }
    System.out.println("Votes by member (yes / no / abstain):");
    votesByMember(sc).forEach((code, c) -> System.out.printf("  %s  %4d / %2d / %3d%n", code,
        c.getOrDefault(VoteOption.YES, 0), c.getOrDefault(VoteOption.NO, 0), c.getOrDefault(VoteOption.ABSTAIN, 0)));
    System.out.printf("%d conflicts and %d data issues reported (see ScCollection.conflicts() and issues())%n",
        sc.conflicts().size(), sc.issues().size());
  }
}
