package org.unrights.examples;

import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.unrights.corpus.Corpus;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Dossier;
import org.unrights.record.CheckResult;
import org.unrights.record.CheckStatus;
import org.unrights.record.ClaimCheck;
import org.unrights.record.OfficialRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Checks a corpus's claims (and its dated or tallied facts) against the official record: each is
 * consistent, contradicts the record (both values, both sides' sources) or is not in the record.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Check what a corpus's documents claim against the official record of the DPRK process.")
public final class ClaimsCommand implements Callable<Integer> {

  @Mixin
  CorpusOption corpus = new CorpusOption();

  @Option(names = "--json", description = "Print JSON: an array of check results.")
  boolean json;

  /**
   * Runs the command.
   *
   * @return 0 on success, 1 when the corpus cannot be read (the reason is printed to standard error)
   */
  @Override
  public Integer call() {
    Optional<Dossier> loaded = corpus.load("claims");
    if (loaded.isEmpty()) {
      return 1;
    }
    Dossier dossier = loaded.get();
    List<CheckResult> results = ClaimCheck.of(OfficialRecord.load()).check(dossier);
    if (json) {
      System.out.println(UnrightsJson.writePretty(results));
      return 0;
    }
    Map<CheckStatus, Integer> counts = new TreeMap<>();
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    System.out.printf("%d checks against the official record: %s%n", results.size(), counts);
    for (CheckResult r : results) {
      System.out.printf("%-13s %s  %s.%s%n", r.status().id().toUpperCase(), r.subject(), r.about().orElse("-"),
          r.recordField().orElse(r.field()));
      System.out.printf("    claimed: %s  [%s]%n", r.claimedValue().orElse("(no value)"), String.join(", ", r.claimSources()));
      if (r.recordValue().isPresent()) {
        System.out.printf("    record:  %s  [%s; %s]%n", r.recordValue().get(),
            r.recordConfidence().map(Object::toString).orElse("?"), String.join(", ", r.recordSources()));
      }
      r.note().ifPresent(n -> System.out.println("    note:    " + n));
    }
    return 0;
  }
}
