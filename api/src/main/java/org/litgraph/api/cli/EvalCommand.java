package org.litgraph.api.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code litgraph eval}: quality measurements against gold corpora; see its subcommands. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure quality against gold corpora (no server needed).",
    subcommands = {EvalNerCommand.class, EvalRelationsCommand.class, EvalFactCheckCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
