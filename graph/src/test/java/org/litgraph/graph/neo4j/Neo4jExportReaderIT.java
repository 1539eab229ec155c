package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.DocumentBuilder.negated;
import static org.litgraph.graph.fixtures.DocumentBuilder.plain;
import static org.litgraph.graph.fixtures.SampleEntities.CYTOKINES;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;
import static org.litgraph.graph.fixtures.SampleEntities.TNF;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.CoMentionLink;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.ExportedClaim;

/** Issue 9: export reads page through the whole graph, in id order, with filters. */
class Neo4jExportReaderIT {
  @TempDir static Path storeDir;
  private static EmbeddedNeo4j neo4j;
  private static Neo4jGraphStore store;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(storeDir.resolve("neo4j"), 0, 64);
    store = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    store.applySchema();
    for (int i = 0; i < 5; i++) {
      store.write(
          DocumentBuilder.document("doc-" + i)
              .source("https://pubmed.ncbi.nlm.nih.gov/" + (100 + i) + "/")
              .sentence(
                  "Mesenchymal stem cells lowered TNF-alpha and cytokines in mice.",
                  named(STEM_CELLS, "Mesenchymal stem cells"),
                  named(TNF, "TNF-alpha"),
                  named(CYTOKINES, "cytokines"))
              .sentence(
                  "Stem cells did not treat sepsis.",
                  named(STEM_CELLS, "Stem cells"),
                  named(SEPSIS, "sepsis"))
              .claim(STEM_CELLS, Predicate.DECREASES, TNF, 0, plain("animal study", "mice"))
              .claim(STEM_CELLS, Predicate.TREATS, SEPSIS, 1, negated("clinical trial"))
              .build());
    }
  }

  @AfterAll
  static void stop() {
    store.close();
    neo4j.close();
  }

  private static ExportFilter filter(
      Set<EntityCategory> categories, Set<Predicate> predicates, String prefix, int batch) {
    return new ExportFilter(categories, predicates, Optional.ofNullable(prefix), batch);
  }

  @Test
  void pagesThroughEveryEntityInIdOrder() {
    List<Entity> seen = new ArrayList<>();
    long n = store.export().entities(filter(Set.of(), Set.of(), null, 1), seen::add);
    assertEquals(4, n);
    assertEquals(
        List.of("MESH:D014409", "MESH:D016207", "MESH:D018805", "MESH:D059630"),
        seen.stream().map(e -> e.id().toString()).toList());
    Entity sepsis = seen.get(2);
    assertEquals(SEPSIS.synonyms(), sepsis.synonyms());
    assertEquals(SEPSIS.xrefs(), sepsis.xrefs());
  }

  @Test
  void keepsOnlyTheAskedCategories() {
    List<Entity> seen = new ArrayList<>();
    store.export().entities(filter(Set.of(EntityCategory.DISEASE), Set.of(), null, 2), seen::add);
    assertEquals(List.of(SEPSIS.id()), seen.stream().map(Entity::id).toList());
    List<ExportedClaim> claims = new ArrayList<>();
    store
        .export()
        .claims(
            filter(Set.of(EntityCategory.CELL, EntityCategory.DISEASE), Set.of(), null, 3),
            claims::add);
    assertEquals(5, claims.size());
    assertTrue(claims.stream().allMatch(c -> c.claim().predicate() == Predicate.TREATS));
  }

  @Test
  void claimsCarryTheirSentenceNegationAndBeliefAcrossPages() {
    List<ExportedClaim> claims = new ArrayList<>();
    long n = store.export().claims(filter(Set.of(), Set.of(), null, 3), claims::add);
    assertEquals(10, n);
    assertEquals(10, claims.stream().map(c -> c.claim().id()).distinct().count());
    ExportedClaim treats =
        claims.stream()
            .filter(c -> c.claim().predicate() == Predicate.TREATS)
            .findFirst()
            .orElseThrow();
    assertTrue(treats.claim().context().negated());
    assertEquals(Optional.of("Stem cells did not treat sepsis."), treats.sentence());
    assertTrue(treats.belief().isPresent());
    List<ExportedClaim> decreases = new ArrayList<>();
    store
        .export()
        .claims(filter(Set.of(), Set.of(Predicate.DECREASES), "doc-3", 2), decreases::add);
    assertEquals(1, decreases.size());
    assertEquals("doc-3", decreases.getFirst().claim().documentId());
  }

  @Test
  void coMentionLinksComeOnceWithTheirCounts() {
    List<CoMentionLink> links = new ArrayList<>();
    store.export().coMentions(filter(Set.of(), Set.of(), null, 1), links::add);
    assertEquals(4, links.size());
    CoMentionLink first = links.getFirst();
    assertTrue(first.a().compareTo(first.b()) < 0);
    assertEquals(5, first.sentences());
    assertEquals(5, first.documents());
    List<CoMentionLink> none = new ArrayList<>();
    store.export().coMentions(filter(Set.of(), Set.of(Predicate.TREATS), null, 1), none::add);
    assertTrue(none.isEmpty());
  }

  @Test
  void documentsComeWholeAndCanBeSelectedBySourcePrefix() {
    List<DocumentView> docs = new ArrayList<>();
    long n = store.export().documents(filter(Set.of(), Set.of(), null, 2), docs::add);
    assertEquals(5, n);
    DocumentView first = docs.getFirst();
    assertEquals("doc-0", first.document().id());
    assertEquals(2, first.sentences().size());
    assertEquals(5, first.mentions().size());
    assertEquals(2, first.claims().size());
    assertEquals(
        "TNF-alpha",
        first
            .text()
            .substring(
                first.mentions().get(1).mention().start(),
                first.mentions().get(1).mention().end()));
    List<DocumentView> one = new ArrayList<>();
    store
        .export()
        .documents(filter(Set.of(), Set.of(), "https://pubmed.ncbi.nlm.nih.gov/102/", 2), one::add);
    assertEquals(List.of("doc-2"), one.stream().map(d -> d.document().id()).toList());
  }
}
