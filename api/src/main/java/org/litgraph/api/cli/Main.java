package org.litgraph.api.cli;

import picocli.CommandLine;

/** The {@code litgraph} command line: the process entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs a command and returns its exit code: 0 success, 1 failure (the reason printed to stderr),
   * 2 bad usage.
   */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new LitGraphCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("litgraph: " + describe(e));
          if (System.getenv("LITGRAPH_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
          }
          return 1;
        });
    return cli.execute(args);
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    Throwable cause = e.getCause();
    while (cause != null && cause != e) {
      if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
        sb.append(" (caused by: ").append(cause.getMessage()).append(')');
      }
      e = cause;
      cause = cause.getCause();
    }
    return sb.toString();
  }
}
