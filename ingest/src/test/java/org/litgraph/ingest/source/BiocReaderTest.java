package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;

class BiocReaderTest {
  private final SourceReaders readers = new SourceReaders(SourceLimits.defaults());

  @Test
  void biocXmlGivesOneDocumentPerDocumentWithTitleAndPassages() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE collection SYSTEM "BioC.dtd">
        <collection><source>PubMed</source><date>2024</date><key>x</key>
          <document><id>12345</id>
            <passage><infon key="type">title</infon><offset>0</offset><text>A title.</text></passage>
            <passage><infon key="type">abstract</infon><offset>9</offset><text>An abstract.</text></passage>
          </document>
          <document><id>PMC777</id>
            <passage><infon key="type">front</infon><offset>0</offset><text>Full.</text></passage>
            <passage><infon key="type">paragraph</infon><offset>6</offset><text>Body one.</text></passage>
            <passage><infon key="type">paragraph</infon><offset>16</offset><text>Body two.</text></passage>
          </document>
        </collection>
        """;
    List<SourceDocument> docs = readers.parse("file:/c.xml", "c.xml", "c.xml", xml);

    assertEquals(2, docs.size());
    assertEquals("https://pubmed.ncbi.nlm.nih.gov/12345/", docs.get(0).source());
    assertEquals(Optional.of("A title."), docs.get(0).title());
    assertEquals(DocumentKind.ABSTRACT, docs.get(0).kind());
    assertEquals("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC777/", docs.get(1).source());
    assertEquals("Body one.\n\nBody two.", docs.get(1).text());
    assertEquals(DocumentKind.ARTICLE, docs.get(1).kind());
  }

  @Test
  void biocJsonAndPubTator3ExportsAreRead() throws Exception {
    String json =
        """
        {"source": "PubMed", "documents": [
          {"id": "42", "passages": [
            {"infons": {"type": "title"}, "offset": 0, "text": "T."},
            {"infons": {"type": "abstract"}, "offset": 3, "text": "Aspirin treats pain."}]}]}
        """;
    List<SourceDocument> docs = readers.parse("file:/c.json", "c.json", "c.json", json);
    assertEquals(1, docs.size());
    assertEquals("https://pubmed.ncbi.nlm.nih.gov/42/", docs.getFirst().source());
    assertEquals("Aspirin treats pain.", docs.getFirst().text());

    String export =
        """
        {"PubTator3": [{"_id": "43", "id": "43", "passages": [
          {"infons": {"type": "title"}, "text": "T2."},
          {"infons": {"type": "abstract"}, "text": "Text two."}]}]}
        """;
    assertEquals(
        "https://pubmed.ncbi.nlm.nih.gov/43/",
        readers.parse("file:/e.json", "e.json", "e.json", export).getFirst().source());
  }
}
