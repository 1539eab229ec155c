package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.SharedFixtures;

/** Bad input of every kind fails with a typed error that names the file and the reason. */
class HostileInputTest {
  private final SourceLoader loader = new SourceLoader(SourceLimits.defaults());

  @TempDir Path dir;

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private List<SourceDocument> load(Path file) throws SourceException {
    return loader.load(new SourceRef.FileRef(file));
  }

  private SourceException fails(Path file) {
    SourceException e = assertThrows(SourceException.class, () -> load(file));
    assertTrue(e.source().contains(file.getFileName().toString()), e.source());
    return e;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void externalEntityIsRefusedNotFetched() throws Exception {
    Path secret = write("secret.txt", "top secret");
    Path file =
        write(
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">\n]>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"
                + "<Article><ArticleTitle>&xxe;</ArticleTitle></Article></MedlineCitation>"
                + "</PubmedArticle></PubmedArticleSet>");
    SourceException e = fails(file);
    assertTrue(e.reason().contains("DOCTYPE"), e.reason());
    assertTrue(e.reason().contains("refused"), e.reason());
  }

  @Test
  void billionLaughsIsRefusedNotExpanded() throws Exception {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append(" <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      xml.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<lolz>&lol9;</lolz>");
    SourceException e = fails(write("lol.xml", xml.toString()));
    assertTrue(e.reason().contains("refused"), e.reason());
  }

  @Test
  void doctypeHiddenAfterACommentIsRefusedByTheParser() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!-- a comment first -->\n"
            + "<!DOCTYPE x [ <!ENTITY e \"boom\"> ]><article><front/></article>";
    SourceException e = fails(write("hidden.nxml", xml));
    assertTrue(e.reason().contains("DOCTYPE"), e.reason());
  }

  @Test
  void malformedXmlNamesLineAndColumn() throws Exception {
    SourceException e =
        fails(write("broken.xml", "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle>"));
    assertTrue(e.reason().startsWith("malformed XML"), e.reason());
    assertTrue(e.reason().contains("line"), e.reason());
  }

  @Test
  void unknownXmlVocabularyIsRefusedWithItsRoot() throws Exception {
    SourceException e = fails(write("feed.xml", "<?xml version=\"1.0\"?><rss><channel/></rss>"));
    assertTrue(e.reason().contains("<rss>"), e.reason());
  }

  @Test
  void truncatedGzipIsATypedError() throws Exception {
    byte[] full =
        gzip(Files.readAllBytes(SharedFixtures.file("fixtures/pubmed/pubmed-29768149.xml")));
    SourceException e = fails(write("cut.xml.gz", Arrays.copyOf(full, full.length / 2)));
    assertTrue(e.reason().contains("truncated gzip"), e.reason());
  }

  @Test
  void gzipIsInflatedAndItsContentDetected() throws Exception {
    byte[] xml = Files.readAllBytes(SharedFixtures.file("fixtures/pubmed/pubmed-29768149.xml"));
    // no .gz suffix: the magic bytes tell
    List<SourceDocument> docs = load(write("records.bin", gzip(xml)));
    assertEquals("https://pubmed.ncbi.nlm.nih.gov/29768149/", docs.getFirst().source());
  }

  @Test
  void jsonOfTheWrongShapeIsATypedError() throws Exception {
    SourceException e = fails(write("other.json", "{\"hello\": [1, 2, 3]}"));
    assertTrue(e.reason().contains("JSON of an unknown shape"), e.reason());
    SourceException noId =
        fails(write("noid.json", "{\"protocolSection\": {\"identificationModule\": {}}}"));
    assertTrue(noId.reason().contains("nctId"), noId.reason());
  }

  @Test
  void malformedJsonIsATypedError() throws Exception {
    SourceException e = fails(write("bad.json", "{\"protocolSection\": {"));
    assertTrue(e.reason().startsWith("malformed JSON"), e.reason());
  }

  @Test
  void textThatOpensWithABraceButIsNotJsonIsReadAsText() throws Exception {
    List<SourceDocument> docs = load(write("note.txt", "{draft} Aspirin treats headache."));
    assertEquals(DocumentKind.TEXT, docs.getFirst().kind());
  }

  @Test
  void emptyAndBlankFilesAreTypedErrors() throws Exception {
    assertTrue(fails(write("empty.xml", new byte[0])).reason().contains("empty"));
    assertTrue(fails(write("blank.json", "  \n ")).reason().contains("empty or blank"));
  }

  @Test
  void malformedPubTatorIsATypedError() throws Exception {
    SourceException e =
        fails(write("bad.pubtator", "123|t|Title\n123|a|Text\n123\t0\tfive\tTitle\tDisease\n"));
    assertTrue(e.reason().startsWith("malformed PubTator"), e.reason());
  }

  @Test
  void formatsAreDetectedByContentNotExtension() throws Exception {
    byte[] pubmed = Files.readAllBytes(SharedFixtures.file("fixtures/pubmed/pubmed-29768149.xml"));
    assertEquals(DocumentKind.ABSTRACT, load(write("pubmed.txt", pubmed)).getFirst().kind());
    byte[] trial =
        Files.readAllBytes(SharedFixtures.file("fixtures/clinicaltrials/json_v2/NCT02210780.json"));
    assertEquals(DocumentKind.TRIAL, load(write("trial.dat", trial)).getFirst().kind());
    List<SourceDocument> pubtator =
        load(
            write(
                "corpus.txt",
                "11|t|Aspirin and headache.\n11|a|Aspirin treats headache.\n\n"
                    + "12|t|Second.\n12|a|Another abstract.\n"));
    assertEquals(2, pubtator.size());
    assertEquals("https://pubmed.ncbi.nlm.nih.gov/12/", pubtator.get(1).source());
    assertEquals("Another abstract.", pubtator.get(1).text());
  }

  @Test
  void aNumericNctIdIsAWrongTypeNotAnId() throws Exception {
    SourceException e =
        fails(
            write(
                "numbers.json",
                "{\"protocolSection\": {\"identificationModule\": {\"nctId\": 12345678}}}"));
    assertTrue(e.reason().contains("not a string"), e.reason());
    SourceException malformed =
        fails(
            write(
                "short.json",
                "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT1\"}}}"));
    assertTrue(malformed.reason().contains("malformed nctId"), malformed.reason());
  }

  @Test
  void deeplyNestedHtmlIsRefusedInLinearTime() throws Exception {
    // regression (issue 8): 200,000 nested <div>s took minutes in the reference pass
    Path file =
        write(
            "nested.html",
            "<html><body>" + "<div>".repeat(200_000) + "Aspirin." + "</div>".repeat(200_000));
    SourceException e =
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> fails(file));
    assertTrue(e.reason().contains("nested more than"), e.reason());
  }

  @Test
  void invalidUtf8IsAnErrorInJsonAndXmlButLegacyTextInPlainText() throws Exception {
    byte[] latin = {'{', '"', 'a', '"', ':', '"', 'C', 'a', 'f', (byte) 0xE9, '"', '}'};
    assertTrue(fails(write("latin.json", latin)).reason().contains("invalid UTF-8 at byte 9"));
    byte[] text = {'C', 'a', 'f', (byte) 0xE9, ' ', 'a', 'n', 'd', ' ', 't', 'e', 'a', '.'};
    assertEquals("Café and tea.", load(write("latin.txt", text)).getFirst().text());
  }
}
