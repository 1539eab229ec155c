package org.litgraph.graph.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.SampleEntities.CYTOKINES;
import static org.litgraph.graph.fixtures.SampleEntities.INFLUENZA;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;
import static org.litgraph.graph.fixtures.SampleEntities.TNF;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.store.DocumentHit;
import org.litgraph.graph.store.InvalidQueryException;
import org.litgraph.graph.store.SearchRequest;
import org.litgraph.graph.store.SearchResults;
import org.litgraph.graph.store.SentenceHit;

/** The search index on disk in a temporary directory, through its public interface only. */
class LuceneSearchIndexIT {
  private static final String SCRIPT_SENTENCE =
      "Scraped pages about sepsis may carry <script>alert(1)</script> & other markup.";

  /** Sepsis in every sentence; the last sentence carries markup that must come back escaped. */
  private static final AnnotatedDocument STEM_CELLS_IN_SEPSIS =
      DocumentBuilder.document("doc-sepsis")
          .title("Stem cells in sepsis")
          .kind(DocumentKind.ABSTRACT)
          .published(Optional.of(LocalDate.of(2024, 3, 1)))
          .sentence(
              "Sepsis remains a leading cause of death in intensive care.", named(SEPSIS, "Sepsis"))
          .sentence(
              "Mesenchymal stem cells lowered cytokines in mice with sepsis.",
              named(STEM_CELLS, "Mesenchymal stem cells"),
              named(CYTOKINES, "cytokines"),
              named(SEPSIS, "sepsis"))
          .sentence(SCRIPT_SENTENCE, named(SEPSIS, "sepsis"))
          .build();

  /** Says "Sepsis" once without a recognised mention, so text and entity queries differ. */
  private static final AnnotatedDocument EARLY_SIGNALS =
      DocumentBuilder.document("doc-signals")
          .title("Early inflammatory signals")
          .kind(DocumentKind.NEWS)
          .sentence(
              "Plasma cytokines such as TNF-alpha rise within hours of infection.",
              named(CYTOKINES, "cytokines"),
              named(TNF, "TNF-alpha"))
          .sentence("Sepsis was not the focus of this study.")
          .build();

  private static final AnnotatedDocument FLU_VACCINES =
      DocumentBuilder.document("doc-flu")
          .title("Seasonal vaccines")
          .sentence("Influenza vaccines are updated every season.", named(INFLUENZA, "Influenza"))
          .build();

  @TempDir Path dir;
  private LuceneSearchIndex index;

  @BeforeEach
  void openAndFill() {
    index = LuceneSearchIndex.open(dir);
    index.index(STEM_CELLS_IN_SEPSIS);
    index.index(EARLY_SIGNALS);
    index.index(FLU_VACCINES);
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aWordFindsTheDocumentsAndSentencesThatContainItWithTheWordMarked() {
    SearchResults results = search("sepsis");

    assertEquals(2, results.documentHits());
    assertEquals(4, results.sentenceHits());
    assertEquals(
        Set.of("doc-sepsis", "doc-signals"),
        Set.copyOf(results.documents().stream().map(DocumentHit::id).toList()));
    assertEquals(
        "<mark>Sepsis</mark> remains a leading cause of death in intensive care.",
        sentence(results, "doc-sepsis", 0).snippet());
    assertEquals(
        "<mark>Sepsis</mark> was not the focus of this study.",
        sentence(results, "doc-signals", 1).snippet());
    results.documents().forEach(d -> assertTrue(d.snippet().contains("<mark>"), d.snippet()));
    results.sentences().forEach(s -> assertSafeHtml(s.snippet()));
    results.documents().forEach(d -> assertSafeHtml(d.snippet()));
  }

  @Test
  void hitsCarryTheMetadataAndTheEntitiesMostMentionedFirst() {
    SearchResults results = search("mice");

    DocumentHit doc = results.documents().getFirst();
    assertEquals("doc-sepsis", doc.id());
    assertEquals("Stem cells in sepsis", doc.title());
    assertEquals(DocumentKind.ABSTRACT, doc.kind());
    assertEquals("demo:doc-sepsis", doc.source());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), doc.published());
    assertEquals(
        List.of(EntityRef.of(SEPSIS), EntityRef.of(STEM_CELLS), EntityRef.of(CYTOKINES)),
        doc.entities());
    SentenceHit sentence = results.sentences().getFirst();
    assertEquals("doc-sepsis", sentence.documentId());
    assertEquals("Stem cells in sepsis", sentence.documentTitle());
    assertEquals(1, sentence.index());
    assertEquals(
        Set.of(EntityRef.of(SEPSIS), EntityRef.of(STEM_CELLS), EntityRef.of(CYTOKINES)),
        Set.copyOf(sentence.entities()));
  }

  @Test
  void snippetsEscapeTheMarkupInTheText() {
    SearchResults results = search("markup");

    assertEquals(1, results.sentenceHits());
    String sentence = results.sentences().getFirst().snippet();
    assertTrue(sentence.contains("&lt;script&gt;alert(1)&lt;"), sentence);
    assertTrue(sentence.contains(" &amp; other <mark>markup</mark>."), sentence);
    assertSafeHtml(sentence);
    String document = results.documents().getFirst().snippet();
    assertTrue(document.contains("&lt;script&gt;"), document);
    assertSafeHtml(document);
  }

  @Test
  void theSingularFindsThePlural() {
    SearchResults results = search("cytokine");

    assertEquals(2, results.sentenceHits());
    results
        .sentences()
        .forEach(s -> assertTrue(s.snippet().contains("<mark>cytokines</mark>"), s.snippet()));
  }

  @Test
  void allWordsAreRequired() {
    SearchResults results = search("sepsis mice");

    assertEquals(1, results.documentHits());
    assertEquals(1, results.sentenceHits());
    assertEquals(1, results.sentences().getFirst().index());
  }

  @Test
  void anEntityIdFindsTheSentencesMentioningItWithTheMentionMarked() {
    SearchResults results = search("MESH:D018805");

    assertEquals(1, results.documentHits());
    assertEquals(3, results.sentenceHits());
    assertEquals("doc-sepsis", results.documents().getFirst().id());
    assertEquals(
        "Mesenchymal stem cells lowered cytokines in mice with <mark>sepsis</mark>.",
        sentence(results, "doc-sepsis", 1).snippet());
    assertEquals(
        "Scraped pages about <mark>sepsis</mark> may carry &lt;script&gt;alert(1)&lt;/script&gt;"
            + " &amp; other markup.",
        sentence(results, "doc-sepsis", 2).snippet());
    String lead = results.documents().getFirst().snippet();
    assertTrue(lead.startsWith("Sepsis remains a leading cause"), lead);
    assertSafeHtml(lead);
  }

  @Test
  void anEntityIdMarksOnlyThatEntitysMentions() {
    SearchResults results = search("MESH:D016207");

    assertEquals(2, results.sentenceHits());
    assertEquals(
        "Mesenchymal stem cells lowered <mark>cytokines</mark> in mice with sepsis.",
        sentence(results, "doc-sepsis", 1).snippet());
  }

  @Test
  void anEntityNobodyMentionsFindsNothing() {
    SearchResults results = search("MESH:D000000");

    assertEquals(0, results.documentHits());
    assertEquals(0, results.sentenceHits());
    assertEquals(List.of(), results.sentences());
  }

  @Test
  void theLimitCapsTheHitsButNotTheTotals() {
    SearchResults results = index.search(new SearchRequest("sepsis", 1));

    assertEquals(1, results.documents().size());
    assertEquals(1, results.sentences().size());
    assertEquals(2, results.documentHits());
    assertEquals(4, results.sentenceHits());
  }

  @Test
  void indexingTheSameDocumentAgainReplacesIt() {
    SearchResults before = search("sepsis");

    index.index(STEM_CELLS_IN_SEPSIS);
    index.commit();

    SearchResults after = search("sepsis");
    assertEquals(before.documentHits(), after.documentHits());
    assertEquals(before.sentenceHits(), after.sentenceHits());
    assertEquals(Set.of("doc-flu", "doc-sepsis", "doc-signals"), index.documentIds());
  }

  @Test
  void indexingAChangedDocumentDropsItsOldSentences() {
    AnnotatedDocument shorter =
        DocumentBuilder.document("doc-sepsis")
            .title("Stem cells in sepsis")
            .sentence("Sepsis remains a leading cause of death.", named(SEPSIS, "Sepsis"))
            .build();

    index.index(shorter);
    index.commit();

    assertEquals(0, search("markup").sentenceHits());
    assertEquals(1, search("MESH:D018805").sentenceHits());
    assertEquals(Optional.of(shorter.document().contentHash()), index.contentHash("doc-sepsis"));
    assertNotEquals(
        STEM_CELLS_IN_SEPSIS.document().contentHash(), shorter.document().contentHash());
    assertEquals(3, index.documentIds().size());
  }

  @Test
  void theContentHashIsTheOneTheDocumentWasIndexedWith() {
    assertEquals(
        Optional.of(STEM_CELLS_IN_SEPSIS.document().contentHash()),
        index.contentHash("doc-sepsis"));
    assertEquals(Optional.empty(), index.contentHash("doc-missing"));
  }

  @Test
  void documentsAreInvisibleUntilCommitted() {
    AnnotatedDocument late =
        DocumentBuilder.document("doc-late").sentence("Sepsis in late news.").build();

    index.index(late);

    assertFalse(index.documentIds().contains("doc-late"));
    assertEquals(Optional.empty(), index.contentHash("doc-late"));
    index.commit();
    assertTrue(index.documentIds().contains("doc-late"));
  }

  @Test
  void closingAndReopeningKeepsTheIndex() {
    SearchResults before = search("sepsis");
    index.close();

    index = LuceneSearchIndex.open(dir);

    assertEquals(Set.of("doc-flu", "doc-sepsis", "doc-signals"), index.documentIds());
    assertEquals(Optional.of(FLU_VACCINES.document().contentHash()), index.contentHash("doc-flu"));
    SearchResults after = search("sepsis");
    assertEquals(before.documentHits(), after.documentHits());
    assertEquals(before.sentenceHits(), after.sentenceHits());
  }

  @Test
  void openingAnIndexThatIsAlreadyOpenFailsNamingTheDirectory() {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> LuceneSearchIndex.open(dir));

    assertTrue(e.getMessage().startsWith("cannot open search index at " + dir), e.getMessage());
  }

  @Test
  void malformedSyntaxIsAnInvalidQuery() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search("sepsis AND"));

    assertTrue(e.getMessage().startsWith("cannot parse query 'sepsis AND': "), e.getMessage());
    assertThrows(InvalidQueryException.class, () -> search("*sis"));
  }

  private SearchResults search(String query) {
    return index.search(new SearchRequest(query, 10));
  }

  private static SentenceHit sentence(SearchResults results, String documentId, int index) {
    return results.sentences().stream()
        .filter(s -> s.documentId().equals(documentId) && s.index() == index)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no hit for " + documentId + "#" + index));
  }

  /** The only markup in a snippet is {@code <mark>}: nothing else may open or close a tag. */
  private static void assertSafeHtml(String snippet) {
    String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
    assertFalse(withoutMarks.contains("<"), snippet);
    assertFalse(withoutMarks.contains(">"), snippet);
  }
}
