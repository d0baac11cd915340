package org.unrights.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run(args)).as("exit status of %s", String.join(" ", args)).isZero();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
