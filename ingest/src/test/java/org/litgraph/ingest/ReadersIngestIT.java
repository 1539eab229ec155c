package org.litgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.lucene.LuceneSearchIndex;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.neo4j.EmbeddedNeo4j;
import org.litgraph.graph.neo4j.Neo4jConnection;
import org.litgraph.graph.neo4j.Neo4jGraphStore;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.EntityCard;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.Relation;
import org.litgraph.graph.store.ResolvedClaim;
import org.litgraph.ingest.DocumentResult.Outcome;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Issue 5's done-when check, end to end: the PMC, PubMed and ClinicalTrials.gov fixture directories
 * go through the real readers, CoreNLP, an embedded Neo4j over Bolt and a Lucene index on disk;
 * metadata, trial sponsor and condition claims and citations are read back; a second run is all
 * unchanged; a changed trial replaces its claims without orphans.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadersIngestIT {
  private static final String PUBMED = "https://pubmed.ncbi.nlm.nih.gov/29768149/";
  private static final String TRIAL = "https://clinicaltrials.gov/study/NCT02210780";
  private static final Curie TRIAL_ID = Curie.parse("clinicaltrials:NCT02210780");
  private static final Curie REGENERON = Curie.parse("LITGRAPH:org-regeneron-pharmaceuticals");
  private static final Curie SANOFI = Curie.parse("LITGRAPH:org-sanofi");
  private static final Curie ATOPIC_DERMATITIS = Curie.parse("MESH:D003876");

  @TempDir static Path dir;

  private static EmbeddedNeo4j neo4j;
  private static GraphStore graph;
  private static LuceneSearchIndex index;
  private static IngestPipeline pipeline;
  private static List<String> fixtureDirs;
  private static IngestReport first;

  @BeforeAll
  static void ingestTheFixtureDirectories() {
    neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0, 64);
    graph = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    graph.applySchema();
    index = LuceneSearchIndex.open(dir.resolve("index"));
    pipeline = new IngestPipeline(graph, index, IngestConfig.defaults());
    Path fixtures = SharedFixtures.root().resolve("fixtures");
    fixtureDirs =
        List.of(
            fixtures.resolve("pmc").toString(),
            fixtures.resolve("pubmed").toString(),
            fixtures.resolve("clinicaltrials").toString());
    first = pipeline.ingestArguments(fixtureDirs, IngestListener.SILENT);
  }

  @AfterAll
  static void stopStores() {
    if (index != null) {
      index.close();
    }
    if (graph != null) {
      graph.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  private static DocumentView view(String canonical) {
    return graph.document(DocumentIds.documentId(canonical)).orElseThrow();
  }

  private static Set<String> claims(DocumentView v) {
    return v.claims().stream()
        .map(ResolvedClaim::claim)
        .map(c -> c.subject() + " " + c.predicate().biolinkName() + " " + c.object())
        .collect(Collectors.toSet());
  }

  private static long count(String cypher) {
    return count(cypher, Map.of());
  }

  private static long count(String cypher, Map<String, Object> params) {
    try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        Session session = driver.session()) {
      return session.run(cypher, params).single().get(0).asLong();
    }
  }

  @Test
  @Order(1)
  void storesEveryDocumentOfTheThreeDirectoriesAndSkipsTheLicenceFiles() {
    assertEquals(List.of(), first.failures(), first.summary());
    assertEquals(2, first.count(Outcome.SKIPPED), first.summary());
    // 8 PMC articles, 1 PubMed abstract, 16 trial files holding 15 studies (two hold NCT02552212)
    assertEquals(24, first.count(Outcome.CREATED), first.summary());
    assertEquals(24, graph.documentIds().size());
  }

  @Test
  @Order(2)
  void pubMedRecordKeepsItsMetadata() {
    DocumentView v = view(PUBMED);
    assertEquals(DocumentKind.ABSTRACT, v.document().kind());
    assertEquals(Optional.of(LocalDate.of(2018, 5, 17)), v.document().published());
    DocumentMetadata m = v.document().metadata();
    assertEquals(Optional.of("The New England journal of medicine"), m.venue());
    assertEquals(Optional.of("29768149"), m.id("pmid"));
    assertEquals(Optional.of("10.1056/nejmoa1715274"), m.id("doi"));
    assertEquals("O'Byrne PM", m.authors().getFirst());
    assertTrue(m.keywords().contains("Asthma"));
    assertTrue(m.publicationTypes().contains("Randomized Controlled Trial"));
  }

  @Test
  @Order(2)
  void pmcArticleKeepsItsReferencesWithTheirIds() {
    DocumentView v = view("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3460867/");
    DocumentMetadata m = v.document().metadata();
    assertEquals(DocumentKind.ARTICLE, v.document().kind());
    assertEquals(58, m.citations().size());
    assertEquals(Optional.of("21127999"), m.citations().getFirst().id("pmid"));
    assertEquals(Optional.of("PMC3460867"), m.id("pmcid"));
  }

  @Test
  @Order(2)
  void trialIsLinkedToItsSponsorsConditionInterventionAndCountry() {
    DocumentView v = view(TRIAL);
    Set<String> claims = claims(v);
    assertTrue(claims.contains(TRIAL_ID + " sponsored_by " + REGENERON), claims.toString());
    assertTrue(claims.contains(TRIAL_ID + " sponsored_by " + SANOFI), claims.toString());
    assertTrue(claims.contains(TRIAL_ID + " studies " + ATOPIC_DERMATITIS), claims.toString());
    assertTrue(
        claims.contains(TRIAL_ID + " located_in LITGRAPH:place-united-states"), claims.toString());
    assertTrue(
        claims.stream().anyMatch(c -> c.startsWith(TRIAL_ID + " tests ")), claims.toString());
    ResolvedClaim sanofi =
        v.claims().stream().filter(c -> c.object().id().equals(SANOFI)).findFirst().orElseThrow();
    assertEquals(Map.of("role", "collaborator"), sanofi.claim().attributes());
    assertEquals("clinicaltrials-record@1", sanofi.claim().provenance().toString());
    assertTrue(sanofi.claim().sentence().isEmpty());

    EntityCard trial = graph.entity(TRIAL_ID, 50).orElseThrow();
    assertEquals("2", trial.entity().attributes().get("phase"));
    assertEquals("194", trial.entity().attributes().get("enrolment"));
    EntityCard sponsor = graph.entity(SANOFI, 50).orElseThrow();
    assertTrue(
        sponsor.relations().stream()
            .anyMatch(
                r ->
                    r.predicate() == Predicate.SPONSORED_BY
                        && !r.outgoing()
                        && r.other().id().equals(TRIAL_ID)),
        sponsor.relations().toString());
  }

  @Test
  @Order(3)
  void secondRunReportsEverythingUnchangedAndChangesNothing() {
    GraphCounts before = graph.counts();
    IngestReport second = pipeline.ingestArguments(fixtureDirs, IngestListener.SILENT);
    assertEquals(25, second.count(Outcome.UNCHANGED), second.summary());
    assertEquals(0, second.count(Outcome.CREATED) + second.count(Outcome.UPDATED));
    assertEquals(List.of(), second.failures());
    assertEquals(before, graph.counts());
  }

  @Test
  @Order(4)
  void citationLinksToACitedDocumentIngestedLater() throws Exception {
    Path citing = dir.resolve("citing.nxml");
    Files.writeString(
        citing,
        """
        <article article-type="research-article"><front><journal-meta><journal-title>J</journal-title>
        </journal-meta><article-meta><article-id pub-id-type="doi">10.1/citing</article-id>
        <title-group><article-title>Citing paper</article-title></title-group></article-meta></front>
        <body><p>Budesonide-formoterol helps in mild asthma [1].</p></body>
        <back><ref-list><ref id="r1"><label>1</label><element-citation><article-title>Inhaled</article-title>
        <source>N Engl J Med</source><pub-id pub-id-type="pmid">29768149</pub-id></element-citation>
        </ref><ref id="r2"><label>2</label><mixed-citation>An unindexed book.</mixed-citation></ref>
        </ref-list></back></article>
        """,
        StandardCharsets.UTF_8);
    IngestReport report =
        pipeline.ingestArguments(List.of(citing.toString()), IngestListener.SILENT);
    assertEquals(1, report.count(Outcome.CREATED), report.summary());
    DocumentView v = view("https://doi.org/10.1/citing");
    assertEquals(2, v.document().metadata().citations().size());
    assertEquals(Map.of(0, DocumentIds.documentId(PUBMED)), v.citedDocuments());
  }

  @Test
  @Order(5)
  void changedTrialReplacesItsClaimsWithoutOrphans() throws Exception {
    Path source = SharedFixtures.file("fixtures/clinicaltrials/json_v2/NCT02210780.json");
    String changed =
        Files.readString(source).replace("\"name\": \"Sanofi\"", "\"name\": \"Acme Biologics\"");
    assertFalse(changed.equals(Files.readString(source)));
    Path copy = dir.resolve("NCT02210780-changed.json");
    Files.writeString(copy, changed);

    IngestReport report = pipeline.ingestArguments(List.of(copy.toString()), IngestListener.SILENT);

    assertEquals(1, report.count(Outcome.UPDATED), report.summary());
    Set<String> claims = claims(view(TRIAL));
    assertTrue(
        claims.contains(TRIAL_ID + " sponsored_by LITGRAPH:org-acme-biologics"), claims.toString());
    assertFalse(claims.contains(TRIAL_ID + " sponsored_by " + SANOFI), claims.toString());
    List<Relation> sanofi = graph.entity(SANOFI, 50).orElseThrow().relations();
    assertEquals(List.of(), sanofi);
    assertEquals(
        0, count("MATCH (c:Claim) WHERE NOT (c)-[:STATED_IN]->(:Document) RETURN count(c)"));
    assertEquals(
        0, count("MATCH (c:Citation) WHERE NOT (:Document)-[:CITES]->(c) RETURN count(c)"));
    assertEquals(
        0, count("MATCH (s:Sentence) WHERE NOT (s)-[:IN_DOCUMENT]->(:Document) RETURN count(s)"));
    long trialClaims =
        count(
            "MATCH (c:Claim {documentId: $id}) RETURN count(c)",
            Map.of("id", DocumentIds.documentId(TRIAL)));
    assertEquals(view(TRIAL).claims().size(), trialClaims);
  }
}
