package org.unrights.akn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small AKN4UN and data-extract fixtures under {@code src/test/resources/akn}. */
final class AknFixtures {
  static final String ADOPTED = "resolution-adopted.xml";
  static final String VETOED = "draft-vetoed.xml";
  static final String NOT_ADOPTED = "draft-not-adopted.xml";
  static final String NO_COUNTS = "draft-no-counts.xml";
  static final String HOSTILE_DOCTYPE = "hostile-doctype.xml";
  static final String TRUNCATED = "truncated.xml";
  static final String COUNT_MISMATCH = "count-mismatch.xml";
  static final String UNKNOWN_MEMBER = "unknown-member.xml";
  static final String EXTRACT_SAMPLE = "extract-sample.jsonl";
  static final String EXTRACT_UNKNOWN = "extract-unknown.jsonl";
  static final String EXTRACT_BAD_LINE = "extract-bad-line.jsonl";

  private AknFixtures() {}

  static String text(String name) {
    try (InputStream in = AknFixtures.class.getResourceAsStream("/akn/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScRecord read(String name) {
    return AknReader.read(text(name), name);
  }
}
