package org.unrights.corpus;

import java.util.Objects;

/** One file of a corpus: its name as shown in messages and its bytes. */
final class CorpusFile {

  private final String name;
  private final byte[] bytes;

  CorpusFile(String name, byte[] bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  String name() {
    return name;
  }

  /**
   * Decodes the file as strict UTF-8.
   *
   * @throws CorpusFormatException  at the line and column of the first malformed byte sequence
   */
  String text() {
    try {
      return StrictUtf8.decode(bytes);
    } catch (MalformedUtf8Exception e) {
      throw new CorpusFormatException(name, e.line(), e.column(), "is not valid UTF-8: " + e.getMessage());
    }
  }

}
