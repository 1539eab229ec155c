package org.litgraph.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.neo4j.Neo4jConnection;

/**
 * The command line end to end: exit codes, ingesting a file, and the external-Neo4j path, where
 * {@code litgraph neo4j} runs as a separate server process and ingestion reaches it by URI.
 */
class CliIT {
  private static final Path NEWS =
      Path.of(System.getProperty("litgraph.shared", "../shared"))
          .resolve("fixtures/news/000_4e386e49d09706d8.txt");

  @Test
  void unknownCommandExitsWithUsageError() {
    assertEquals(2, Main.run("frobnicate"));
    assertEquals(2, Main.run("ingest"));
  }

  @Test
  void helpExitsZero() {
    assertEquals(0, Main.run("--help"));
    assertEquals(0, Main.run("ingest", "--help"));
  }

  @Test
  void ingestingAMissingFileExitsOneAndStoresNothing(@TempDir Path data) {
    assertEquals(
        1, Main.run("ingest", "--data", data.toString(), data.resolve("missing.txt").toString()));
    try (LitGraphRuntime rt = LitGraphRuntime.open(config(data, Optional.empty()))) {
      assertEquals(0, rt.graph().counts().documents());
    }
  }

  @Test
  void ingestsTheNewsArticleIntoAnExternalNeo4jProcessByUri(
      @TempDir Path serverData, @TempDir Path clientData) throws Exception {
    int port = freePort();
    Process server = startNeo4jProcess(serverData, port);
    try {
      String uri = "bolt://127.0.0.1:" + port;
      assertEquals(
          0,
          Main.run("ingest", "--neo4j-uri", uri, "--data", clientData.toString(), NEWS.toString()));
      assertFalse(Files.exists(clientData.resolve("neo4j")), "no embedded Neo4j was started");
      var external = Optional.of(Neo4jConnection.unauthenticated(java.net.URI.create(uri)));
      org.litgraph.graph.store.GraphCounts before;
      try (LitGraphRuntime rt = LitGraphRuntime.open(config(clientData, external))) {
        before = rt.graph().counts();
        assertEquals(1, before.documents());
        assertTrue(rt.graph().entity(Curie.parse("MESH:D018805"), 5).isPresent());
        assertTrue(rt.graph().entity(Curie.parse("MESH:D059630"), 5).isPresent());
      }
      assertEquals(
          0,
          Main.run("ingest", "--neo4j-uri", uri, "--data", clientData.toString(), NEWS.toString()));
      try (LitGraphRuntime rt = LitGraphRuntime.open(config(clientData, external))) {
        assertEquals(before, rt.graph().counts(), "re-ingesting changes nothing");
      }
    } finally {
      server.destroy();
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "neo4j process stops on SIGTERM");
    }
  }

  private static LitGraphConfig config(Path data, Optional<Neo4jConnection> external) {
    return new LitGraphConfig(data, external, 0, 64, "127.0.0.1", 0);
  }

  private static Process startNeo4jProcess(Path data, int port)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.addAll(
        List.of(
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED"));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(
        List.of(
            "neo4j",
            "--port",
            Integer.toString(port),
            "--data",
            data.toString(),
            "--page-cache-mib",
            "32"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    StringBuilder seen = new StringBuilder();
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.startsWith("Neo4j listening on bolt://")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "neo4j-output");
        drain.setDaemon(true);
        drain.start();
        return p;
      }
    }
    p.destroyForcibly();
    throw new IllegalStateException("litgraph neo4j did not start:\n" + seen);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
