package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Concurrency (issue 8): documents that name the same entities, written from many threads at once
 * through the store's own write path, create each entity exactly once — because MERGE is keyed by
 * the {@code entity_id} uniqueness constraint, which makes concurrent MERGEs of one id serialise on
 * the constraint's index entry. The second test drops the constraint on the same server and shows
 * the same writes creating duplicates, so the first test could fail.
 */
class ConcurrentWriteIT {
  private static final int THREADS = 8;
  private static final int DOCUMENTS = 24;
  private static final int SHARED = 8;

  @TempDir static Path storeDir;
  private static EmbeddedNeo4j neo4j;
  private static Neo4jGraphStore store;
  private static Driver admin;

  @BeforeAll
  static void startNeo4j() {
    neo4j = EmbeddedNeo4j.start(storeDir.resolve("neo4j"), 0, 64);
    store = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    admin = GraphDatabase.driver(neo4j.boltUri());
  }

  @AfterAll
  static void stopNeo4j() {
    admin.close();
    store.close();
    neo4j.close();
  }

  @BeforeEach
  void emptyTheGraph() {
    try (Session session = admin.session()) {
      session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }
  }

  private static Entity shared(int i) {
    return new Entity(
        Curie.parse("MESH:D90" + String.format("%04d", i)),
        EntityCategory.DISEASE,
        "marker" + i,
        List.of(),
        List.of());
  }

  /** Every document names all shared entities, in a rotated order, plus one of its own. */
  private static List<AnnotatedDocument> overlappingDocuments(String prefix) {
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS; d++) {
      StringBuilder words = new StringBuilder("Study " + d + " measured");
      List<DocumentBuilder.Named> named = new ArrayList<>();
      for (int k = 0; k < SHARED; k++) {
        Entity e = shared((k + d) % SHARED);
        words.append(' ').append(e.name());
        named.add(DocumentBuilder.named(e, e.name()));
      }
      Entity own =
          new Entity(
              Curie.parse("MESH:D80" + String.format("%04d", d)),
              EntityCategory.DISEASE,
              "own" + d,
              List.of(),
              List.of());
      words.append(" and ").append(own.name()).append('.');
      named.add(DocumentBuilder.named(own, own.name()));
      docs.add(
          DocumentBuilder.document(prefix + d)
              .sentence(words.toString(), named.toArray(DocumentBuilder.Named[]::new))
              .build());
    }
    return docs;
  }

  /** Writes the documents from {@link #THREADS} threads released at the same instant. */
  private static void writeConcurrently(List<AnnotatedDocument> docs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (AnnotatedDocument doc : docs) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return store.write(doc);
                }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static long entityNodes() {
    try (Session session = admin.session()) {
      return session.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong();
    }
  }

  private static long distinctEntityIds() {
    try (Session session = admin.session()) {
      return session
          .run("MATCH (e:Entity) RETURN count(DISTINCT e.id) AS n")
          .single()
          .get("n")
          .asLong();
    }
  }

  @Test
  void parallelWritesOfOverlappingDocumentsCreateEachEntityOnce() throws Exception {
    store.applySchema();
    writeConcurrently(overlappingDocuments("doc-"));
    assertEquals(SHARED + DOCUMENTS, entityNodes(), "entity nodes");
    assertEquals(SHARED + DOCUMENTS, distinctEntityIds());
    var counts = store.counts();
    assertEquals(DOCUMENTS, counts.documents());
    assertEquals((long) DOCUMENTS * (SHARED + 1), counts.mentions());
    // co-mention counts are added per transaction, not recounted: concurrent additions to one
    // pair must wait for each other (each shared pair shares a sentence in every document)
    try (Session session = admin.session()) {
      var pairs =
          session
              .run(
                  "MATCH (a:Entity)-[r:CO_MENTIONED]->(b:Entity) WHERE a.id STARTS WITH 'MESH:D90'"
                      + " AND b.id STARTS WITH 'MESH:D90' RETURN r.sentences AS s, r.documents AS d")
              .list();
      assertEquals(SHARED * (SHARED - 1) / 2, pairs.size(), "shared pairs");
      for (var pair : pairs) {
        assertEquals(DOCUMENTS, pair.get("s").asInt(), "sentences of a shared pair");
        assertEquals(DOCUMENTS, pair.get("d").asInt(), "documents of a shared pair");
      }
    }
  }

  @Test
  void withoutTheUniquenessConstraintTheSameWritesDuplicateEntities() throws Exception {
    try (Session session = admin.session()) {
      session.run("DROP CONSTRAINT entity_id IF EXISTS").consume();
    }
    long duplicates = 0;
    try {
      // a race needs luck; a few rounds make it certain in practice (first round, in our runs)
      for (int round = 0; round < 5 && duplicates == 0; round++) {
        emptyTheGraph();
        writeConcurrently(overlappingDocuments("round" + round + "-"));
        duplicates = entityNodes() - distinctEntityIds();
        System.out.printf(
            "without entity_id constraint, round %d: %d entity nodes for %d ids%n",
            round, entityNodes(), distinctEntityIds());
      }
    } finally {
      emptyTheGraph();
      store.applySchema();
    }
    assertTrue(duplicates > 0, "expected duplicate entities without the constraint");
  }
}
