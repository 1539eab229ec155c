package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litgraph.graph.fixtures.DocumentBuilder.hedged;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.DocumentBuilder.negated;
import static org.litgraph.graph.fixtures.DocumentBuilder.plain;
import static org.litgraph.graph.fixtures.SampleEntities.CYTOKINES;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;
import static org.litgraph.graph.fixtures.SampleEntities.TNF;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.ClaimQuery;
import org.litgraph.graph.store.ClaimView;
import org.litgraph.graph.store.EvidenceGroup;
import org.litgraph.graph.store.MechanismPath;
import org.litgraph.graph.store.Neighbor;
import org.litgraph.graph.store.NeighborQuery;
import org.litgraph.graph.store.WriteOutcome;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/** Claims, their summary links and evidence queries against a real Neo4j over Bolt. */
class ClaimStoreIT {
  @TempDir static Path storeDir;

  private static EmbeddedNeo4j neo4j;
  private static Neo4jGraphStore store;
  private static Driver admin;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(storeDir.resolve("neo4j"), 0, 64);
    store = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    store.applySchema();
    admin = GraphDatabase.driver(neo4j.boltUri());
  }

  @AfterAll
  static void stop() {
    admin.close();
    store.close();
    neo4j.close();
  }

  @BeforeEach
  void empty() {
    try (Session session = admin.session()) {
      session.executeWriteWithoutResult(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }
  }

  private static long count(String cypher) {
    try (Session session = admin.session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  /** MSCs lower TNF (mice); MSCs may treat sepsis; TNF drives sepsis. */
  private static DocumentBuilder paper(String id) {
    return DocumentBuilder.document(id)
        .sentence(
            "Mesenchymal stem cells lowered TNF-alpha in mice.",
            named(STEM_CELLS, "Mesenchymal stem cells"),
            named(TNF, "TNF-alpha"))
        .sentence(
            "Stem cells may treat sepsis.",
            named(STEM_CELLS, "Stem cells"),
            named(SEPSIS, "sepsis"))
        .sentence("TNF-alpha drives sepsis.", named(TNF, "TNF-alpha"), named(SEPSIS, "sepsis"))
        .claim(STEM_CELLS, Predicate.DECREASES, TNF, 0, plain("animal study", "mice"))
        .claim(STEM_CELLS, Predicate.TREATS, SEPSIS, 1, hedged("animal study"))
        .claim(TNF, Predicate.CAUSES, SEPSIS, 2, plain("review"));
  }

  @Test
  void claimsAreStoredWithTheirSentenceAndDocument() {
    store.write(paper("doc-a").build());
    List<ClaimView> claims =
        store.claims(
            new ClaimQuery(
                Optional.of(STEM_CELLS.id()), Optional.empty(), Optional.empty(), true, 10, 0));
    assertEquals(2, claims.size());
    ClaimView lowers =
        claims.stream().filter(c -> c.claim().predicate() == Predicate.DECREASES).findFirst().get();
    assertEquals(
        Optional.of("Mesenchymal stem cells lowered TNF-alpha in mice."), lowers.sentence());
    assertEquals(List.of("mice"), lowers.claim().context().species());
    assertEquals("Tumor Necrosis Factor-alpha", lowers.object().name());
    assertEquals(3, count("MATCH (c:Claim) RETURN count(c)"));
    assertEquals(3, count("MATCH (:Claim)-[:EVIDENCE]->(:Sentence) RETURN count(*)"));
    assertEquals(1, count("MATCH (:Entity)-[r:DECREASES]->(:Entity) RETURN count(r)"));
  }

  @Test
  void evidenceCountsIndependentDocumentsAndContradictions() {
    // two sentences of one paper affirm the same link: one supporting document
    store.write(
        DocumentBuilder.document("doc-b")
            .sentence(
                "Stem cells treat sepsis.",
                named(STEM_CELLS, "Stem cells"),
                named(SEPSIS, "sepsis"))
            .sentence(
                "Again, stem cells treat sepsis.",
                named(STEM_CELLS, "stem cells"),
                named(SEPSIS, "sepsis"))
            .claim(STEM_CELLS, Predicate.TREATS, SEPSIS, 0, plain("clinical trial"))
            .claim(STEM_CELLS, Predicate.TREATS, SEPSIS, 1, plain("clinical trial"))
            .build());
    EvidenceGroup one = store.evidence(STEM_CELLS.id(), SEPSIS.id(), 100).getFirst();
    assertEquals(1, one.profile().supportingDocuments());
    assertEquals(2, one.profile().claims());
    double before = one.profile().belief();

    store.write(
        DocumentBuilder.document("doc-c")
            .sentence(
                "Stem cells did not treat sepsis.",
                named(STEM_CELLS, "Stem cells"),
                named(SEPSIS, "sepsis"))
            .claim(STEM_CELLS, Predicate.TREATS, SEPSIS, 0, negated("clinical trial"))
            .build());
    EvidenceGroup two = store.evidence(SEPSIS.id(), STEM_CELLS.id(), 100).getFirst();
    assertEquals(1, two.profile().supportingDocuments());
    assertEquals(1, two.profile().contradictingDocuments());
    assertTrue(two.profile().belief() < before, two.profile() + " vs " + before);
    // the stored summary link agrees with the profile computed from the claims
    assertEquals(1, count("MATCH (:Entity)-[r:TREATS]->(:Entity) RETURN r.contradictingDocuments"));
  }

  @Test
  void aChangedDocumentReplacesItsClaimsAndSummariesLeaveNoOrphans() {
    store.write(paper("doc-d").build());
    assertEquals(
        WriteOutcome.UNCHANGED, store.write(paper("doc-d").build()), "same content, no change");
    assertEquals(3, count("MATCH (c:Claim) RETURN count(c)"));
    // the new version keeps only the TNF sentence
    store.write(
        DocumentBuilder.document("doc-d")
            .sentence("TNF-alpha drives sepsis.", named(TNF, "TNF-alpha"), named(SEPSIS, "sepsis"))
            .claim(TNF, Predicate.CAUSES, SEPSIS, 0, plain("review"))
            .build());
    assertEquals(1, count("MATCH (c:Claim) RETURN count(c)"));
    assertEquals(0, count("MATCH (:Entity)-[r:DECREASES|TREATS]->(:Entity) RETURN count(r)"));
    assertEquals(1, count("MATCH (:Entity)-[r:CAUSES]->(:Entity) RETURN count(r)"));
    assertEquals(0, count("MATCH (c:Claim) WHERE NOT (c)-[:EVIDENCE]->() RETURN count(c)"));
  }

  @Test
  void mechanismPathsChainLinksWithTheirEvidence() {
    store.write(paper("doc-e").build());
    List<MechanismPath> paths = store.paths(STEM_CELLS.id(), SEPSIS.id(), 3, 10);
    assertEquals(2, paths.size(), paths.toString());
    MechanismPath best = paths.getFirst();
    assertTrue(best.score() > 0);
    MechanismPath twoHops =
        paths.stream().filter(p -> p.hops().size() == 2).findFirst().orElseThrow();
    assertEquals(Predicate.DECREASES, twoHops.hops().get(0).predicate());
    assertEquals(Predicate.CAUSES, twoHops.hops().get(1).predicate());
    assertEquals(1, twoHops.hops().get(0).claims().size());
    assertTrue(store.paths(CYTOKINES.id(), SEPSIS.id(), 4, 10).isEmpty());
    assertThrows(
        IllegalArgumentException.class, () -> store.paths(STEM_CELLS.id(), SEPSIS.id(), 5, 10));
  }

  @Test
  void neighborsListClaimLinksByBeliefThenCoMentionsAndFilter() {
    store.write(paper("doc-a").build());
    List<Neighbor> all =
        store.neighbors(new NeighborQuery(SEPSIS.id(), Optional.empty(), Optional.empty(), 50));
    assertEquals(4, all.size(), all.toString());
    assertTrue(all.get(0).predicate() != Predicate.CO_MENTIONED);
    assertTrue(all.get(0).belief() >= all.get(1).belief());
    Neighbor treats =
        all.stream().filter(n -> n.predicate() == Predicate.TREATS).findFirst().orElseThrow();
    assertEquals(STEM_CELLS.id(), treats.other().id());
    assertEquals(Neighbor.Direction.IN, treats.direction());
    assertEquals(1, treats.support());
    assertTrue(treats.belief() > 0);
    Neighbor co = all.get(all.size() - 1);
    assertEquals(Predicate.CO_MENTIONED, co.predicate());
    assertEquals(Neighbor.Direction.BOTH, co.direction());
    assertEquals(0.0, co.belief());

    List<Neighbor> genes =
        store.neighbors(
            new NeighborQuery(
                SEPSIS.id(),
                Optional.empty(),
                Optional.of(EntityCategory.GENE_OR_GENE_PRODUCT),
                50));
    assertEquals(2, genes.size(), genes.toString());
    assertTrue(genes.stream().allMatch(n -> n.other().id().equals(TNF.id())));

    List<Neighbor> decreases =
        store.neighbors(
            new NeighborQuery(
                STEM_CELLS.id(), Optional.of(Predicate.DECREASES), Optional.empty(), 5));
    assertEquals(1, decreases.size());
    assertEquals(Neighbor.Direction.OUT, decreases.get(0).direction());
    assertEquals(TNF.id(), decreases.get(0).other().id());

    assertEquals(
        List.of(),
        store.neighbors(
            new NeighborQuery(
                org.litgraph.graph.model.Curie.parse("MESH:D000000"),
                Optional.empty(),
                Optional.empty(),
                5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NeighborQuery(SEPSIS.id(), Optional.empty(), Optional.empty(), 0));
  }
}
