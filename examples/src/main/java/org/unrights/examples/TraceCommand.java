package org.unrights.examples;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.unrights.corpus.Corpus;
import org.unrights.json.UnrightsJson;
import org.unrights.model.AgendaItem;
import org.unrights.model.Amendment;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Dossier;
import org.unrights.model.Draft;
import org.unrights.model.Entities;
import org.unrights.model.Entity;
import org.unrights.model.Outcome;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.StepType;
import org.unrights.model.VoteEvent;
import org.unrights.query.DossierQuery;
import org.unrights.query.OfficialFacts;
import org.unrights.query.ProcessStep;
import org.unrights.query.Trace;
import org.unrights.record.OfficialRecord;
import org.unrights.record.RecordEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints a process traced across bodies: each step with its date, actor, outcome and tally where
 * known, the quote that supports it, the official symbol and tally beside it where the official
 * record holds the entity, and the open ends (for the seeds, the ICC referral recommended and never
 * made). With no subcommand the jar runs this command on the seed corpus.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
    description = "Trace a process across bodies (the seeds' DPRK accountability process by default), "
        + "with the quotes that support each step and the open ends.")
public final class TraceCommand implements Callable<Integer> {

  /** Step types whose official tally may be shown beside the step: decisions. */
  private static final Set<StepType> DECISIONS = EnumSet.of(StepType.RESOLUTION_ADOPTED, StepType.RESOLUTION_REJECTED,
      StepType.AMENDMENT_ADOPTED, StepType.AMENDMENT_REJECTED, StepType.VETO_CAST, StepType.AGENDA_ITEM_ADDED);

  @Mixin
  CorpusOption corpus = new CorpusOption();

  @Option(names = "--json", description = "Print JSON: the trace with each step an object.")
  boolean json;

  @Option(names = "--official", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show the official record's symbol and tally beside each step it holds (default: ${DEFAULT-VALUE}).")
  boolean official = true;

  @Parameters(arity = "0..1", paramLabel = "ID",
      description = "The entity to trace from; by default the corpus's main process.")
  String entityId;

  /**
   * Runs the command.
   *
   * @return 0 on success, 1 when the corpus cannot be read (the reason is printed to standard error)
   */
  @Override
  public Integer call() {
    Optional<Dossier> loaded = corpus.load("trace");
    if (loaded.isEmpty()) {
      return 1;
    }
    Dossier dossier = loaded.get();
    DossierQuery query = DossierQuery.of(dossier);
    Trace trace = entityId == null ? query.trace() : query.trace(entityId);
    if (official) {
      trace = beside(trace, OfficialRecord.load());
    }
    System.out.print(json ? UnrightsJson.writePretty(trace) + System.lineSeparator() : trace.render());
    return 0;
  }

  /**
   * Sets, beside each step whose entity the official record holds, the record's symbol and, for
   * decisions taken by the same body, its tally and source, and the official date and actor of the
   * step's event ({@link OfficialFacts}); the steps are sorted again with the official dates.
   *
   * @param trace  the trace, not null
   * @param record  the official record, not null
   * @return the annotated trace, not null
   */
  static Trace beside(Trace trace, OfficialRecord record) {
    return trace.mapSteps(step -> {
      for (String id : step.concerns()) {
        Optional<Entity> entity = record.entity(id);
        if (entity.isEmpty()) {
          continue;
        }
        Entity official = entity.get();
        if (official instanceof AgendaItem && ((AgendaItem) official).inscribedBy().isPresent()) {
          // an agenda item's official symbol and tally are those of the procedural vote that added it
          official = record.entity(((AgendaItem) official).inscribedBy().get()).orElse(official);
        }
        ProcessStep.Builder b = ProcessStep.builder().from(step);
        Entities.symbol(official).ifPresent(b::officialSymbol);
        if (DECISIONS.contains(step.type())) {
          Entities.outcome(official).flatMap(Outcome::recordedTally).ifPresent(b::officialTally);
        }
        record.primarySource(id).map(TraceCommand::reference).ifPresent(b::officialSource);
        record.entry(official.id()).ifPresent(e -> {
          b.officialConfidence(e.confidence().id());
          tallyGrade(e).ifPresent(b::officialTallyConfidence);
        });
        return OfficialFacts.overlay(b.build(), entity.get(), record::entity);
      }
      return step;
    });
  }

  /**
   * Returns the grade the record gives a tally, from its per-field notes (keys naming the counts or
   * the outcome), as the note's first word, e.g. {@code secondary} or {@code dataset+secondary}.
   */
  private static Optional<String> tallyGrade(RecordEntry entry) {
    for (java.util.Map.Entry<String, String> f : entry.fieldConfidence().entrySet()) {
      String key = f.getKey();
      if (key.startsWith("yes") || key.equals("outcome") || key.equals("tally")) {
        return Optional.of(f.getValue().split(" ", 2)[0]);
      }
    }
    return Optional.empty();
  }

  private static String reference(Source s) {
    return s.url().orElse(s.symbol().map(DocumentSymbol::toString).orElse(s.id()));
  }
}
