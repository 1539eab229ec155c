package org.litgraph.api.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "litgraph",
    mixinStandardHelpOptions = true,
    version = "LitGraph 0.1.0",
    description =
        "Biomedical literature knowledge graph: ingest articles, search them, serve the API.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      IngestCommand.class,
      CrawlCommand.class,
      SearchCommand.class,
      StatusCommand.class,
      Neo4jCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      LexiconCommand.class,
      TrainCommand.class,
      ExportCommand.class,
      CypherCommand.class,
      FactCheckCommand.class
    })
final class LitGraphCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
