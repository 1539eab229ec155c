package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.DocumentBuilder.plain;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;
import static org.litgraph.graph.fixtures.SampleEntities.TNF;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.CypherRejectedException;
import org.litgraph.graph.store.CypherRejectedException.Reason;
import org.litgraph.graph.store.CypherRequest;
import org.litgraph.graph.store.CypherResult;
import org.litgraph.graph.store.GraphCounts;

/** Issue 9: analysts' Cypher runs read-only, with parameters, a row cap and a timeout. */
class ReadOnlyCypherIT {
  @TempDir static Path storeDir;
  private static EmbeddedNeo4j neo4j;
  private static Neo4jGraphStore store;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(storeDir.resolve("neo4j"), 0, 64);
    store = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    store.applySchema();
    store.write(
        DocumentBuilder.document("doc-cypher")
            .sentence(
                "Mesenchymal stem cells lowered TNF-alpha in mice.",
                named(STEM_CELLS, "Mesenchymal stem cells"),
                named(TNF, "TNF-alpha"))
            .sentence(
                "Stem cells treat sepsis.",
                named(STEM_CELLS, "Stem cells"),
                named(SEPSIS, "sepsis"))
            .claim(STEM_CELLS, Predicate.DECREASES, TNF, 0, plain("animal study", "mice"))
            .claim(STEM_CELLS, Predicate.TREATS, SEPSIS, 1, plain("clinical trial"))
            .build());
  }

  @AfterAll
  static void stop() {
    store.close();
    neo4j.close();
  }

  @Test
  void returnsColumnsAndJsonSafeRowsWithParameters() {
    CypherResult r =
        store
            .cypher()
            .run(
                CypherRequest.of(
                    "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e, 1 AS one, 0.5 AS half,"
                        + " date('2024-01-02') AS day, [e.id] AS ids",
                    Map.of("id", "MESH:D018805")));
    assertEquals(List.of("name", "e", "one", "half", "day", "ids"), r.columns());
    assertEquals(1, r.rows().size());
    List<Object> row = r.rows().getFirst();
    assertEquals("Sepsis", row.get(0));
    @SuppressWarnings("unchecked")
    Map<String, Object> node = (Map<String, Object>) row.get(1);
    assertEquals(List.of("Entity"), node.get("_labels"));
    assertEquals("MESH:D018805", node.get("id"));
    assertEquals(1L, row.get(2));
    assertEquals(0.5, row.get(3));
    assertEquals("2024-01-02", row.get(4));
    assertEquals(List.of("MESH:D018805"), row.get(5));
    assertFalse(r.truncated());
  }

  @Test
  void aParameterIsNeverReadAsCypher() {
    CypherResult r =
        store
            .cypher()
            .run(
                CypherRequest.of(
                    "MATCH (e:Entity) WHERE e.id = $id RETURN e.id",
                    Map.of("id", "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //")));
    assertTrue(r.rows().isEmpty());
    assertEquals(3, store.counts().entities());
  }

  @Test
  void cutsRowsAtTheLimit() {
    CypherResult r =
        store
            .cypher()
            .run(
                new CypherRequest(
                    "UNWIND range(1, 50) AS x RETURN x", Map.of(), 10, Duration.ofSeconds(10)));
    assertEquals(10, r.rows().size());
    assertTrue(r.truncated());
  }

  @Test
  void refusesAWriteClauseBeforeRunningIt() {
    GraphCounts before = store.counts();
    CypherRejectedException e =
        assertThrows(
            CypherRejectedException.class,
            () -> store.cypher().run(CypherRequest.of("MATCH (n) DETACH DELETE n", Map.of())));
    assertEquals(Reason.WRITE_CLAUSE, e.reason());
    assertTrue(e.getMessage().contains("DETACH DELETE"), e.getMessage());
    assertEquals(before, store.counts());
  }

  @Test
  void theReadTransactionRefusesAWriteSmuggledPastTheCheck() {
    GraphCounts before = store.counts();
    Neo4jReadOnlyCypher unchecked = (Neo4jReadOnlyCypher) store.cypher();
    for (String write :
        List.of(
            "MATCH (e:Entity) CALL (e) { CREATE (:Smuggled {id: e.id}) } RETURN count(*)",
            "MATCH (e:Entity) SET e.name = 'overwritten' RETURN e",
            "MATCH (n) DETACH DELETE n")) {
      CypherRejectedException e =
          assertThrows(
              CypherRejectedException.class,
              () -> unchecked.runInReadTransaction(CypherRequest.of(write, Map.of())),
              write);
      assertEquals(Reason.WRITE_REFUSED, e.reason(), e.getMessage());
    }
    assertEquals(before, store.counts());
    assertEquals(
        "Sepsis",
        store
            .cypher()
            .run(CypherRequest.of("MATCH (e:Entity {id: 'MESH:D018805'}) RETURN e.name", Map.of()))
            .rows()
            .getFirst()
            .getFirst());
  }

  @Test
  void stopsAQueryAtItsTimeout() {
    CypherRejectedException e =
        assertThrows(
            CypherRejectedException.class,
            () ->
                store
                    .cypher()
                    .run(
                        new CypherRequest(
                            "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x)",
                            Map.of(),
                            10,
                            Duration.ofSeconds(1))));
    assertEquals(Reason.TIMEOUT, e.reason(), e.getMessage());
  }

  @Test
  void reportsASyntaxErrorAsInvalid() {
    CypherRejectedException e =
        assertThrows(
            CypherRejectedException.class,
            () -> store.cypher().run(CypherRequest.of("MATCH (n RETURN n", Map.of())));
    assertEquals(Reason.INVALID, e.reason());
  }
}
