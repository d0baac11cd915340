package org.unrights.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unrights.corpus.Corpus;
import org.unrights.corpus.CorpusFormatException;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.Dossier;
import org.unrights.model.Source;
import org.unrights.query.DossierQuery;
import org.unrights.query.Timeline;
import org.unrights.query.TimelineFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads a folder of the user's own documents (the corpus format: {@code NAME.txt},
 * {@code NAME.meta.json}, {@code NAME.annotations.json}) with {@link Corpus#load(Path)} and
 * queries it: the documents, the timeline of every step with its quotes, and where the documents
 * conflict. A malformed folder is reported with file, line and column, and exit status 1.
 */
@Command(name = "my-documents", mixinStandardHelpOptions = true,
    description = "Load a folder of your own documents (corpus format) and print its documents, timeline and conflicts.")
public final class MyDocumentsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder: NAME.txt, NAME.meta.json, NAME.annotations.json per document.")
  Path folder;

  @Option(names = "--json", description = "Print JSON: the sources, the timeline and the conflicts.")
  boolean json;

  @Override
  public Integer call() {
    Dossier dossier;
    try {
      dossier = Corpus.load(folder);
    } catch (CorpusFormatException e) {
      System.err.println("cannot load " + folder + ": " + e.getMessage());
      return 1;
    }
    DossierQuery query = DossierQuery.of(dossier);
    Timeline timeline = query.timeline(TimelineFilter.all());
    if (json) {
      ObjectMapper mapper = UnrightsJson.newMapper();
      ObjectNode root = mapper.createObjectNode();
      root.set("sources", mapper.valueToTree(dossier.sources()));
      root.set("timeline", mapper.valueToTree(timeline));
      root.set("conflicts", mapper.valueToTree(query.conflicts()));
      System.out.println(UnrightsJson.writePretty(root));
      return 0;
    }
    System.out.print(render(dossier, timeline));
    return 0;
  }

  /**
   * Prints a loaded folder: its documents, its timeline and its conflicts.
   *
   * @param dossier  the dossier loaded from the folder, not null
   * @param timeline  its timeline, not null
   * @return the text, not null
   */
  static String render(Dossier dossier, Timeline timeline) {
    StringBuilder s = new StringBuilder();
    s.append(dossier.sources().size()).append(" documents, ").append(dossier.entities().size())
        .append(" entities, ").append(dossier.claims().size()).append(" claims, ")
        .append(dossier.conflicts().size()).append(dossier.conflicts().size() == 1 ? " conflict\n" : " conflicts\n");
    for (Source src : dossier.sources()) {
      s.append(String.format("  %-20s %-8s %-10s %s%n", src.id(), src.kind().id(),
          src.published().map(Object::toString).orElse("undated"), src.title()));
    }
    s.append(timeline.render());
    if (dossier.conflicts().isEmpty()) {
      s.append("No conflicts.\n");
    } else {
      s.append("Conflicts:\n");
      for (Conflict c : dossier.conflicts()) {
        s.append("  ").append(c.about()).append('.').append(c.field()).append(":\n");
        for (ConflictingValue v : c.values()) {
          s.append("    ").append(v.value()).append("  [").append(String.join(", ", v.sources())).append("]\n");
        }
      }
    }
    return s.toString();
  }
}
