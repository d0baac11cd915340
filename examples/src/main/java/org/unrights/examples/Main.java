package org.unrights.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The runnable jar's entry point: {@code java -jar examples/target/unrights-examples.jar
 * <subcommand>}, one subcommand per example.
 */
@Command(
    name = "unrights",
    mixinStandardHelpOptions = true,
    version = "unrights 0.1.0-SNAPSHOT",
    description = "Examples of the unrights SDK. With no subcommand, traces the seeds' DPRK accountability process (the trace subcommand).",
    subcommands = {
      ModelCommand.class,
      ExtractCommand.class,
      DossierCommand.class,
      TraceCommand.class,
      RecordCommand.class,
      ClaimsCommand.class,
      VotesCommand.class,
      AgendaVoteCommand.class,
      MyDocumentsCommand.class,
      DurationsCommand.class,
      ScCommand.class,
    })
public final class Main implements Runnable {

  @Override
  public void run() {
    new TraceCommand().call();
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit status, for tests.
   *
   * @param args  the arguments
   * @return the exit status, 0 on success
   */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
