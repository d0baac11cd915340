package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the examples' command line in-process and returns what it printed. */
final class CommandOutput {

  private CommandOutput() {}

  /**
   * Runs {@link Main} with the arguments, checks it exits with 0 and returns its standard output.
   *
   * @param args  the command line
   * @return the output, UTF-8 decoded
   */
  static String run(String... args) {
    return runWithInput("", args);
  }

  /**
   * Runs the jar's command line with the given standard input, asserts exit status 0, and returns
   * what it printed on standard output.
   */
  static String runWithInput(String stdin, String... args) {
    String[] result = runCapturing(stdin, args);
    assertThat(result[0]).as("exit status of %s (standard error: %s)", String.join(" ", args), result[2]).isEqualTo("0");
    return result[1];
  }

  /**
   * Runs the jar's command line and returns its exit status, standard output and standard error,
   * whatever the status.
   */
  static String[] runCapturing(String stdin, String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    InputStream originalIn = System.in;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int status;
    try {
      status = Main.run(args);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
      System.setIn(originalIn);
    }
    return new String[] {String.valueOf(status), stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8)};
  }

  /**
   * Returns the shared real-data folder: the {@code unrights.data.dir} system property (set by
   * surefire), else {@code ../../shared/data}; callers skip their test when it is absent.
   */
  static Path sharedData() {
    String configured = System.getProperty("unrights.data.dir");
    if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    return Path.of("..", "..", "shared", "data");
  }
}
