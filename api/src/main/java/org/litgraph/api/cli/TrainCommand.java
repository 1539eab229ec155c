package org.litgraph.api.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code litgraph train ...}: trains LitGraph's learned models. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train LitGraph's learned models.",
    subcommands = {TrainNerCommand.class})
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
