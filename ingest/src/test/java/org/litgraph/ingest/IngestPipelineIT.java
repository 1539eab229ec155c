package org.litgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.lucene.LuceneSearchIndex;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Sentence;
import org.litgraph.graph.neo4j.EmbeddedNeo4j;
import org.litgraph.graph.neo4j.Neo4jConnection;
import org.litgraph.graph.neo4j.Neo4jGraphStore;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.EntityCard;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.ResolvedMention;
import org.litgraph.graph.store.SearchRequest;
import org.litgraph.graph.store.SearchResults;
import org.litgraph.ingest.DocumentResult.Outcome;
import org.litgraph.ingest.source.SourceDocument;

/**
 * The ingest facade end to end: real CoreNLP models, a real embedded Neo4j reached over Bolt by the
 * driver, and a real Lucene index on disk. The models load once for the class (one pipeline, built
 * in {@link #startStoresAndIngestTheArticle()}), together with the first ingestion of the shared
 * news article that most tests read back.
 */
class IngestPipelineIT {
  private static final Curie SEPSIS = Curie.parse("MESH:D018805");
  private static final Curie MSC = Curie.parse("MESH:D059630");
  private static final Curie CYTOKINES = Curie.parse("MESH:D016207");

  @TempDir static Path dir;

  private static EmbeddedNeo4j neo4j;
  private static GraphStore graph;
  private static LuceneSearchIndex index;
  private static IngestPipeline pipeline;
  private static Path article;
  private static IngestReport firstReport;
  private static final List<String> events = new ArrayList<>();

  @BeforeAll
  static void startStoresAndIngestTheArticle() {
    neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0, 64);
    graph = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    graph.applySchema();
    index = LuceneSearchIndex.open(dir.resolve("index"));
    pipeline = new IngestPipeline(graph, index, IngestConfig.defaults());
    article = SharedFixtures.file("fixtures/news/000_4e386e49d09706d8.txt");
    firstReport = pipeline.ingestArguments(List.of(article.toString()), recordingListener());
  }

  private static IngestListener recordingListener() {
    return new IngestListener() {
      @Override
      public void started(int total) {
        events.add("started " + total);
      }

      @Override
      public void loadingModels() {
        events.add("loading models");
      }

      @Override
      public void documentDone(int done, int total, DocumentResult result) {
        events.add("done " + done + "/" + total + " " + result.outcome());
      }
    };
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

  private static String articleId() {
    return firstReport.results().getFirst().documentId().orElseThrow();
  }

  private static IngestReport ingest(Path... paths) {
    List<String> arguments = new ArrayList<>();
    for (Path p : paths) {
      arguments.add(p.toString());
    }
    return pipeline.ingestArguments(arguments, IngestListener.SILENT);
  }

  private static Map<Curie, List<String>> mentionTextsByEntity(DocumentView view) {
    return view.mentions().stream()
        .collect(
            Collectors.groupingBy(
                m -> m.entity().id(),
                TreeMap::new,
                Collectors.mapping(m -> m.mention().text(), Collectors.toList())));
  }

  private static List<String> documentIdsFound(String query) {
    SearchResults results = index.search(new SearchRequest(query, 50));
    return results.documents().stream().map(d -> d.id()).toList();
  }

  @Test
  void articleIsCreatedWithSentencesTokensAndMentions() {
    assertEquals(1, firstReport.results().size(), firstReport.summary());
    assertEquals(1, firstReport.count(Outcome.CREATED), firstReport.summary());
    assertEquals(List.of(), firstReport.failures());
    DocumentResult result = firstReport.results().getFirst();
    assertEquals(article.toUri().toString(), result.source());
    assertTrue(result.sentences() > 10, "sentences: " + result.sentences());
    assertTrue(result.tokens() > 500, "tokens: " + result.tokens());
    assertTrue(result.mentions() > 20, "mentions: " + result.mentions());
    assertTrue(firstReport.times().modelLoad().toNanos() > 0, "the models loaded in this run");
  }

  @Test
  void listenerHearsTheStartOneModelLoadAndTheDocument() {
    assertEquals(List.of("started 1", "loading models", "done 1/1 CREATED"), events);
  }

  @Test
  void graphHoldsTheArticleWithItsMetadataSentencesAndMentions() throws IOException {
    DocumentView view = graph.document(articleId()).orElseThrow();
    assertEquals(article.toUri().toString(), view.document().source());
    assertEquals(DocumentKind.TEXT, view.document().kind());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), view.document().published());
    String title = view.document().title();
    assertTrue(title.contains("sepsis") && !title.startsWith("April"), "title: " + title);
    assertEquals(Files.readString(article, StandardCharsets.UTF_8).strip(), view.text());
    assertEquals(firstReport.results().getFirst().sentences(), view.sentences().size());
    assertEquals(firstReport.results().getFirst().mentions(), view.mentions().size());
    for (Sentence s : view.sentences()) {
      assertEquals(view.text().substring(s.start(), s.end()), s.text());
    }
    for (ResolvedMention rm : view.mentions()) {
      Mention m = rm.mention();
      Sentence s = view.sentences().get(m.sentenceIndex());
      assertEquals(view.text().substring(m.start(), m.end()), m.text());
      assertTrue(s.start() <= m.start() && m.end() <= s.end(), "mention outside sentence: " + m);
    }
  }

  @Test
  void articleMentionsSepsisMesenchymalStemCellsAndCytokines() {
    Map<Curie, List<String>> mentions =
        mentionTextsByEntity(graph.document(articleId()).orElseThrow());
    assertTrue(mentions.containsKey(SEPSIS), "entities: " + mentions.keySet());
    assertTrue(
        mentions.getOrDefault(MSC, List.of()).size() >= 10, "MSC mentions: " + mentions.get(MSC));
    assertTrue(
        mentions.get(MSC).stream()
            .allMatch(t -> t.toLowerCase(Locale.ROOT).contains("mesenchymal stem cell")),
        "MSC mentions: " + mentions.get(MSC));
    assertEquals(List.of("cytokines"), mentions.get(CYTOKINES));
    // longest match: "septic shock" is its own concept, not a second mention of sepsis or shock
    assertTrue(mentions.containsKey(Curie.parse("MESH:D012772")), "entities: " + mentions.keySet());
    assertFalse(
        mentions.containsKey(Curie.parse("MESH:D012769")), "entities: " + mentions.keySet());
  }

  @Test
  void entityCardsCountTheArticleMentions() {
    EntityCard msc = graph.entity(MSC, 10).orElseThrow();
    assertEquals("Mesenchymal Stem Cells", msc.entity().name());
    assertEquals(EntityCategory.CELL, msc.entity().category());
    assertTrue(msc.entity().synonyms().contains("MSCs"), "synonyms: " + msc.entity().synonyms());
    assertTrue(msc.mentionCount() >= 10, "mentions: " + msc.mentionCount());
    assertTrue(
        msc.documents().stream().anyMatch(d -> d.id().equals(articleId())),
        "documents: " + msc.documents());
    assertTrue(
        msc.coMentions().stream().anyMatch(c -> c.entity().id().equals(SEPSIS)),
        "co-mentions: " + msc.coMentions());

    EntityCard sepsis = graph.entity(SEPSIS, 10).orElseThrow();
    assertEquals(EntityCategory.DISEASE, sepsis.entity().category());
    assertTrue(sepsis.mentionCount() >= 5, "mentions: " + sepsis.mentionCount());

    EntityCard cytokines = graph.entity(CYTOKINES, 10).orElseThrow();
    assertEquals("Cytokines", cytokines.entity().name());
    assertEquals(EntityCategory.GENE_OR_GENE_PRODUCT, cytokines.entity().category());
  }

  @Test
  void generalNerAddsPlacesTheDictionaryDoesNotKnow() {
    Map<Curie, List<String>> mentions =
        mentionTextsByEntity(graph.document(articleId()).orElseThrow());
    assertEquals(
        List.of("Belgium"),
        mentions.get(Curie.parse("LITGRAPH:place-belgium")),
        "entities: " + mentions.keySet());
  }

  @Test
  void sepcellIsAClinicalTrialWithItsEnrolmentRegionConditionAndSponsor() {
    EntityCard trial = graph.entity(Curie.parse("LITGRAPH:trial-sepcell"), 10).orElseThrow();
    assertEquals(EntityCategory.CLINICAL_TRIAL, trial.entity().category());
    assertEquals("SEPCELL", trial.entity().name());
    Map<String, String> a = trial.entity().attributes();
    assertEquals("180", a.get("enrolment"), "attributes: " + a);
    assertEquals("Europe", a.get("region"), "attributes: " + a);
    assertEquals("recruiting", a.get("status"), "attributes: " + a);
    assertTrue(a.get("condition").contains("Sepsis"), "attributes: " + a);
    assertTrue(a.get("condition").contains("Pneumonia"), "attributes: " + a);
    assertTrue(a.get("intervention").contains("Mesenchymal Stem Cells"), "attributes: " + a);
    assertEquals("TiGenix", a.get("sponsor"), "attributes: " + a);
    assertTrue(trial.mentionCount() >= 3, "mentions: " + trial.mentionCount());
  }

  @Test
  void tigenixIsAnOrganizationBasedInBelgium() {
    EntityCard org = graph.entity(Curie.parse("LITGRAPH:org-tigenix"), 10).orElseThrow();
    assertEquals(EntityCategory.ORGANIZATION, org.entity().category());
    assertEquals("Belgium", org.entity().attributes().get("country"));
    EntityCard who = graph.entity(Curie.parse("MESH:D014944"), 10).orElseThrow();
    assertEquals(EntityCategory.ORGANIZATION, who.entity().category());
  }

  @Test
  void searchFindsTheArticleByWordAndByEntityId() {
    assertTrue(documentIdsFound("sepsis").contains(articleId()));
    SearchResults byEntity = index.search(new SearchRequest(MSC.toString(), 50));
    assertTrue(
        byEntity.documents().stream().anyMatch(d -> d.id().equals(articleId())),
        "documents: " + byEntity.documents());
    assertTrue(byEntity.sentenceHits() >= 5, "sentence hits: " + byEntity.sentenceHits());
    assertTrue(
        byEntity.sentences().stream()
            .filter(s -> s.documentId().equals(articleId()))
            .allMatch(s -> s.entities().stream().anyMatch(e -> e.id().equals(MSC))),
        "every sentence found by the id names the entity");
  }

  @Test
  void reingestingTheArticleIsUnchangedAndLeavesBothStoresAsTheyWere() {
    GraphCounts before = graph.counts();
    Set<String> indexedBefore = index.documentIds();
    IngestReport again = ingest(article);
    assertEquals(1, again.count(Outcome.UNCHANGED), again.summary());
    assertEquals(Optional.of(articleId()), again.results().getFirst().documentId());
    assertEquals(0, again.tokens(), "no NLP for an unchanged document");
    assertEquals(before, graph.counts());
    assertEquals(indexedBefore, index.documentIds());
  }

  @Test
  void aLongRunGoesThroughSeveralBatchesInInputOrderAndARepeatedDocumentIsUnchanged()
      throws Exception {
    // 20 documents: more than one batch of the store thread; the fourth comes again at the end
    List<SourceDocument> sources = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String text =
          "title: Ward report "
              + i
              + "\n---\nPatient "
              + i
              + " in ward "
              + (i * 7)
              + " developed sepsis; MSCs lowered the level of cytokines.\n";
      sources.addAll(pipeline.readText("ward-" + i + ".txt", text));
    }
    sources.add(sources.get(3));
    GraphCounts before = graph.counts();
    List<String> progress = new ArrayList<>();

    IngestReport report =
        pipeline.ingestDocuments(
            sources,
            new IngestListener() {
              @Override
              public void documentDone(int done, int total, DocumentResult result) {
                progress.add(done + "/" + total + " " + result.source());
              }
            });

    assertEquals(21, report.results().size(), report.summary());
    for (int i = 0; i < 21; i++) {
      assertEquals(sources.get(i).source(), report.results().get(i).source());
      assertEquals((i + 1) + "/21 " + sources.get(i).source(), progress.get(i));
    }
    assertEquals(20, report.count(Outcome.CREATED), report.summary());
    assertEquals(Outcome.UNCHANGED, report.results().get(20).outcome(), report.summary());
    assertEquals(before.documents() + 20, graph.counts().documents());
    for (DocumentResult r : report.results()) {
      String id = r.documentId().orElseThrow();
      assertTrue(index.contentHash(id).isPresent(), "indexed: " + id);
    }
  }

  @Test
  void directoryWithGoodAndBadFilesCreatesTheGoodOnesAndReportsTheBadOnes() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("good.txt"),
        """
        title: Donor cells for septic patients
        published: 2025-02-03
        ---
        Clinicians in Leuven gave MSCs to patients with sepsis. \
        The cells lowered the level of several cytokines.
        """);
    Files.writeString(
        corpus.resolve("page.html"),
        """
        <!DOCTYPE html><html><head><title>Ward news</title>
        <script>var counter = "tracking code";</script></head>
        <body><nav><a href="/">Ward home page</a></nav>
        <article><h1>Ward news</h1><p>Nurses screened every admission for sepsis.</p></article>
        <footer>Contact the ward office</footer></body></html>
        """);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    GraphCounts before = graph.counts();
    Set<String> indexedBefore = index.documentIds();

    IngestReport report = ingest(corpus);

    assertEquals(4, report.results().size(), report.summary());
    assertEquals(2, report.count(Outcome.CREATED), report.summary());
    assertEquals(2, report.count(Outcome.FAILED), report.summary());
    Map<String, String> reasons =
        report.failures().stream()
            .collect(
                Collectors.toMap(
                    r -> Path.of(java.net.URI.create(r.source())).getFileName().toString(),
                    r -> r.reason().orElseThrow()));
    assertEquals(Set.of("empty.txt", "scan.png"), reasons.keySet());
    assertTrue(reasons.get("empty.txt").contains("empty"), reasons.get("empty.txt"));
    assertTrue(reasons.get("scan.png").contains("binary"), reasons.get("scan.png"));

    Map<String, String> created =
        report.results().stream()
            .filter(r -> r.outcome() == Outcome.CREATED)
            .collect(
                Collectors.toMap(
                    r -> Path.of(java.net.URI.create(r.source())).getFileName().toString(),
                    r -> r.documentId().orElseThrow()));
    assertEquals(Set.of("good.txt", "page.html"), created.keySet());

    GraphCounts after = graph.counts();
    assertEquals(before.documents() + 2, after.documents());
    assertEquals(before.sentences() + report.sentences(), after.sentences());
    assertEquals(before.mentions() + report.mentions(), after.mentions());
    Set<String> indexedNow = new HashSet<>(index.documentIds());
    indexedNow.removeAll(indexedBefore);
    assertEquals(new HashSet<>(created.values()), indexedNow);

    DocumentView good = graph.document(created.get("good.txt")).orElseThrow();
    assertEquals("Donor cells for septic patients", good.document().title());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), good.document().published());
    Map<Curie, List<String>> goodMentions = mentionTextsByEntity(good);
    assertEquals(List.of("MSCs"), goodMentions.get(MSC), "entities: " + goodMentions.keySet());
    assertEquals(List.of("septic", "sepsis"), goodMentions.get(SEPSIS));
    assertEquals(List.of("cytokines"), goodMentions.get(CYTOKINES));

    DocumentView page = graph.document(created.get("page.html")).orElseThrow();
    assertEquals(DocumentKind.WEB_PAGE, page.document().kind());
    assertEquals("Ward news", page.document().title());
    assertEquals("Ward news\n\nNurses screened every admission for sepsis.", page.text());
    assertTrue(documentIdsFound("admission").contains(created.get("page.html")));
    assertFalse(documentIdsFound("tracking").contains(created.get("page.html")));
  }

  @Test
  void missingArgumentIsReportedByNameAndTheRunGoesOn() {
    String missing = dir.resolve("no-such-file.txt").toString();
    GraphCounts before = graph.counts();
    IngestReport report =
        pipeline.ingestArguments(List.of(missing, article.toString()), IngestListener.SILENT);
    assertEquals(2, report.results().size(), report.summary());
    DocumentResult failed = report.results().getFirst();
    assertEquals(Outcome.FAILED, failed.outcome());
    assertEquals(missing, failed.source());
    assertEquals(Optional.of("no such file or directory"), failed.reason());
    assertTrue(report.summary().contains("failed: " + missing + ": no such file or directory"));
    assertEquals(Outcome.UNCHANGED, report.results().get(1).outcome());
    assertEquals(before, graph.counts());
  }

  @Test
  void changedFileIsUpdatedInPlaceAndItsOldMentionsAreGone() throws IOException {
    Path note = Files.createDirectories(dir.resolve("notes")).resolve("note.txt");
    Files.writeString(note, "title: Ward note\n---\nThe patient developed sepsis overnight.\n");
    DocumentResult created = ingest(note).results().getFirst();
    assertEquals(Outcome.CREATED, created.outcome());
    GraphCounts before = graph.counts();

    Files.writeString(note, "title: Ward note\n---\nThe patient developed pneumonia overnight.\n");
    DocumentResult updated = ingest(note).results().getFirst();

    assertEquals(Outcome.UPDATED, updated.outcome());
    assertEquals(created.documentId(), updated.documentId());
    assertEquals(before.documents(), graph.counts().documents());
    Map<Curie, List<String>> mentions =
        mentionTextsByEntity(graph.document(updated.documentId().orElseThrow()).orElseThrow());
    assertEquals(Set.of(Curie.parse("MESH:D011014")), mentions.keySet());
    assertFalse(documentIdsFound("overnight AND sepsis").contains(updated.documentId().get()));
    assertTrue(documentIdsFound("overnight AND pneumonia").contains(updated.documentId().get()));
  }

  @Test
  void blankFrontMatterTitleFallsBackToTheLeadingWordsInsteadOfStoppingTheRun() throws IOException {
    // regression: a blank "title:" made an invalid Document and the exception ended the whole run
    Path note = Files.createDirectories(dir.resolve("untitled")).resolve("untitled.txt");
    Files.writeString(note, "title:\n---\nNurses logged every fever on the ward.\n");
    DocumentResult result = ingest(note).results().getFirst();
    assertEquals(Outcome.CREATED, result.outcome(), result.reason().orElse(""));
    assertEquals(
        "Nurses logged every fever on the ward.",
        graph.document(result.documentId().orElseThrow()).orElseThrow().document().title());
  }
}
