package org.litgraph.api.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.litgraph.graph.neo4j.EmbeddedNeo4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph neo4j}: runs the embedded Neo4j alone as a Bolt server, so other LitGraph
 * processes can share one graph with {@code --neo4j-uri}.
 */
@Command(
    name = "neo4j",
    mixinStandardHelpOptions = true,
    description = "Run the embedded Neo4j as a Bolt server on 127.0.0.1 (no authentication).")
final class Neo4jCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "7687",
      description = "Bolt port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "Data directory; the store is DIR/neo4j (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--page-cache-mib", defaultValue = "256", description = "Page cache in MiB.")
  long pageCacheMiB;

  @Override
  public Integer call() throws InterruptedException {
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data.resolve("neo4j"), port, pageCacheMiB);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  neo4j.close();
                  stopped.countDown();
                },
                "neo4j-shutdown"));
    var out = spec.commandLine().getOut();
    out.printf("Neo4j listening on %s (store %s)%n", neo4j.boltUri(), data.resolve("neo4j"));
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }
}
