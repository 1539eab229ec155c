package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.Relation;
import org.litgraph.graph.store.WriteOutcome;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/** Metadata, citations and claims written to a real Neo4j over Bolt and read back. */
class Neo4jMetadataAndClaimsIT {
  private static final Provenance RECORD = new Provenance("test-record", "1");

  @TempDir static Path storeDir;

  private static EmbeddedNeo4j neo4j;
  private static Neo4jGraphStore store;
  private static Driver admin;

  @BeforeAll
  static void startNeo4j() {
    neo4j = EmbeddedNeo4j.start(storeDir.resolve("neo4j"), 0, 64);
    store = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    store.applySchema();
    admin = GraphDatabase.driver(neo4j.boltUri());
  }

  @AfterAll
  static void stopNeo4j() {
    if (admin != null) {
      admin.close();
    }
    if (store != null) {
      store.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @BeforeEach
  void emptyTheGraph() {
    try (Session session = admin.session()) {
      session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }
  }

  private static long count(String cypher) {
    try (Session session = admin.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  private static DocumentMetadata metadata(String pmid, List<Citation> citations) {
    return new DocumentMetadata(
        List.of("Smith J", "Doe A"),
        Optional.of("J Test"),
        Map.of("pmid", pmid, "doi", "10.1/" + pmid),
        List.of("Sepsis"),
        List.of("Journal Article"),
        Optional.of("eng"),
        citations);
  }

  /** The built document with other metadata, hash and claims. */
  private static AnnotatedDocument with(
      AnnotatedDocument doc, DocumentMetadata metadata, String hash, List<Claim> claims) {
    Document d = doc.document();
    Document changed =
        new Document(d.id(), d.source(), d.title(), d.published(), d.kind(), hash, metadata);
    return new AnnotatedDocument(
        changed, doc.text(), doc.sentences(), doc.entities(), doc.mentions(), claims);
  }

  private static AnnotatedDocument paper(String id) {
    return DocumentBuilder.document(id)
        .title("Stem cells in sepsis")
        .sentence(
            "Stem cells may treat sepsis.",
            named(STEM_CELLS, "Stem cells"),
            named(SEPSIS, "sepsis"))
        .build();
  }

  @Test
  void metadataCitationsAndClaimsReadBackAsWritten() {
    Claim structured =
        Claim.structured(
            STEM_CELLS.id(), Predicate.TREATS, SEPSIS.id(), "doc-a", RECORD, Map.of("role", "x"));
    Claim textual =
        new Claim(
            STEM_CELLS.id(),
            Predicate.TREATS,
            SEPSIS.id(),
            "doc-a",
            OptionalInt.of(0),
            OptionalInt.of(0),
            OptionalInt.of(27),
            new Provenance("claims", "0"),
            Map.of("hedged", "true"));
    List<Citation> citations =
        List.of(
            new Citation(Optional.of("1"), "Cited paper.", Map.of("pmid", "222")),
            new Citation(Optional.empty(), "A book.", Map.of()));
    AnnotatedDocument doc =
        with(paper("doc-a"), metadata("111", citations), "h1", List.of(structured, textual));

    assertEquals(WriteOutcome.CREATED, store.write(doc));
    DocumentView v = store.document("doc-a").orElseThrow();

    assertEquals(doc.document(), v.document());
    assertEquals(List.of(structured, textual), v.claims().stream().map(c -> c.claim()).toList());
    assertEquals(STEM_CELLS.name(), v.claims().getFirst().subject().name());
    List<Relation> relations = store.entity(SEPSIS.id(), 10).orElseThrow().relations();
    assertEquals(1, relations.size());
    assertEquals(
        new Relation(Predicate.TREATS, false, relations.getFirst().other(), 2, 1),
        relations.getFirst());
    assertEquals(Map.of(), v.citedDocuments());
  }

  @Test
  void aCitationLinksToTheCitedDocumentWhicheverIsWrittenFirst() {
    List<Citation> cites222 =
        List.of(new Citation(Optional.of("1"), "Cited.", Map.of("pmid", "222")));
    store.write(with(paper("doc-a"), metadata("111", cites222), "h1", List.of()));
    store.write(with(paper("doc-b"), metadata("222", List.of()), "h2", List.of()));
    store.write(
        with(
            paper("doc-c"),
            metadata("333", List.of(new Citation(Optional.empty(), "", Map.of("doi", "10.1/222")))),
            "h3",
            List.of()));

    assertEquals(Map.of(0, "doc-b"), store.document("doc-a").orElseThrow().citedDocuments());
    assertEquals(Map.of(0, "doc-b"), store.document("doc-c").orElseThrow().citedDocuments());
  }

  @Test
  void aChangedDocumentReplacesItsClaimsAndCitationsWithoutOrphans() {
    Claim old =
        Claim.structured(STEM_CELLS.id(), Predicate.TREATS, SEPSIS.id(), "doc-a", RECORD, Map.of());
    Claim replacement =
        Claim.structured(
            SEPSIS.id(), Predicate.ASSOCIATED_WITH, STEM_CELLS.id(), "doc-a", RECORD, Map.of());
    List<Citation> two =
        List.of(
            new Citation(Optional.empty(), "One.", Map.of()),
            new Citation(Optional.empty(), "Two.", Map.of()));
    store.write(with(paper("doc-a"), metadata("111", two), "h1", List.of(old)));
    assertEquals(
        WriteOutcome.UNCHANGED,
        store.write(with(paper("doc-a"), metadata("111", two), "h1", List.of(old))));

    DocumentMetadata fewer =
        new DocumentMetadata(
            List.of(),
            Optional.empty(),
            Map.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            two.subList(0, 1));
    assertEquals(
        WriteOutcome.UPDATED, store.write(with(paper("doc-a"), fewer, "h2", List.of(replacement))));

    DocumentView v = store.document("doc-a").orElseThrow();
    assertEquals(List.of(replacement), v.claims().stream().map(c -> c.claim()).toList());
    assertEquals(fewer, v.document().metadata());
    assertEquals(1, count("MATCH (c:Claim) RETURN count(c)"));
    assertEquals(1, count("MATCH (c:Citation) RETURN count(c)"));
    assertTrue(count("MATCH (d:Document) WHERE d.id_pmid IS NOT NULL RETURN count(d)") == 0);
  }
}
