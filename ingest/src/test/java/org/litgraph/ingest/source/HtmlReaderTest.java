package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;

class HtmlReaderTest {
  private final HtmlReader reader = new HtmlReader();

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html><head>
        <title>Cells against sepsis | Health Daily</title>
        <meta property="og:title" content="Cells against sepsis">
        <meta property="article:published_time" content="2024-04-20T08:15:00+02:00">
        <script>var tracking = "script text";</script>
        <style>p { color: red }</style>
      </head><body>
        <header><a href="/">Health Daily home</a></header>
        <nav><ul><li>Menu item one</li><li>Menu item two</li></ul></nav>
        <article>
          <h1>Cells against sepsis</h1>
          <p>Doctors in Ghent gave donor cells to patients.</p>
          <p>The trial will <b>enrol</b> patients for two years.</p>
          <ul><li>First listed point</li></ul>
          <aside>Related reading box</aside>
          <script>alert("inline script");</script>
        </article>
        <footer>Copyright notice text</footer>
      </body></html>
      """;

  @Test
  void titleComesFromOpenGraphBeforeTheTitleElement() throws SourceException {
    assertEquals(
        Optional.of("Cells against sepsis"), reader.read("https://x.test/a", PAGE).title());
  }

  @Test
  void titleFallsBackToTheTitleElementThenTheHeading() throws SourceException {
    assertEquals(
        Optional.of("Page title"),
        reader
            .read("f", "<html><head><title> Page title </title></head><body><p>Text.</p></body>")
            .title());
    assertEquals(
        Optional.of("Heading"),
        reader.read("f", "<html><body><h1>Heading</h1><p>Text.</p></body></html>").title());
    assertEquals(
        Optional.empty(), reader.read("f", "<html><body><p>Text.</p></body></html>").title());
  }

  @Test
  void publishedDateComesFromArticleMetadata() throws SourceException {
    SourceDocument doc = reader.read("https://x.test/a", PAGE);
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), doc.published());
    assertEquals(DocumentKind.NEWS, doc.kind());
  }

  @Test
  void publishedDateFallsBackToTheTimeElement() throws SourceException {
    SourceDocument doc =
        reader.read(
            "f",
            "<html><body><article><time datetime=\"2023-11-05\">5 Nov</time>"
                + "<p>Text.</p></article></body></html>");
    assertEquals(Optional.of(LocalDate.of(2023, 11, 5)), doc.published());
  }

  @Test
  void unparseableDateGivesNoDate() throws SourceException {
    SourceDocument doc =
        reader.read(
            "f",
            "<html><head><meta name=\"date\" content=\"last spring\"></head>"
                + "<body><p>Text.</p></body></html>");
    assertEquals(Optional.empty(), doc.published());
  }

  @Test
  void navigationChromeAndScriptsAreRemovedAndParagraphsKeptApart() throws SourceException {
    String text = reader.read("https://x.test/a", PAGE).text();
    assertEquals(
        """
        Cells against sepsis

        Doctors in Ghent gave donor cells to patients.

        The trial will enrol patients for two years.

        First listed point""",
        text);
    for (String noise :
        new String[] {"Menu item", "Health Daily home", "Copyright", "script", "Related"}) {
      assertFalse(text.contains(noise), noise);
    }
  }

  @Test
  void mainElementIsUsedWhenThereIsNoArticle() throws SourceException {
    String text =
        reader
            .read(
                "f",
                "<html><body><div class=\"sidebar\"><p>Side links</p></div>"
                    + "<p>Outside main</p><main><p>Inside main</p></main></body></html>")
            .text();
    assertEquals("Inside main", text);
  }

  @Test
  void pageWithTextOutsideBlocksKeepsThatText() throws SourceException {
    assertEquals(
        "Just a line of text",
        reader.read("f", "<html><body><div>Just a line of text</div></body></html>").text());
  }

  @Test
  void pageWithoutReadableTextIsRejected() {
    SourceException e =
        assertThrows(
            SourceException.class,
            () ->
                reader.read(
                    "https://x.test/empty",
                    "<html><head><title>Empty</title></head><body><nav>Menu</nav>"
                        + "<script>x()</script><p>  </p></body></html>"));
    assertEquals("https://x.test/empty", e.source());
    assertTrue(e.reason().contains("no readable text"), e.reason());
  }

  @Test
  void timestampsAndSlashedDatesParse() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 4, 20)), HtmlReader.parseDate("2024-04-20T23:30:00Z"));
    assertEquals(
        Optional.of(LocalDate.of(2024, 4, 20)), HtmlReader.parseDate("2024-04-20T09:30:00"));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), HtmlReader.parseDate("2024/04/20"));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), HtmlReader.parseDate("April 20, 2024"));
    assertEquals(Optional.empty(), HtmlReader.parseDate(""));
  }
}
