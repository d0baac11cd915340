package org.unrights.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the shared real-world data ({@code ../shared/data} next to the repository) for tests.
 *
 * <p>The folder is the system property {@code unrights.data.dir} (set by surefire), else
 * {@code ../../shared/data} relative to the module directory. Tests that need it call
 * {@link #require(String)}, which skips the test cleanly when the data is absent.
 */
public final class SharedData {

  /** The system property surefire sets to the data folder. */
  public static final String PROPERTY = "unrights.data.dir";

  private SharedData() {}

  /**
   * Returns the shared data folder, if present.
   *
   * @return the folder, absolute and normalised; empty when it does not exist
   */
  public static Optional<Path> dir() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      if (Files.isDirectory(dir)) {
        return Optional.of(dir.toAbsolutePath().normalize());
      }
    }
    Path fallback = Path.of("..", "..", "shared", "data");
    return Files.isDirectory(fallback)
        ? Optional.of(fallback.toAbsolutePath().normalize())
        : Optional.empty();
  }

  /**
   * Returns a file or folder inside the shared data, skipping the calling test when it is absent.
   *
   * @param relative  the path inside the data folder, e.g. {@code "unvotes/unvotes.csv"}
   * @return the existing path, not null
   * @throws org.opentest4j.TestAbortedException  if the data folder or the path is absent
   */
  public static Path require(String relative) {
    Path dir = dir().orElse(Path.of("..", "..", "shared", "data"));
    Assumptions.assumeTrue(Files.isDirectory(dir),
        "shared data folder absent (set -D" + PROPERTY + "): " + dir.toAbsolutePath());
    Path path = dir.resolve(relative);
    Assumptions.assumeTrue(Files.exists(path), "shared data file absent: " + path);
    return path;
  }
}
