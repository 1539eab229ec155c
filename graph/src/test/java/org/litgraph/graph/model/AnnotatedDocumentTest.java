package org.litgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.litgraph.graph.fixtures.DocumentBuilder.EXTRACTOR;
import static org.litgraph.graph.fixtures.DocumentBuilder.named;
import static org.litgraph.graph.fixtures.SampleEntities.SEPSIS;
import static org.litgraph.graph.fixtures.SampleEntities.STEM_CELLS;
import static org.litgraph.graph.fixtures.SampleEntities.TNF;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.fixtures.DocumentBuilder;

class AnnotatedDocumentTest {
  private static final String ID = "doc-1";

  /** "Sepsis kills. Stem cells help." with its two sentences. */
  private static final String TEXT = "Sepsis kills. Stem cells help.";

  private static final Document DOCUMENT =
      DocumentBuilder.document(ID).sentence(TEXT).build().document();
  private static final List<Sentence> SENTENCES =
      List.of(
          new Sentence(ID, 0, 0, 13, "Sepsis kills."),
          new Sentence(ID, 1, 14, 30, "Stem cells help."));
  private static final Mention SEPSIS_MENTION =
      new Mention(SEPSIS.id(), ID, 0, 0, 6, "Sepsis", EXTRACTOR);
  private static final Mention STEM_CELLS_MENTION =
      new Mention(STEM_CELLS.id(), ID, 1, 14, 24, "Stem cells", EXTRACTOR);

  @Test
  void aConsistentDocumentIsAccepted() {
    AnnotatedDocument doc =
        new AnnotatedDocument(
            DOCUMENT,
            TEXT,
            SENTENCES,
            List.of(SEPSIS, STEM_CELLS),
            List.of(SEPSIS_MENTION, STEM_CELLS_MENTION));

    assertEquals(List.of(SEPSIS_MENTION), doc.mentionsIn(0));
    assertEquals(List.of(STEM_CELLS_MENTION), doc.mentionsIn(1));
    assertEquals(List.of(), doc.mentionsIn(2));
  }

  @Test
  void aMentionOfAnUnlistedEntityIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AnnotatedDocument(
                    DOCUMENT,
                    TEXT,
                    SENTENCES,
                    List.of(SEPSIS),
                    List.of(SEPSIS_MENTION, STEM_CELLS_MENTION)));

    assertEquals("mention of unlisted entity MESH:D059630", e.getMessage());
  }

  @Test
  void aMentionEndingAfterTheTextIsRefused() {
    Mention tooLong = new Mention(STEM_CELLS.id(), ID, 1, 14, 31, "Stem cells help.?", EXTRACTOR);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AnnotatedDocument(
                    DOCUMENT, TEXT, SENTENCES, List.of(STEM_CELLS), List.of(tooLong)));

    assertEquals("mention [14,31) outside doc-1", e.getMessage());
  }

  @Test
  void aMentionInASentenceTheDocumentDoesNotHaveIsRefused() {
    Mention nowhere = new Mention(SEPSIS.id(), ID, 2, 0, 6, "Sepsis", EXTRACTOR);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AnnotatedDocument(
                    DOCUMENT, TEXT, SENTENCES, List.of(SEPSIS), List.of(nowhere)));

    assertEquals("mention [0,6) outside doc-1", e.getMessage());
  }

  @Test
  void aMentionOfAnotherDocumentIsRefused() {
    Mention foreign = new Mention(SEPSIS.id(), "doc-2", 0, 0, 6, "Sepsis", EXTRACTOR);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AnnotatedDocument(
                    DOCUMENT, TEXT, SENTENCES, List.of(SEPSIS), List.of(foreign)));

    assertEquals("mention [0,6) belongs to doc-2, not doc-1", e.getMessage());
  }

  @Test
  void anEntityListedTwiceIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AnnotatedDocument(
                    DOCUMENT, TEXT, SENTENCES, List.of(SEPSIS, TNF, SEPSIS), List.of()));

    assertEquals("entity listed twice: MESH:D018805", e.getMessage());
  }

  @Test
  void sentencesOutOfOrderAreRefused() {
    List<Sentence> swapped = List.of(SENTENCES.get(1), SENTENCES.get(0));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AnnotatedDocument(DOCUMENT, TEXT, swapped, List.of(), List.of()));

    assertEquals("sentence 0 does not fit doc-1", e.getMessage());
  }

  @Test
  void aSentenceOfAnotherDocumentIsRefused() {
    List<Sentence> foreign =
        List.of(SENTENCES.get(0), new Sentence("doc-2", 1, 14, 30, "Stem cells help."));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AnnotatedDocument(DOCUMENT, TEXT, foreign, List.of(), List.of()));

    assertEquals("sentence 1 does not fit doc-1", e.getMessage());
  }

  @Test
  void aSentenceEndingAfterTheTextIsRefused() {
    List<Sentence> tooLong = List.of(new Sentence(ID, 0, 0, 31, TEXT + "!"));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AnnotatedDocument(DOCUMENT, TEXT, tooLong, List.of(), List.of()));

    assertEquals("sentence 0 does not fit doc-1", e.getMessage());
  }

  @Test
  void theListsAreCopiedAndCannotBeChanged() {
    List<Mention> mentions = new ArrayList<>(List.of(SEPSIS_MENTION));
    AnnotatedDocument doc =
        new AnnotatedDocument(DOCUMENT, TEXT, SENTENCES, List.of(SEPSIS), mentions);

    mentions.clear();

    assertEquals(List.of(SEPSIS_MENTION), doc.mentions());
    assertThrows(UnsupportedOperationException.class, () -> doc.mentions().clear());
    assertThrows(UnsupportedOperationException.class, () -> doc.sentences().clear());
  }

  @Test
  void mentionOffsetsMustSpanAtLeastOneCharacter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Mention(SEPSIS.id(), ID, 0, 6, 6, "", EXTRACTOR));

    assertEquals("bad mention offsets [6,6)", e.getMessage());
  }

  @Test
  void aNegativeSentenceIndexIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Sentence(ID, -1, 0, 6, "Sepsis"));

    assertEquals("sentence index must be >= 0, was -1", e.getMessage());
  }

  @Test
  void aBlankDocumentTitleIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Document(ID, "demo:x", " ", DOCUMENT.published(), DocumentKind.NEWS, "hash"));

    assertEquals("title must not be blank", e.getMessage());
  }

  @Test
  void theBuilderComputesOffsetsThatMatchTheText() {
    AnnotatedDocument doc =
        DocumentBuilder.document(ID)
            .sentence("Sepsis kills.", named(SEPSIS, "Sepsis"))
            .sentence(
                "Stem cells help in sepsis.",
                named(STEM_CELLS, "Stem cells"),
                named(SEPSIS, "sepsis"))
            .build();

    for (Mention m : doc.mentions()) {
      assertEquals(m.text(), doc.text().substring(m.start(), m.end()));
    }
    for (Sentence s : doc.sentences()) {
      assertEquals(s.text(), doc.text().substring(s.start(), s.end()));
    }
    assertEquals(List.of(SEPSIS, STEM_CELLS), doc.entities());
  }
}
