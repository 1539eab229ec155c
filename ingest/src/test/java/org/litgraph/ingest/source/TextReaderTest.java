package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;

class TextReaderTest {
  private final TextReader reader = new TextReader();

  @Test
  void frontMatterSuppliesTitleDateAndKindAndStaysOutOfTheText() throws SourceException {
    SourceDocument doc =
        reader.read(
            "demo:trial-note",
            """
            title: A cell therapy trial for sepsis
            published: 2024-04-20
            kind: news
            source-note: ignored
            ---
            Doctors in Ghent began a small trial.
            """);
    assertEquals("demo:trial-note", doc.source());
    assertEquals(Optional.of("A cell therapy trial for sepsis"), doc.title());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), doc.published());
    assertEquals(DocumentKind.NEWS, doc.kind());
    assertEquals("Doctors in Ghent began a small trial.", doc.text());
  }

  @Test
  void windowsLineEndingsAreAcceptedInFrontMatter() throws SourceException {
    SourceDocument doc = reader.read("demo:crlf", "title: Windows\r\n---\r\nBody text.\r\n");
    assertEquals(Optional.of("Windows"), doc.title());
    assertEquals("Body text.", doc.text());
  }

  @Test
  void frontMatterWithoutClosingLineIsRejected() {
    SourceException e =
        assertThrows(
            SourceException.class,
            () -> reader.read("demo:open", "title: Never closed\nThe body starts here.\n"));
    assertEquals("demo:open", e.source());
    assertTrue(e.reason().contains("'---'"), e.reason());
  }

  @Test
  void frontMatterLineWithoutColonIsRejectedQuotingIt() {
    SourceException e =
        assertThrows(
            SourceException.class,
            () -> reader.read("demo:bad", "title: Fine\njust words\n---\nBody.\n"));
    assertTrue(e.reason().contains("just words"), e.reason());
  }

  @Test
  void badFrontMatterDateIsRejectedNamingTheKey() {
    SourceException e =
        assertThrows(
            SourceException.class,
            () -> reader.read("demo:date", "published: 20/04/2024\n---\nBody.\n"));
    assertTrue(e.reason().contains("'published'"), e.reason());
    assertTrue(e.reason().contains("20/04/2024"), e.reason());
  }

  @Test
  void unknownKindIsRejectedNamingTheKey() {
    SourceException e =
        assertThrows(
            SourceException.class, () -> reader.read("demo:kind", "kind: poem\n---\nBody.\n"));
    assertTrue(e.reason().contains("'kind'"), e.reason());
  }

  @Test
  void frontMatterWithoutBodyIsRejected() {
    SourceException e =
        assertThrows(
            SourceException.class, () -> reader.read("demo:nobody", "title: Only\n---\n  \n"));
    assertTrue(e.reason().contains("no text"), e.reason());
  }

  @Test
  void blankFrontMatterTitleCountsAsNoTitle() throws SourceException {
    // a blank title would make an invalid Document and stop the whole ingestion run
    SourceDocument doc = reader.read("demo:blank-title", "title:   \n---\nBody text.\n");
    assertEquals(Optional.empty(), doc.title());
  }

  @Test
  void leadingDateLineBecomesThePublicationDateAndNotTheTitle() throws SourceException {
    SourceDocument doc =
        reader.read(
            "demo:pasted",
            """
            April 20, 2024

            Health Daily

            Stem cells tested against severe sepsis

            A team in Belgium has started to treat patients with donor cells. \
            The first results are expected next year.
            """);
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), doc.published());
    assertEquals(Optional.of("Stem cells tested against severe sepsis"), doc.title());
    assertEquals(DocumentKind.TEXT, doc.kind());
    assertTrue(doc.text().startsWith("April 20, 2024"), "the text is kept whole");
  }

  @Test
  void otherDateFormatsOnTheFirstLineAreRecognised() throws SourceException {
    assertEquals(
        Optional.of(LocalDate.of(2023, 11, 5)),
        reader.read("demo:iso", "2023-11-05\nSome title\nBody.").published());
    assertEquals(
        Optional.of(LocalDate.of(2023, 11, 5)),
        reader.read("demo:short", "Nov 5, 2023\nSome title\nBody.").published());
    assertEquals(
        Optional.of(LocalDate.of(2023, 11, 5)),
        reader.read("demo:dmy", "5 November 2023\nSome title\nBody.").published());
  }

  @Test
  void dateLaterInTheTextIsNotThePublicationDate() throws SourceException {
    SourceDocument doc = reader.read("demo:late", "Some title\nApril 20, 2024\nBody.");
    assertEquals(Optional.empty(), doc.published());
  }

  @Test
  void textOfOnlySentencesHasNoTitle() throws SourceException {
    SourceDocument doc = reader.read("demo:prose", "Sepsis is common. It kills many.\n");
    assertFalse(doc.title().isPresent(), "title: " + doc.title());
    assertEquals("Sepsis is common. It kills many.", doc.text());
  }

  @Test
  void blankTextIsRejected() {
    SourceException e =
        assertThrows(SourceException.class, () -> reader.read("demo:blank", " \n\t\n  "));
    assertEquals("demo:blank", e.source());
    assertTrue(e.reason().contains("empty or blank"), e.reason());
  }
}
