package org.litgraph.graph.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;
import static org.litgraph.graph.fixtures.SampleEntities.TNF;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.fixtures.DocumentBuilder;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.store.EntitySuggestion;
import org.litgraph.graph.store.InvalidQueryException;
import org.litgraph.graph.store.SearchRequest;

/** Issue 6: the entity entries of the on-disk index, autocomplete, expansion and the analyzer. */
class EntitySearchIT {
  @TempDir Path dir;
  private LuceneSearchIndex index;

  private static AnnotatedDocument stromal(String id, String sentence) {
    return DocumentBuilder.document(id)
        .title("Cell therapy")
        .sentence(sentence, named(STEM_CELLS, "mesenchymal stromal cells"))
        .build();
  }

  @BeforeEach
  void open() {
    index = LuceneSearchIndex.open(dir);
    index.index(stromal("doc-msc", "Infusing mesenchymal stromal cells was safe."));
    index.index(
        DocumentBuilder.document("doc-tnf")
            .title("Cytokine storms")
            .sentence(
                "Levels of IL-6 and TNF-α rose in sepsis.",
                named(TNF, "TNF-α"),
                named(SEPSIS, "sepsis"))
            .sentence("Sepsis was fatal in two cases.", named(SEPSIS, "Sepsis"))
            .build());
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void anAbbreviationFindsDocumentsThatOnlySpellTheNameOut() {
    var r = index.search(new SearchRequest("MSC", 10));

    assertEquals(List.of("doc-msc"), r.documents().stream().map(d -> d.id()).toList());
    assertEquals(STEM_CELLS.id(), r.expansion().get(0).id());
    assertEquals(1, r.sentenceHits());
  }

  @Test
  void symbolVariantsFindEachOther() {
    for (String q : List.of("IL6", "IL-6", "\"IL 6\"", "TNFalpha", "\"TNF alpha\"", "tnf-α")) {
      assertEquals(1, index.search(new SearchRequest(q, 10)).documentHits(), q);
    }
  }

  @Test
  void autocompleteRanksByMentionsAndMatchesWordsInsideNames() {
    List<EntitySuggestion> s = index.suggest("se", 10);
    assertEquals(SEPSIS.id(), s.get(0).id());
    assertEquals(2, s.get(0).mentions());

    List<EntitySuggestion> stromal = index.suggest("stem", 10);
    assertEquals(STEM_CELLS.id(), stromal.get(0).id());
    assertEquals("Mesenchymal Stem Cells", stromal.get(0).name());
  }

  @Test
  void reindexingADocumentKeepsMentionCountsRight() {
    index.index(
        DocumentBuilder.document("doc-tnf")
            .title("Cytokine storms")
            .sentence("No entity here.")
            .build());
    index.commit();

    assertTrue(index.suggest("seps", 10).isEmpty(), "sepsis is no longer mentioned");
    assertEquals(1, index.suggest("mesen", 10).get(0).mentions());
  }

  @Test
  void anEmptyPrefixIsRefused() {
    assertThrows(InvalidQueryException.class, () -> index.suggest("  ", 10));
    assertThrows(InvalidQueryException.class, () -> index.suggest("-", 10));
  }
}
