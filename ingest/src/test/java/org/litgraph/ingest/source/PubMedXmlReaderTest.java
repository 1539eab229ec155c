package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.ingest.SharedFixtures;

class PubMedXmlReaderTest {
  private final SourceReaders readers = new SourceReaders(SourceLimits.defaults());

  private List<SourceDocument> read(Path file) throws Exception {
    return readers.read(file.toUri().toString(), file.toString(), Files.readAllBytes(file));
  }

  @Test
  void readsTheNcbiArticleSetWithItsDoctypeIntoOneAbstractWithMetadata() throws Exception {
    List<SourceDocument> docs = read(SharedFixtures.file("fixtures/pubmed/pubmed-29768149.xml"));

    assertEquals(1, docs.size());
    SourceDocument d = docs.getFirst();
    assertEquals("https://pubmed.ncbi.nlm.nih.gov/29768149/", d.source());
    assertEquals(DocumentKind.ABSTRACT, d.kind());
    assertEquals(
        Optional.of("Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma."), d.title());
    assertEquals(Optional.of(LocalDate.of(2018, 5, 17)), d.published());
    assertTrue(d.text().startsWith("BACKGROUND: In patients with mild asthma"), d.text());
    assertTrue(d.text().contains("\n\nMETHODS: We conducted a 52-week"), d.text());
    DocumentMetadata m = d.metadata();
    assertEquals(Optional.of("The New England journal of medicine"), m.venue());
    assertEquals(Optional.of("29768149"), m.id("pmid"));
    assertEquals(Optional.of("10.1056/nejmoa1715274"), m.id("doi"));
    assertEquals("O'Byrne PM", m.authors().getFirst());
    assertEquals(10, m.authors().size());
    assertTrue(m.keywords().contains("Asthma"), m.keywords().toString());
    assertTrue(m.keywords().contains("Administration, Inhalation"));
    assertTrue(m.publicationTypes().contains("Randomized Controlled Trial"));
    assertEquals(Optional.of("eng"), m.language());
  }

  @Test
  void readsEveryArticleOfASetAndTheMedlineDateWhenNoPubDateParts() throws Exception {
    String xml =
        """
        <?xml version="1.0"?>
        <PubmedArticleSet>
          <PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
            <Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate>
            </JournalIssue><Title>J One</Title></Journal>
            <ArticleTitle>First.</ArticleTitle>
            <Abstract><AbstractText>Aspirin treats headache.</AbstractText></Abstract>
          </Article></MedlineCitation></PubmedArticle>
          <PubmedArticle><MedlineCitation><PMID>2</PMID><Article>
            <ArticleTitle>Only a title.</ArticleTitle>
          </Article></MedlineCitation></PubmedArticle>
        </PubmedArticleSet>
        """;
    List<SourceDocument> docs = readers.parse("file:/set.xml", "set.txt", "set.txt", xml);

    assertEquals(2, docs.size());
    assertEquals(Optional.of(LocalDate.of(1998, 12, 1)), docs.get(0).published());
    assertEquals("Aspirin treats headache.", docs.get(0).text());
    assertEquals("https://pubmed.ncbi.nlm.nih.gov/2/", docs.get(1).source());
    assertEquals("Only a title.", docs.get(1).text());
  }
}
