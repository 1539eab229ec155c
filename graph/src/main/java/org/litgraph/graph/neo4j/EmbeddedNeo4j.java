package org.litgraph.graph.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * An in-process Neo4j with its Bolt connector listening on loopback. LitGraph never talks to it
 * through the embedded API: callers get a {@code bolt://} URI and use the driver, exactly as they
 * would against an external server or cluster. Authentication is off, so it only listens on
 * 127.0.0.1.
 *
 * <p>The settings keep a small footprint: no HTTP connector, no preallocated 256 MiB transaction
 * logs, a bounded page cache, and a fast Bolt shutdown (the last two are internal settings, kept in
 * this one class).
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  private final DatabaseManagementService service;
  private final int port;

  private EmbeddedNeo4j(DatabaseManagementService service, int port) {
    this.service = service;
    this.port = port;
  }

  /**
   * Starts Neo4j on a store directory.
   *
   * @param storeDir where the database lives; created if missing
   * @param port Bolt port on 127.0.0.1, or 0 to pick a free one
   * @param pageCacheMiB page cache size
   */
  public static EmbeddedNeo4j start(Path storeDir, int port, long pageCacheMiB) {
    Objects.requireNonNull(storeDir, "storeDir");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Bolt port must be 0..65535, was " + port);
    }
    int boltPort = port == 0 ? freePort() : port;
    try {
      Files.createDirectories(storeDir);
    } catch (IOException e) {
      throw new GraphStoreException("cannot create Neo4j directory " + storeDir, e);
    }
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(storeDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            .setConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
            .setConfig(
                GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            // query plans: ingestion sends the same dozen statements with lists of varying
            // length, into a store that grows from nothing. Measured with `litgraph bench ingest`
            // (200 BC5CDR abstracts after 100 of warm-up): by default Neo4j compiled again and
            // again (a plan per list-size bucket, a replan whenever statistics moved in the last
            // 10 s, a recompilation with generated code once a statement got hot) and compiling
            // took about half of Neo4j's time. With one plan per statement, replanned at most
            // every 2 minutes and run interpreted, graph writes took about half as long.
            .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
            .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(2))
            .setConfig(
                GraphDatabaseInternalSettings.cypher_expression_engine,
                GraphDatabaseInternalSettings.CypherExpressionEngine.INTERPRETED)
            .build();
    return new EmbeddedNeo4j(service, boltPort);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new GraphStoreException("no free local port for Bolt", e);
    }
  }

  /** The Bolt address to give the driver. */
  public URI boltUri() {
    return URI.create("bolt://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    service.shutdown();
  }
}
