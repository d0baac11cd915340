package org.unrights.corpus;

import java.nio.file.Path;
import org.unrights.model.Dossier;

/**
 * Reads a folder of documents into a {@link Dossier}: the entry point for users' own corpora.
 *
 * <p>A corpus is a folder with, per document:
 * <pre>
 * NAME.txt                the document, UTF-8, exactly as found
 * NAME.meta.json          its Source in the model's JSON (id, title, kind, outlet, language,
 *                         published, publishedNote, url)
 * NAME.annotations.json   optional: reviewed stand-off annotations pointing into NAME.txt
 * </pre>
 * Example:
 * <pre>{@code
 * Dossier dossier = Corpus.load(Path.of("my-corpus"));
 * for (Step step : dossier.steps()) {
 *   System.out.println(step.type() + " " + step.date() + " " + step.evidence().get(0).quote());
 * }
 * }</pre>
 * See {@link CorpusLoader} for what is checked and how documents are merged, and
 * {@link SeedCorpus} for the corpus shipped with the SDK.
 */
public final class Corpus {

  private Corpus() {}

  /**
   * Loads the corpus in a folder with the {@linkplain CorpusLoader#standard() standard} loader.
   *
   * @param folder  the folder, not null
   * @return the dossier, not null
   * @throws CorpusFormatException  if a file is missing, unreadable, not UTF-8 or malformed, a quote
   *     or offset does not hold, an id is duplicated, a reference is unknown, or the folder holds
   *     no document; the message names file, line and column
   */
  public static Dossier load(Path folder) {
    return CorpusLoader.standard().load(folder);
  }
}
