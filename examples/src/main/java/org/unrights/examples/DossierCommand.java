package org.unrights.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.unrights.corpus.Corpus;
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
import org.unrights.model.Evidence;
import org.unrights.model.Finding;
import org.unrights.model.Mandate;
import org.unrights.model.MandateHolder;
import org.unrights.model.OperativeRequest;
import org.unrights.model.PartialDate;
import org.unrights.model.Person;
import org.unrights.model.Referral;
import org.unrights.model.Report;
import org.unrights.model.Resolution;
import org.unrights.model.Source;
import org.unrights.model.Sponsor;
import org.unrights.model.Step;
import org.unrights.model.UprReview;
import org.unrights.model.VoteEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Prints a corpus's dossier (the seeds by default): every source, entity, step, claim and conflict,
 * each fact with the words it was read from, or the whole dossier as JSON.
 *
 * <pre>
 * java -jar examples/target/unrights-examples.jar dossier
 * java -jar examples/target/unrights-examples.jar dossier --corpus my-corpus --json
 * </pre>
 * A corpus that does not load prints the {@link org.unrights.corpus.CorpusFormatException}'s message (file, line,
 * column) on standard error and exits with status 1, as every command does.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true,
    description = "Print a corpus's dossier (the seeds by default) with a quote for each fact, or as JSON.")
public final class DossierCommand implements Callable<Integer> {

  /** The longest quote printed in full in the text form; longer ones are cut with an ellipsis. */
  static final int QUOTE_WIDTH = 110;

  @Mixin
  CorpusOption corpus = new CorpusOption();

  @Option(names = "--json", description = "Print the dossier as JSON; every evidence has source, start, end and quote.")
  boolean json;

  @Override
  public Integer call() {
    Optional<Dossier> loaded = corpus.load("dossier");
    if (loaded.isEmpty()) {
      return 1;
    }
    Dossier dossier = loaded.get();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(json ? UnrightsJson.writePretty(dossier) + System.lineSeparator() : summary(dossier));
    out.flush();
    return 0;
  }

  /**
   * Returns the readable summary of a dossier: a section per kind of fact, each fact on a line
   * followed by its quotes.
   *
   * @param dossier  the dossier, not null
   * @return the text, not null
   */
  static String summary(Dossier dossier) {
    Text t = new Text();
    t.line("Dossier: %d sources, %d entities, %d steps, %d claims, %d conflicts", dossier.sources().size(),
        dossier.entities().size(), dossier.steps().size(), dossier.claims().size(), dossier.conflicts().size());

    t.section("Sources", dossier.sources().size());
    for (Source s : dossier.sources()) {
      t.line("  %-9s %-8s %-10s %s%s", s.id(), s.kind().id(), s.published().map(PartialDate::toString).orElse("undated"),
          s.title(), s.outlet().map(o -> " (" + o + ")").orElse(""));
      s.publishedNote().ifPresent(n -> t.line("            dated: %s", cut(n, 140)));
    }

    t.section("Resolutions", dossier.resolutions().size());
    for (Resolution r : dossier.resolutions()) {
      t.line("  %s  %s%s%s", r.id(), r.body().id(), date(" adopted", r.adopted()),
          r.outcome().map(o -> " (" + o + ")").orElse(""));
      t.quotes(r.evidence());
      for (Draft d : r.drafts()) {
        t.line("    draft %s  %s%s%s%s%s", d.id(), d.body().id(), date(" decided", d.decided()),
            d.outcome().map(o -> " (" + o + ")").orElse(""), sponsors(d.mainSponsors()),
            d.amendments().isEmpty() ? "" : " amendments " + d.amendments());
        t.quotes(d.evidence());
      }
      for (OperativeRequest o : r.operativeRequests()) {
        t.line("    %s %s%s", o.verb().id(), o.action().id(), o.addressee().map(a -> " -> " + a.id()).orElse(""));
        t.quotes(o.evidence());
      }
    }
    list(t, "Drafts not (yet) adopted", dossier.drafts(), d -> d.id() + "  " + d.body().id()
        + date(" decided", d.decided()) + sponsors(d.mainSponsors()), Draft::evidence);
    list(t, "Amendments", dossier.amendments(), a -> a.id() + "  " + a.body().id() + sponsors(a.proposers())
        + a.target().map(x -> " to " + x).orElse("") + date(" proposed", a.proposed())
        + a.outcome().map(o -> " (" + o + ")").orElse(""), Amendment::evidence);
    list(t, "Vote events", dossier.voteEvents(), v -> v.id() + "  " + v.body().id() + date(" on", v.date()) + " "
        + v.outcome(), VoteEvent::evidence);

    t.section("Commissions of inquiry", dossier.commissions().size());
    for (CommissionOfInquiry c : dossier.commissions()) {
      t.line("  %s  %s%s reports %s", c.id(), c.name(), date(" established", c.established()), c.reports());
      t.quotes(c.evidence());
    }
    t.section("Reports", dossier.reports().size());
    for (Report r : dossier.reports()) {
      t.line("  %s  by %s%s%s", r.id(), r.authorRef().orElse(r.author().id()), date(" published", r.published()),
          r.presentedTo().map(b -> " presented to " + b.id()).orElse(""));
      t.quotes(r.evidence());
      for (Finding f : r.findings()) {
        t.line("    finding%s: %s", f.category().map(c -> " (" + c + ")").orElse(""), f.summary());
        t.quotes(f.evidence());
      }
      r.recommendations().forEach(rec -> {
        t.line("    recommends %s%s", rec.action().id(), rec.addressee().map(a -> " to " + a.id()).orElse(""));
        t.quotes(rec.evidence());
      });
    }

    t.section("Mandates", dossier.mandates().size());
    for (Mandate m : dossier.mandates()) {
      t.line("  %s  %s%s", m.id(), m.title(), date(" established", m.established()));
      t.quotes(m.evidence());
      for (MandateHolder h : m.holders()) {
        t.line("    holder: %s (%s)%s", h.person().name(), h.title(), date(" from", h.start()));
        t.quotes(h.evidence());
      }
    }
    list(t, "Persons", dossier.persons(), p -> p.id() + "  " + p.name()
        + p.nationality().map(n -> " (" + n + ")").orElse(""), Person::evidence);
    list(t, "Country visits", dossier.visits(), v -> v.id() + "  " + v.visitor().id() + " to " + v.state() + ": "
        + v.status().id() + date(" in", v.date()), CountryVisit::evidence);
    list(t, "Universal Periodic Reviews", dossier.reviews(), r -> r.id() + "  " + r.stateUnderReview()
        + date(" on", r.date()) + r.cycle().stream().mapToObj(c -> " cycle " + c).collect(Collectors.joining()),
        UprReview::evidence);
    list(t, "Agenda items", dossier.agendaItems(), a -> a.id() + "  " + a.body().id() + " '" + a.title() + "'"
        + date(" inscribed", a.inscribed()), AgendaItem::evidence);
    list(t, "Referrals", dossier.referrals(), r -> r.id() + "  " + r.situationState() + " to " + r.to().id()
        + r.by().map(b -> " by " + b.id()).orElse("") + ": " + r.status().id()
        + (r.recommendedBy().isEmpty() ? "" : " recommended by " + r.recommendedBy()), Referral::evidence);

    List<Step> steps = new ArrayList<>(dossier.steps());
    steps.sort(Comparator.comparing((Step s) -> s.date().isEmpty()).thenComparing(s -> s.date().orElse(null),
        Comparator.nullsLast(Comparator.naturalOrder())));
    t.section("Steps, by date", steps.size());
    for (Step s : steps) {
      t.line("  %-10s %-24s %-18s %s%s", s.date().map(PartialDate::toString).orElse("undated"), s.type().id(),
          s.actor().map(a -> a.id()).orElse("-"), String.join(" ", s.concerns()),
          s.outcome().map(o -> " (" + o + ")").orElse(""));
      t.quotes(s.evidence());
    }

    t.section("Claims", dossier.claims().size());
    for (Claim c : dossier.claims()) {
      t.line("  %s %s %s.%s%s: %s", c.source(), c.stance().id(), c.about().orElse("-"), c.field(),
          c.value().map(v -> " = " + v).orElse(""), c.statement());
      t.quotes(c.evidence());
    }
    t.section("Conflicts", dossier.conflicts().size());
    for (Conflict c : dossier.conflicts()) {
      t.line("  %s.%s", c.about(), c.field());
      for (ConflictingValue v : c.values()) {
        t.line("    %s  [%s]%s", v.value(), String.join(", ", v.sources()),
            v.claims().isEmpty() ? "" : " claims " + String.join(", ", v.claims()));
      }
      c.note().ifPresent(n -> t.line("    note: %s", n));
    }
    return t.toString();
  }

  private static <T> void list(Text t, String title, List<T> items, java.util.function.Function<T, String> head,
      java.util.function.Function<T, List<Evidence>> evidence) {
    if (items.isEmpty()) {
      return;
    }
    t.section(title, items.size());
    for (T item : items) {
      t.line("  %s", head.apply(item));
      t.quotes(evidence.apply(item));
    }
  }

  private static String date(String label, Optional<PartialDate> date) {
    return date.map(d -> label + " " + d).orElse("");
  }

  private static String sponsors(List<Sponsor> sponsors) {
    return sponsors.isEmpty() ? "" : " by " + sponsors.stream().map(Sponsor::name).collect(Collectors.joining(", "));
  }

  static String cut(String text, int width) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
  }

  /** Collects the summary's lines. */
  private static final class Text {
    private final StringBuilder out = new StringBuilder();

    void line(String format, Object... args) {
      out.append(String.format(format, args)).append(System.lineSeparator());
    }

    void section(String title, int count) {
      out.append(System.lineSeparator());
      line("%s (%d):", title, count);
    }

    void quotes(List<Evidence> evidence) {
      for (Evidence e : evidence) {
        line("      \"%s\"  [%s %d-%d]", cut(e.quote(), QUOTE_WIDTH), e.source(), e.start(), e.end());
      }
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
