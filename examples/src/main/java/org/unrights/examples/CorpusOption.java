package org.unrights.examples;

import java.nio.file.Path;
import java.util.Optional;
import org.unrights.UnrightsException;
import org.unrights.corpus.Corpus;
import org.unrights.corpus.SeedCorpus;
import org.unrights.model.Dossier;
import picocli.CommandLine.Option;

/**
 * The {@code --corpus DIR} option of the commands that read a corpus: the folder given, or the
 * seed corpus shipped in the jar by default. Used as a picocli mixin.
 */
public final class CorpusOption {

  @Option(names = "--corpus", paramLabel = "DIR", description = "A corpus folder; the seeds by default.")
  Path corpus;

  /**
   * Loads the corpus, or reports why it does not load.
   *
   * @param command  the command's name, which starts the message printed to standard error
   * @return the dossier, or empty when the corpus does not load (the reason, with file, line and
   *     column, has been printed to standard error)
   */
  Optional<Dossier> load(String command) {
    try {
      return Optional.of(corpus == null ? SeedCorpus.load() : Corpus.load(corpus));
    } catch (UnrightsException e) {
      System.err.println(command + ": the corpus does not load: " + e.getMessage());
      return Optional.empty();
    }
  }
}
