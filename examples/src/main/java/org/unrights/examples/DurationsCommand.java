package org.unrights.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unrights.corpus.Corpus;
import org.unrights.examples.AccountabilityDurations.Milestone;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Dossier;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.query.DossierQuery;
import org.unrights.query.ProcessStep;
import org.unrights.query.TimelineFilter;
import org.unrights.record.OfficialRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A policy analysis as a command: how long did each step of the accountability process take?
 * Measures {@link AccountabilityDurations} over the timeline of a state (the DPRK by default) in
 * the official record, or in a corpus folder given with {@code --corpus}.
 */
@Command(name = "durations", mixinStandardHelpOptions = true,
    description = "How long did each step of the accountability process take? Days between the milestones, "
        + "from the commission of inquiry to the Security Council, and where the process stays open.")
public final class DurationsCommand implements Callable<Integer> {

  @Option(names = "--state", paramLabel = "STATE", description = "The state the process concerns; default: ${DEFAULT-VALUE}.")
  String state = "PRK";

  @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus folder; the official record by default.")
  Path corpus;

  @Option(names = "--json", description = "Print JSON: one object per milestone.")
  boolean json;

  @Override
  public Integer call() {
    State s = States.require(state);
    Dossier dossier = corpus == null ? OfficialRecord.load().dossier() : Corpus.load(corpus);
    List<ProcessStep> timeline = DossierQuery.of(dossier).timeline(TimelineFilter.of(s)).steps();
    List<Milestone> milestones = AccountabilityDurations.measure(timeline);
    if (json) {
      System.out.println(UnrightsJson.writePretty(toJson(milestones)));
    } else {
      System.out.print(render(s, corpus == null ? "official record" : corpus.toString(), milestones));
    }
    return 0;
  }

  /**
   * Prints the milestones a line each, with the days between them, and where the process is open.
   *
   * @param state  the state, not null
   * @param from  where the data came from, for the header, not null
   * @param milestones  the measured milestones, not null
   * @return the text, not null
   */
  static String render(State state, String from, List<Milestone> milestones) {
    StringBuilder s = new StringBuilder("How long did each step of the accountability process take? (")
        .append(state.alpha3()).append(", ").append(from).append(")\n");
    for (Milestone m : milestones) {
      String when = m.date().map(Object::toString).orElse(m.isReached() ? "undated" : "never");
      String days = !m.isReached() ? "not reached"
          : m.daysSinceStart().orElse(-1) == 0 ? "start"
          : m.daysSincePrevious().isPresent()
              ? String.format("+%d days (%d since start)", m.daysSincePrevious().getAsLong(), m.daysSinceStart().getAsLong())
              : "(partial date: days not counted)";
      String symbol = m.step().flatMap(ProcessStep::symbol).map(Object::toString).orElse("");
      s.append(String.format("  %-10s  %-34s %-19s %-28s %s%n", when, m.label(), m.actor().id(), days, symbol));
    }
    Optional<Milestone> open = AccountabilityDurations.openAt(milestones);
    milestones.stream().filter(Milestone::isReached).reduce((a, b) -> b).flatMap(last -> Optional.of(last.daysSinceStart()))
        .filter(d -> d.isPresent())
        .ifPresent(d -> s.append("First to last milestone reached: ").append(d.getAsLong()).append(" days.\n"));
    s.append(open.map(m -> "The process stays open at: " + m.label() + ".\n").orElse("Every milestone was reached.\n"));
    return s.toString();
  }

  private static ArrayNode toJson(List<Milestone> milestones) {
    ObjectMapper mapper = UnrightsJson.newMapper();
    ArrayNode rows = mapper.createArrayNode();
    for (Milestone m : milestones) {
      ObjectNode n = rows.addObject();
      n.put("label", m.label());
      n.put("type", m.type().id());
      n.put("actor", m.actor().id());
      n.put("reached", m.isReached());
      m.date().ifPresent(d -> n.put("date", d.toString()));
      m.step().ifPresent(st -> n.put("step", st.id()));
      m.daysSincePrevious().ifPresent(d -> n.put("daysSincePrevious", d));
      m.daysSinceStart().ifPresent(d -> n.put("daysSinceStart", d));
    }
    return rows;
  }
}
