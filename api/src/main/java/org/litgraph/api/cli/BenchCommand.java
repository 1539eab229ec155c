package org.litgraph.api.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code litgraph bench}: speed measurements; see its subcommands. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure throughput and latency.",
    subcommands = {
      BenchNerCommand.class,
      BenchReadersCommand.class,
      BenchCrawlCommand.class,
      BenchQueryCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
