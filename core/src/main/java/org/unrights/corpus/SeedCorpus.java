package org.unrights.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Dossier;

/**
 * The seed corpus shipped inside the SDK's jar: five news, NGO and opinion texts (2014-2019) on the
 * UN's response to human rights in the DPRK, with their metadata and reviewed annotations.
 *
 * <p>The documents are read from the classpath ({@code org/unrights/seeds/}), listed by the index
 * {@code corpus.json}, so no file system path is needed:
 * <pre>{@code
 * Dossier seeds = SeedCorpus.load();
 * }</pre>
 * The dossier is loaded once and then shared (it is immutable).
 */
public final class SeedCorpus {

  /** The classpath folder of the seed corpus. */
  public static final String RESOURCE_FOLDER = "org/unrights/seeds/";

  /** The index listing the seed documents' names, in that folder. */
  public static final String INDEX = "corpus.json";

  private SeedCorpus() {}

  private static volatile Dossier loaded;

  /**
   * Returns the seed corpus's dossier.
   *
   * @return the dossier, not null
   * @throws CorpusFormatException  if the shipped corpus is broken (a packaging error)
   */
  public static Dossier load() {
    Dossier dossier = loaded;
    if (dossier == null) {
      synchronized (SeedCorpus.class) {
        dossier = loaded;
        if (dossier == null) {
          dossier = CorpusLoader.reviewedOnly().load(documents());
          loaded = dossier;
        }
      }
    }
    return dossier;
  }

  /**
   * Returns the names of the seed documents (file names without {@code .txt}), in index order.
   *
   * @return the names, not empty
   * @throws CorpusFormatException  if the index is missing or malformed
   */
  public static List<String> documentNames() {
    byte[] bytes = resource(INDEX).orElseThrow(() -> new CorpusFormatException(RESOURCE_FOLDER + INDEX, 0, 0,
        "is missing from the classpath"));
    String json = new CorpusFile(RESOURCE_FOLDER + INDEX, bytes).text();
    JsonNode names;
    try {
      names = UnrightsJson.newMapper().readTree(json).path("documents");
    } catch (IOException e) {
      throw new CorpusFormatException(RESOURCE_FOLDER + INDEX, 0, 0, "is not valid JSON: " + e.getMessage(), e);
    }
    List<String> result = new ArrayList<>();
    names.forEach(n -> result.add(n.asText()));
    if (result.isEmpty()) {
      throw new CorpusFormatException(RESOURCE_FOLDER + INDEX, 1, 1, "lists no documents under \"documents\"");
    }
    return List.copyOf(result);
  }

  private static List<CorpusDocument> documents() {
    List<CorpusDocument> documents = new ArrayList<>();
    for (String name : documentNames()) {
      documents.add(new CorpusDocument(name, required(name + CorpusDocument.TEXT), required(name + CorpusDocument.META),
          resource(name + CorpusDocument.ANNOTATIONS).map(b -> new CorpusFile(name + CorpusDocument.ANNOTATIONS, b))));
    }
    return documents;
  }

  private static CorpusFile required(String file) {
    return new CorpusFile(file, resource(file).orElseThrow(() -> new CorpusFormatException(RESOURCE_FOLDER + file, 0, 0,
        "is listed in " + INDEX + " but missing from the classpath")));
  }

  private static Optional<byte[]> resource(String file) {
    try (InputStream in = SeedCorpus.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + file)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new CorpusFormatException(RESOURCE_FOLDER + file, 0, 0, "cannot be read: " + e.getMessage(), e);
    }
  }
}
