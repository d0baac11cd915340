package org.unrights.corpus;

import java.util.Objects;
import java.util.Optional;

/** The files of one document: {@code NAME.txt}, {@code NAME.meta.json}, optionally {@code NAME.annotations.json}. */
final class CorpusDocument {

  static final String TEXT = ".txt";
  static final String META = ".meta.json";
  static final String ANNOTATIONS = ".annotations.json";

  private final String name;
  private final CorpusFile text;
  private final CorpusFile meta;
  private final Optional<CorpusFile> annotations;

  CorpusDocument(String name, CorpusFile text, CorpusFile meta, Optional<CorpusFile> annotations) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
    this.meta = Objects.requireNonNull(meta, "meta");
    this.annotations = Objects.requireNonNull(annotations, "annotations");
  }

  String name() {
    return name;
  }

  CorpusFile text() {
    return text;
  }

  CorpusFile meta() {
    return meta;
  }

  Optional<CorpusFile> annotations() {
    return annotations;
  }
}
