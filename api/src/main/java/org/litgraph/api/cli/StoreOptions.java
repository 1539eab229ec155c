package org.litgraph.api.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.graph.neo4j.Neo4jConnection;
import picocli.CommandLine.Option;

/**
 * Where the data lives: the options every store-using command shares. Each falls back to an
 * environment variable, then to a default.
 */
final class StoreOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory for the embedded Neo4j and the search index (env LITGRAPH_DATA; default ./data).")
  Path data;

  @Option(
      names = "--neo4j-uri",
      paramLabel = "URI",
      description =
          "Use this Neo4j (bolt:// or neo4j://) instead of the embedded one (env NEO4J_URI).")
  String neo4jUri;

  @Option(names = "--neo4j-user", paramLabel = "USER", description = "Neo4j user (env NEO4J_USER).")
  String neo4jUser;

  @Option(
      names = "--neo4j-password",
      paramLabel = "PASSWORD",
      description = "Neo4j password (env NEO4J_PASSWORD).")
  String neo4jPassword;

  @Option(
      names = "--page-cache-mib",
      paramLabel = "MIB",
      defaultValue = "256",
      description = "Page cache of the embedded Neo4j in MiB (default ${DEFAULT-VALUE}).")
  long pageCacheMiB;

  LitGraphConfig config(String host, int httpPort) {
    Path dir =
        data != null
            ? data
            : env("LITGRAPH_DATA").map(Path::of).orElse(LitGraphConfig.DEFAULT_DATA);
    Optional<Neo4jConnection> external =
        Optional.ofNullable(neo4jUri)
            .or(() -> env("NEO4J_URI"))
            .map(
                uri ->
                    new Neo4jConnection(
                        URI.create(uri),
                        Optional.ofNullable(neo4jUser).or(() -> env("NEO4J_USER")),
                        Optional.ofNullable(neo4jPassword).or(() -> env("NEO4J_PASSWORD"))));
    return new LitGraphConfig(dir, external, 0, pageCacheMiB, host, httpPort);
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
