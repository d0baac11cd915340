package org.unrights.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extractor's whole output on every seed and gold text equals the golden dump
 * ({@link ExtractionSnapshot}): a change meant only to make extraction faster must not change a
 * single step or mention.
 *
 * <p>When output changes on purpose (a new rule, a new gold text), regenerate the golden dump from
 * the repository root with one command, then review the diff and commit it with the change:
 *
 * <pre>
 * mvn -B -o -q -pl core test -Dtest=ExtractionSnapshotTest -Dunrights.snapshot.update=true
 * git diff core/src/test/resources/extract/snapshot.txt
 * </pre>
 *
 * <p>On a mismatch the test writes the new dump to a temporary file (its path is in the failure
 * message) and shows the first lines that differ.
 */
class ExtractionSnapshotTest {

  @Test
  void extraction_isUnchangedOnEveryText() throws IOException {
    String actual = ExtractionSnapshot.dump(Extractor.standard());
    assertThat(ExtractionSnapshot.texts()).as("texts dumped").hasSizeGreaterThan(20);
    if (Boolean.getBoolean("unrights.snapshot.update")) {
      Files.writeString(ExtractionSnapshot.GOLDEN, actual, StandardCharsets.UTF_8);
      System.out.println("wrote " + ExtractionSnapshot.GOLDEN.toAbsolutePath());
      return;
    }
    if (!Files.exists(ExtractionSnapshot.GOLDEN)) {
      fail("no golden dump at " + ExtractionSnapshot.GOLDEN.toAbsolutePath()
          + "; create it with -Dunrights.snapshot.update=true");
    }
    String expected = Files.readString(ExtractionSnapshot.GOLDEN, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path written = Files.createTempFile("extraction-snapshot-", ".txt");
      Files.writeString(written, actual, StandardCharsets.UTF_8);
      fail("the extraction differs from " + ExtractionSnapshot.GOLDEN + " (new dump: " + written
          + "; if the change is meant, regenerate with -Dunrights.snapshot.update=true):\n"
          + firstDifference(expected, actual));
    }
  }

  /** The first differing line of two dumps, with the document header above it. */
  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    String header = "";
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end>";
      String al = i < a.length ? a[i] : "<end>";
      if (!el.equals(al)) {
        return "line " + (i + 1) + " in " + header + "\n  expected: " + el + "\n  actual:   " + al;
      }
      if (el.startsWith("# ")) {
        header = el;
      }
    }
    return "(no line differs)";
  }
}
