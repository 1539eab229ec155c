package org.litgraph.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.litgraph.graph.neo4j.Neo4jConnection;

/**
 * Configuration of one LitGraph process, built once in {@code main} from flags, then environment
 * variables, then defaults, and passed down through constructors.
 *
 * @param dataDir where the embedded Neo4j store ({@code neo4j/}) and the Lucene index ({@code
 *     index/}) live
 * @param externalNeo4j an external Neo4j to use instead of the embedded one
 * @param boltPort Bolt port of the embedded Neo4j (0 picks a free port)
 * @param pageCacheMiB page cache of the embedded Neo4j
 * @param host HTTP bind address
 * @param httpPort HTTP port (0 picks a free port)
 */
public record LitGraphConfig(
    Path dataDir,
    Optional<Neo4jConnection> externalNeo4j,
    int boltPort,
    long pageCacheMiB,
    String host,
    int httpPort) {
  public static final Path DEFAULT_DATA = Path.of("data");
  public static final int DEFAULT_HTTP_PORT = 7070;

  public LitGraphConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(externalNeo4j, "externalNeo4j");
    Objects.requireNonNull(host, "host");
    if (httpPort < 0 || httpPort > 65_535) {
      throw new IllegalArgumentException("HTTP port must be 0..65535, was " + httpPort);
    }
    if (pageCacheMiB < 8) {
      throw new IllegalArgumentException("page cache must be at least 8 MiB");
    }
  }

  public Path neo4jDir() {
    return dataDir.resolve("neo4j");
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
