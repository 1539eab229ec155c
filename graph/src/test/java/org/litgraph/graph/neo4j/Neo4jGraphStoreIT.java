package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.SampleEntities.CYTOKINES;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;
import static org.litgraph.graph.fixtures.SampleEntities.TNF;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.store.CoMention;
import org.litgraph.graph.store.DocumentRef;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.EntityCard;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.graph.store.ResolvedMention;
import org.litgraph.graph.store.WriteOutcome;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The graph store against a real in-process Neo4j, reached only through the driver over Bolt as in
 * production. One server per class; every test starts from an empty graph.
 */
class Neo4jGraphStoreIT {
  @TempDir static Path storeDir;

  private static EmbeddedNeo4j neo4j;
  private static Neo4jGraphStore store;

  /** A second driver, used only to empty the graph between tests and to list the schema. */
  private static Driver admin;

  @BeforeAll
  static void startNeo4j() {
    neo4j = EmbeddedNeo4j.start(storeDir.resolve("neo4j"), 0, 64);
    store = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    store.applySchema();
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

  /** Three sentences: Sepsis alone; stem cells with sepsis; sepsis, stem cells and TNF. */
  private static DocumentBuilder stemCellTrial(String id) {
    return DocumentBuilder.document(id)
        .title("Stem cells in sepsis")
        .kind(DocumentKind.ABSTRACT)
        .sentence(
            "Sepsis remains a leading cause of death in intensive care.", named(SEPSIS, "Sepsis"))
        .sentence(
            "Mesenchymal stem cells improved survival in mice with sepsis.",
            named(STEM_CELLS, "Mesenchymal stem cells"),
            named(SEPSIS, "sepsis"))
        .sentence(
            "In sepsis, mesenchymal stem cells lowered TNF-alpha levels.",
            named(SEPSIS, "sepsis"),
            named(STEM_CELLS, "mesenchymal stem cells"),
            named(TNF, "TNF-alpha"));
  }

  /** The same document rewritten: TNF and the third sentence are gone. */
  private static AnnotatedDocument stemCellTrialRevised(String id) {
    return DocumentBuilder.document(id)
        .title("Stem cells in sepsis")
        .sentence("Sepsis remains a leading cause of death.", named(SEPSIS, "Sepsis"))
        .sentence(
            "Mesenchymal stem cells improved survival in mice with sepsis.",
            named(STEM_CELLS, "Mesenchymal stem cells"),
            named(SEPSIS, "sepsis"))
        .build();
  }

  @Test
  void applyingTheSchemaAgainKeepsTheSameConstraintsAndIndexes() {
    List<String> before = schema();

    store.applySchema();

    assertEquals(before, schema());
    assertTrue(
        before.containsAll(
            List.of(
                "document_id", "sentence_id", "entity_id", "entity_category", "sentence_document")),
        before.toString());
  }

  @Test
  void writingANewDocumentCreatesItsNodesAndLinks() {
    WriteOutcome outcome = store.write(stemCellTrial("doc-a").build());

    assertEquals(WriteOutcome.CREATED, outcome);
    // 1 document, 3 sentences, 3 entities; 3 IN_DOCUMENT, 6 MENTIONS, 3 CO_MENTIONED.
    assertEquals(new GraphCounts(1, 3, 3, 6, 3, 0, 7, 12), store.counts());
  }

  @Test
  void writingTheSameDocumentTwiceChangesNothing() {
    AnnotatedDocument doc = stemCellTrial("doc-a").build();
    store.write(doc);
    GraphCounts afterFirst = store.counts();
    EntityCard cardAfterFirst = store.entity(STEM_CELLS.id(), 10).orElseThrow();

    WriteOutcome outcome = store.write(doc);

    assertEquals(WriteOutcome.UNCHANGED, outcome);
    assertEquals(afterFirst, store.counts());
    assertEquals(cardAfterFirst, store.entity(STEM_CELLS.id(), 10).orElseThrow());
  }

  @Test
  void aChangedDocumentReplacesItsSentencesAndMentions() {
    store.write(stemCellTrial("doc-a").build());
    AnnotatedDocument revised = stemCellTrialRevised("doc-a");

    WriteOutcome outcome = store.write(revised);

    assertEquals(WriteOutcome.UPDATED, outcome);
    assertEquals(Optional.of(revised.document().contentHash()), store.contentHash("doc-a"));
    GraphCounts counts = store.counts();
    assertEquals(1, counts.documents());
    assertEquals(2, counts.sentences());
    assertEquals(3, counts.mentions());
    assertEquals(1, counts.coMentions());
    // No orphans: every node is the document, one of its sentences or an entity, and every
    // relationship is a sentence's IN_DOCUMENT, a mention or a co-mention.
    assertEquals(1 + 2 + counts.entities(), counts.nodes());
    assertEquals(2 + 3 + 1, counts.relationships());
    DocumentView view = store.document("doc-a").orElseThrow();
    assertEquals(revised.text(), view.text());
    assertEquals(revised.sentences(), view.sentences());
    assertEquals(
        revised.mentions(), view.mentions().stream().map(ResolvedMention::mention).toList());
  }

  @Test
  void aChangedDocumentRecomputesItsCoMentionCounts() {
    store.write(stemCellTrial("doc-a").build());

    store.write(stemCellTrialRevised("doc-a"));

    EntityCard stemCells = store.entity(STEM_CELLS.id(), 10).orElseThrow();
    assertEquals(List.of(new CoMention(EntityRef.of(SEPSIS), 1)), stemCells.coMentions());
    EntityCard tnf = store.entity(TNF.id(), 10).orElseThrow();
    assertEquals(0, tnf.mentionCount());
    assertEquals(0, tnf.documentCount());
    assertEquals(List.of(), tnf.coMentions());
    assertEquals(List.of(), tnf.documents());
  }

  @Test
  void rewritingOneDocumentKeepsTheCoMentionsThatAnotherDocumentMakes() {
    store.write(stemCellTrial("doc-a").build());
    store.write(
        DocumentBuilder.document("doc-b")
            .sentence(
                "TNF-alpha rose in patients with sepsis.",
                named(TNF, "TNF-alpha"),
                named(SEPSIS, "sepsis"))
            .build());

    store.write(stemCellTrialRevised("doc-a"));

    EntityCard tnf = store.entity(TNF.id(), 10).orElseThrow();
    assertEquals(List.of(new CoMention(EntityRef.of(SEPSIS), 1)), tnf.coMentions());
    assertEquals(List.of(new DocumentRef("doc-b", "Document doc-b", 1)), tnf.documents());
  }

  private static AnnotatedDocument cytokineStorm(String id) {
    return DocumentBuilder.document(id)
        .title("Cytokine storms")
        .sentence(
            "Cytokines surge early in sepsis, with TNF-alpha first.",
            named(CYTOKINES, "Cytokines"),
            named(SEPSIS, "sepsis"),
            named(TNF, "TNF-alpha"))
        .sentence(
            "Stem cells calm the cytokine storm of sepsis.",
            named(STEM_CELLS, "Stem cells"),
            named(SEPSIS, "sepsis"))
        .build();
  }

  /** What a reader sees: the counts and the card of every entity the test documents name. */
  private static List<Object> observable() {
    List<Object> seen = new ArrayList<>();
    seen.add(store.counts());
    for (Entity e : List.of(SEPSIS, STEM_CELLS, TNF, CYTOKINES)) {
      seen.add(store.entity(e.id(), 10));
    }
    return seen;
  }

  @Test
  void aBatchLeavesTheSameGraphAsWritingItsDocumentsOneByOne() {
    List<AnnotatedDocument> docs =
        List.of(
            stemCellTrial("doc-a").build(),
            stemCellTrial("doc-b").title("Second trial").build(),
            cytokineStorm("doc-c"));
    docs.forEach(store::write);
    List<Object> oneByOne = observable();
    emptyTheGraph();

    List<WriteOutcome> outcomes = store.writeAll(docs);

    assertEquals(
        List.of(WriteOutcome.CREATED, WriteOutcome.CREATED, WriteOutcome.CREATED), outcomes);
    assertEquals(oneByOne, observable());
    // co-mention counts added per batch, not recounted: stem cells and sepsis share 2 + 2 + 1
    assertEquals(
        new CoMention(EntityRef.of(STEM_CELLS), 5),
        store.entity(SEPSIS.id(), 10).orElseThrow().coMentions().get(0));
  }

  @Test
  void aBatchMixingANewVersionWithNewDocumentsCountsLikeOneByOne() {
    store.write(stemCellTrial("doc-a").build());
    store.write(stemCellTrialRevised("doc-a"));
    store.write(cytokineStorm("doc-c"));
    List<Object> oneByOne = observable();
    emptyTheGraph();
    store.write(stemCellTrial("doc-a").build());

    List<WriteOutcome> outcomes =
        store.writeAll(List.of(stemCellTrialRevised("doc-a"), cytokineStorm("doc-c")));

    assertEquals(List.of(WriteOutcome.UPDATED, WriteOutcome.CREATED), outcomes);
    assertEquals(oneByOne, observable());
  }

  @Test
  void aBatchSkipsTheDocumentsAlreadyStoredAsTheyAre() {
    store.write(stemCellTrial("doc-a").build());
    GraphCounts before = store.counts();

    List<WriteOutcome> outcomes =
        store.writeAll(List.of(stemCellTrial("doc-a").build(), cytokineStorm("doc-c")));

    assertEquals(List.of(WriteOutcome.UNCHANGED, WriteOutcome.CREATED), outcomes);
    assertEquals(before.documents() + 1, store.counts().documents());
    assertEquals(
        Map.of("doc-a", stemCellTrial("doc-a").build().document().contentHash()),
        store.contentHashes(List.of("doc-a", "doc-unknown")));
  }

  @Test
  void aBatchNamingADocumentTwiceIsRefusedAndWritesNothing() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> store.writeAll(List.of(cytokineStorm("doc-c"), cytokineStorm("doc-c"))));

    assertTrue(e.getMessage().contains("doc-c"), e.getMessage());
    assertEquals(0, store.counts().documents());
  }

  @Test
  void aDocumentReadsBackWithSentencesInOrderAndMentionsByOffset() {
    AnnotatedDocument written = stemCellTrial("doc-a").build();
    List<Mention> shuffled = written.mentions().reversed();
    store.write(
        new AnnotatedDocument(
            written.document(), written.text(), written.sentences(), written.entities(), shuffled));

    DocumentView view = store.document("doc-a").orElseThrow();

    assertEquals(written.document(), view.document());
    assertEquals(written.text(), view.text());
    assertEquals(written.sentences(), view.sentences());
    List<Mention> read = view.mentions().stream().map(ResolvedMention::mention).toList();
    assertEquals(written.mentions(), read);
    assertEquals(read.stream().sorted(Comparator.comparingInt(Mention::start)).toList(), read);
    assertEquals(EntityRef.of(TNF), view.mentions().getLast().entity());
  }

  @Test
  void aDocumentWithoutPublicationDateOrMentionsReadsBackAsWritten() {
    AnnotatedDocument written =
        DocumentBuilder.document("doc-plain")
            .kind(DocumentKind.NEWS)
            .published(Optional.empty())
            .sentence("Nothing of note happened.")
            .build();

    assertEquals(WriteOutcome.CREATED, store.write(written));

    DocumentView view = store.document("doc-plain").orElseThrow();
    assertEquals(written.document(), view.document());
    assertEquals(List.of(), view.mentions());
    assertEquals(new GraphCounts(1, 1, 0, 0, 0, 0, 2, 1), store.counts());
  }

  @Test
  void anEntityCardCountsMentionsAndDocumentsAndOrdersCoMentionsByCount() {
    store.write(stemCellTrial("doc-a").build());
    store.write(
        DocumentBuilder.document("doc-b")
            .title("Cytokine storms")
            .sentence(
                "Cytokines surge early in sepsis.",
                named(CYTOKINES, "Cytokines"),
                named(SEPSIS, "sepsis"))
            .build());

    EntityCard sepsis = store.entity(SEPSIS.id(), 10).orElseThrow();

    assertEquals(SEPSIS, sepsis.entity());
    assertEquals(4, sepsis.mentionCount());
    assertEquals(2, sepsis.documentCount());
    // Most sentences first; ties by id: MESH:D014409 (TNF) before MESH:D016207 (Cytokines).
    assertEquals(
        List.of(
            new CoMention(EntityRef.of(STEM_CELLS), 2),
            new CoMention(EntityRef.of(TNF), 1),
            new CoMention(EntityRef.of(CYTOKINES), 1)),
        sepsis.coMentions());
    assertEquals(
        List.of(
            new DocumentRef("doc-a", "Stem cells in sepsis", 3),
            new DocumentRef("doc-b", "Cytokine storms", 1)),
        sepsis.documents());
  }

  @Test
  void anEntityCardReturnsAtMostTheLimitOfCoMentionsAndDocuments() {
    store.write(stemCellTrial("doc-a").build());
    store.write(stemCellTrial("doc-b").title("Second trial").build());

    EntityCard sepsis = store.entity(SEPSIS.id(), 1).orElseThrow();

    assertEquals(List.of(new CoMention(EntityRef.of(STEM_CELLS), 4)), sepsis.coMentions());
    assertEquals(1, sepsis.documents().size());
    assertEquals(6, sepsis.mentionCount());
    assertEquals(2, sepsis.documentCount());
  }

  @Test
  void anEntityLimitOutsideItsRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> store.entity(SEPSIS.id(), 0));
    assertThrows(IllegalArgumentException.class, () -> store.entity(SEPSIS.id(), 1_001));
  }

  @Test
  void unknownIdsAreEmpty() {
    store.write(stemCellTrial("doc-a").build());

    assertEquals(Optional.empty(), store.document("doc-missing"));
    assertEquals(Optional.empty(), store.contentHash("doc-missing"));
    assertEquals(Optional.empty(), store.entity(Curie.parse("MESH:D000000"), 10));
  }

  @Test
  void twoDocumentsSharingAnEntityCreateItOnce() {
    store.write(stemCellTrial("doc-b").build());
    store.write(
        DocumentBuilder.document("doc-a")
            .sentence(
                "Cytokines surge early in sepsis.",
                named(CYTOKINES, "Cytokines"),
                named(SEPSIS, "sepsis"))
            .build());

    GraphCounts counts = store.counts();

    assertEquals(4, counts.entities());
    assertEquals(2, counts.documents());
    assertEquals(List.of("doc-a", "doc-b"), store.documentIds());
  }

  @Test
  void connectingWhereNothingListensFailsNamingTheUri() throws IOException {
    URI nowhere = URI.create("bolt://127.0.0.1:" + closedPort());

    GraphStoreException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    GraphStoreException.class,
                    () -> Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(nowhere))));

    assertTrue(e.getMessage().startsWith("cannot reach Neo4j at " + nowhere), e.getMessage());
  }

  /** A loopback port that was free a moment ago and that nothing listens on now. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }

  private static List<String> schema() {
    try (Session session = admin.session()) {
      List<String> names =
          session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString());
      List<String> indexes =
          session.run("SHOW INDEXES YIELD name").list(r -> r.get("name").asString());
      return Stream.concat(names.stream(), indexes.stream()).sorted().toList();
    }
  }
}
