package org.litgraph.api.cli;

import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.graph.store.GraphCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code litgraph status}: what the graph holds. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Print graph counts.")
final class StatusCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (LitGraphRuntime runtime = LitGraphRuntime.open(store.config("127.0.0.1", 0))) {
      GraphCounts c = runtime.graph().counts();
      spec.commandLine()
          .getOut()
          .printf(
              "neo4j: %s%ndocuments: %d%nsentences: %d%nentities: %d%nmentions: %d%n"
                  + "co-mention links: %d%nnodes: %d%nrelationships: %d%nindexed documents: %d%n",
              runtime.connection(),
              c.documents(),
              c.sentences(),
              c.entities(),
              c.mentions(),
              c.coMentions(),
              c.nodes(),
              c.relationships(),
              runtime.index().documentIds().size());
      return 0;
    }
  }
}
