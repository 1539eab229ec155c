package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.SharedFixtures;

/** News extraction (issue 5) on our own fixture pages and the shared plain-text news fixture. */
class NewsArticleReaderTest {
  private final HtmlReader reader = new HtmlReader();

  private static String fixture(String name) throws IOException {
    try (InputStream in = NewsArticleReaderTest.class.getResourceAsStream("news/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private SourceDocument article() throws Exception {
    return reader.read(
        "https://ledger.example/news/stem-cell-sepsis-trial?utm_campaign=x",
        fixture("stem-cell-trial.html"));
  }

  @Test
  void newsArticleMetadataComesFromOpenGraphAndJsonLd() throws Exception {
    SourceDocument doc = article();
    assertEquals(DocumentKind.NEWS, doc.kind());
    assertEquals(Optional.of("Stem-cell infusions for sepsis reach first patients"), doc.title());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), doc.published());
    assertEquals(List.of("Ines Vandermeer", "Tomas Okafor"), doc.metadata().authors());
    assertEquals(Optional.of("Northbridge Health Ledger"), doc.metadata().venue());
    assertEquals(List.of("sepsis", "cell therapy"), doc.metadata().keywords());
    assertEquals(Optional.of("en"), doc.metadata().language());
    assertEquals(List.of("News"), doc.metadata().publicationTypes());
  }

  @Test
  void sourceIsTheNormalisedSameSiteCanonicalAddress() throws Exception {
    assertEquals("https://ledger.example/news/stem-cell-sepsis-trial", article().source());
  }

  @Test
  void canonicalLinkToAnotherSiteIsIgnored() throws Exception {
    String html =
        "<html><head><link rel=canonical href=\"https://other.example/a\"></head>"
            + "<body><p>Some text of the page.</p></body></html>";
    assertEquals(
        "https://ledger.example/b",
        reader.read("https://LEDGER.example:443/b#frag", html).source());
  }

  @Test
  void mainTextKeepsTheArticleParagraphsAndDropsEveryKindOfBoilerplate() throws Exception {
    String text = article().text();
    assertEquals(
        """
        Stem-cell infusions for sepsis reach first patients

        Doctors at three intensive-care units have given the first infusions of donor \
        mesenchymal stromal cells to adults with septic shock, the investigators of the small \
        phase 2 study said on Friday.

        The trial, registered as NCT01234567, will enrol 120 patients over two years. Half will \
        receive the cells on top of standard care, and the others a placebo infusion, according \
        to the trial record.

        Why calm the immune response?

        Sepsis kills when the body's response to infection runs out of control. Earlier animal \
        work suggested that the cells dampen inflammatory signalling while helping bacteria to be \
        cleared [1], and a first safety study in people found no serious infusion reactions [2].

        "We are cautiously hopeful, but this is a safety and dosing study first," said the lead \
        investigator.""",
        text);
    for (String noise :
        List.of(
            "cookies",
            "Subscribe",
            "Opinion",
            "Advertisement",
            "Share on",
            "Related stories",
            "Antibiotic timing",
            "Sign up",
            "Read more",
            "Recommended",
            "All rights reserved",
            "Disclaimer",
            "Marlow",
            "By Ines")) {
      assertFalse(text.contains(noise), noise);
    }
  }

  @Test
  void numberedReferencesBecomeCitationsWithDoiPmidAndPmcid() throws Exception {
    List<Citation> citations = article().metadata().citations();
    Citation first = citations.get(0);
    assertEquals(Optional.of("1"), first.label());
    assertTrue(first.text().startsWith("Marlow K, Chen L."), first.text());
    assertEquals(Map.of("doi", "10.1234/jei.2019.044"), first.ids());
    Citation second = citations.get(1);
    assertEquals(Optional.of("2"), second.label());
    assertEquals(Optional.of("31234567"), second.id("pmid"));
    assertEquals(Optional.of("PMC7654321"), second.id("pmcid"));
    assertEquals(
        Optional.of("https://pmc.ncbi.nlm.nih.gov/articles/PMC7654321/"), second.id("url"));
  }

  @Test
  void outboundLinksOfTheTextBecomeCitationsButSameSiteLinksDoNot() throws Exception {
    List<Citation> citations = article().metadata().citations();
    assertEquals(3, citations.size(), citations.toString());
    Citation link = citations.get(2);
    assertEquals(Optional.empty(), link.label());
    assertEquals("trial record", link.text());
    assertEquals(
        Map.of("nct", "NCT01234567", "url", "https://registry.example/trials/NCT01234567"),
        link.ids());
  }

  @Test
  void bracketNumberedParagraphsAreReferencesEvenWithoutAHeading() throws Exception {
    SourceDocument doc =
        reader.read("https://ledger.example/explainer", fixture("numbered-refs.html"));
    assertEquals(
        "Scientists are testing donor stromal cells against severe sepsis in a study called"
            + " SEPCELL [1], and earlier rat experiments were encouraging [2].\n\n"
            + "More trials are recruiting; see the registry for details.",
        doc.text());
    List<Citation> c = doc.metadata().citations();
    assertEquals(2, c.size());
    assertEquals(Optional.of("1"), c.get(0).label());
    assertEquals(Optional.of("10.5555/ccr.2018.77"), c.get(0).id("doi"));
    assertEquals(Optional.of("27654321"), c.get(1).id("pmid"));
    assertEquals(List.of("Ledger Science Desk"), doc.metadata().authors());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), doc.published());
    assertEquals(DocumentKind.NEWS, doc.kind());
  }

  @Test
  void pageThatIsNoArticleIsAWebPageAndItsContentIsFoundByScoring() throws Exception {
    SourceDocument doc = reader.read("https://clinic.example/hours", fixture("clinic-hours.html"));
    assertEquals(DocumentKind.WEB_PAGE, doc.kind());
    assertEquals(Optional.of("Opening hours"), doc.title());
    assertTrue(doc.text().startsWith("Opening hours\n\nThe clinic is open"), doc.text());
    assertFalse(doc.text().contains("Link one"), doc.text());
    assertFalse(doc.text().contains("Harbour Road"), doc.text());
    assertEquals(List.of(), doc.metadata().citations());
  }

  @Test
  void sharedPlainTextNewsWrappedInBoilerplateComesBackAsItsParagraphs() throws Exception {
    String plain = Files.readString(SharedFixtures.file("fixtures/news/000_4e386e49d09706d8.txt"));
    List<String> paragraphs =
        java.util.Arrays.stream(plain.split("\\n\\s*\\n"))
            .map(String::strip)
            .filter(p -> !p.replace('\u00a0', ' ').isBlank())
            .toList();
    StringBuilder html =
        new StringBuilder(
            "<html><head><title>Stem cells and sepsis</title></head><body>"
                + "<nav><a href=/>Home</a><a href=/news>News</a></nav>"
                + "<div id=cookie-consent><p>This website uses cookies. Accept cookies?</p></div>"
                + "<article>");
    for (String p : paragraphs.subList(0, paragraphs.size() - 1)) {
      html.append("<p>").append(p.replace("<", "&lt;")).append("</p>\n");
    }
    html.append("<div class=social-share><a href=/s>Share this story</a></div></article>");
    html.append("<footer><p>").append(paragraphs.getLast()).append("</p></footer></body></html>");
    SourceDocument doc = reader.read("https://medical.example/stem-cells", html.toString());
    String text = doc.text();
    assertTrue(text.contains("SEPCELL [1]"), "in-text reference markers stay");
    assertTrue(text.contains("\n\nSepsis is a clinical syndrome"), "paragraph breaks stay");
    assertFalse(text.contains("Disclaimer of medicaltrend.org"));
    assertFalse(text.contains("uses cookies"));
    assertFalse(text.contains("Share this"));
    assertEquals(paragraphs.size() - 1, text.split("\n\n").length);
  }

  @Test
  void brokenJsonLdIsIgnoredAndTheBylineGivesTheAuthors() throws Exception {
    SourceDocument doc =
        reader.read(
            "https://ledger.example/x",
            "<html><head><script type=application/ld+json>{not json</script></head><body>"
                + "<article><h1>Headline here</h1><p class=byline>By Ana Lima and Bo Chen</p>"
                + "<p>Body text of the story.</p></article></body></html>");
    assertEquals(List.of("Ana Lima", "Bo Chen"), doc.metadata().authors());
    assertEquals(Optional.of("Headline here"), doc.title());
  }
}
