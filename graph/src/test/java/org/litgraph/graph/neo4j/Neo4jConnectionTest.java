package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Neo4jConnectionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bolt://127.0.0.1:7687",
        "bolt+s://db.example.org:7687",
        "bolt+ssc://db.example.org",
        "neo4j://cluster.example.org",
        "neo4j+s://cluster.example.org"
      })
  void boltAndNeo4jSchemesAreAccepted(String uri) {
    assertEquals(URI.create(uri), Neo4jConnection.unauthenticated(URI.create(uri)).uri());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:7474", "localhost:7687", "file:///tmp/neo4j"})
  void otherSchemesAreRefusedNamingTheUri(String uri) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Neo4jConnection.unauthenticated(URI.create(uri)));

    assertEquals(
        "Neo4j URI must start with bolt:// or neo4j:// (optionally +s or +ssc): " + uri,
        e.getMessage());
  }

  @Test
  void theDescriptionNamesTheUserButNeverThePassword() {
    Neo4jConnection connection =
        new Neo4jConnection(
            URI.create("neo4j://db.example.org"), Optional.of("reader"), Optional.of("s3cret"));

    assertEquals("neo4j://db.example.org as reader", connection.toString());
    assertFalse(connection.toString().contains("s3cret"));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65_536})
  void theEmbeddedServerRefusesAPortOutOfRangeBeforeStarting(int port) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EmbeddedNeo4j.start(Path.of("target/never-created"), port, 64));

    assertEquals("Bolt port must be 0..65535, was " + port, e.getMessage());
  }
}
