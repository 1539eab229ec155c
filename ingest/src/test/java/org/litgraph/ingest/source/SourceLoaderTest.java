package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.model.DocumentKind;

class SourceLoaderTest {
  private final SourceLoader loader = new SourceLoader(SourceLimits.defaults());

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private SourceException loadFails(Path file) {
    return assertThrows(
        SourceException.class, () -> loader.load(new SourceRef.FileRef(file)).getFirst());
  }

  @Test
  void textFileIsReadAsText() throws Exception {
    Path file = write("note.txt", "Sepsis care\n\nIt improved this year.\n");
    SourceDocument doc = loader.load(new SourceRef.FileRef(file)).getFirst();
    assertEquals(DocumentKind.TEXT, doc.kind());
    assertEquals(file.toUri().toString(), doc.source());
    assertEquals(Optional.of("Sepsis care"), doc.title());
  }

  @Test
  void htmlIsRecognisedByContentWhateverTheExtension() throws Exception {
    Path file = write("saved.txt", "  <!DOCTYPE html><html><body><p>Body text.</p></body></html>");
    SourceDocument doc = loader.load(new SourceRef.FileRef(file)).getFirst();
    assertEquals(DocumentKind.WEB_PAGE, doc.kind());
    assertEquals("Body text.", doc.text());
  }

  @Test
  void htmlExtensionWithMarkupIsReadAsHtml() throws Exception {
    Path file = write("page.html", "<p>First.</p><p>Second.</p>");
    SourceDocument doc = loader.load(new SourceRef.FileRef(file)).getFirst();
    assertEquals(DocumentKind.WEB_PAGE, doc.kind());
    assertEquals("First.\n\nSecond.", doc.text());
  }

  @Test
  void emptyFileIsRejectedAsEmpty() throws Exception {
    SourceException e = loadFails(write("empty.txt", ""));
    assertTrue(e.reason().contains("empty"), e.reason());
  }

  @Test
  void emptyHtmlFileIsRejectedAsEmpty() throws Exception {
    SourceException e = loadFails(write("empty.html", "\n"));
    assertTrue(e.reason().contains("empty"), e.reason());
  }

  @Test
  void binaryFileIsRejectedNamingTheNulBytes() throws Exception {
    Path file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I'});
    SourceException e = loadFails(file);
    assertEquals(file.toString(), e.source());
    assertTrue(e.reason().contains("binary"), e.reason());
    assertTrue(e.reason().contains("NUL"), e.reason());
  }

  @Test
  void missingFileIsRejectedWhenLoaded() {
    SourceException e = loadFails(dir.resolve("gone.txt"));
    assertTrue(e.reason().contains("no such file"), e.reason());
  }

  @Test
  void missingPathIsRejectedWhenResolved() {
    String missing = dir.resolve("nowhere").toString();
    SourceException e = assertThrows(SourceException.class, () -> loader.resolve(missing));
    assertEquals(missing, e.source());
    assertEquals("no such file or directory", e.reason());
  }

  @Test
  void fileOverTheSizeLimitIsRejectedWithBothSizes() throws Exception {
    SourceLoader small = new SourceLoader(new SourceLimits(16, Duration.ofSeconds(1), "test"));
    Path file = write("big.txt", "Seventeen bytes!!");
    SourceException e =
        assertThrows(SourceException.class, () -> small.load(new SourceRef.FileRef(file)));
    assertEquals("file is 17 bytes; the limit is 16 bytes", e.reason());
  }

  @Test
  void fileExactlyAtTheSizeLimitIsRead() throws Exception {
    SourceLoader small = new SourceLoader(new SourceLimits(16, Duration.ofSeconds(1), "test"));
    Path file = write("fits.txt", "Sixteen bytes!!!");
    assertEquals("Sixteen bytes!!!", small.load(new SourceRef.FileRef(file)).getFirst().text());
  }

  @Test
  void windows1252BytesAreDecoded() throws Exception {
    // "café “quoted” – 5 €" in Windows-1252: é=E9, quotes=93/94, en dash=96, euro=80
    byte[] bytes = {
      'c',
      'a',
      'f',
      (byte) 0xE9,
      ' ',
      (byte) 0x93,
      'q',
      'u',
      'o',
      't',
      'e',
      'd',
      (byte) 0x94,
      ' ',
      (byte) 0x96,
      ' ',
      '5',
      ' ',
      (byte) 0x80
    };
    SourceDocument doc = loader.load(new SourceRef.FileRef(write("legacy.txt", bytes))).getFirst();
    assertEquals("café “quoted” – 5 €", doc.text());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws Exception {
    byte[] text = "title: With BOM\n---\nBody.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    SourceDocument doc = loader.load(new SourceRef.FileRef(write("bom.txt", bytes))).getFirst();
    assertEquals(Optional.of("With BOM"), doc.title());
    assertEquals("Body.", doc.text());
  }

  @Test
  void directoryExpandsToItsFilesSortedAndRecursively() throws Exception {
    write("b.txt", "B");
    write("a.txt", "A");
    write("sub/c.html", "<p>C</p>");
    List<SourceRef> refs = loader.resolve(dir.toString());
    assertEquals(
        List.of(
            new SourceRef.FileRef(dir.resolve("a.txt")),
            new SourceRef.FileRef(dir.resolve("b.txt")),
            new SourceRef.FileRef(dir.resolve("sub/c.html"))),
        refs);
  }

  @Test
  void hiddenFilesAndEverythingInHiddenDirectoriesAreSkipped() throws Exception {
    write("visible.txt", "V");
    write(".hidden.txt", "H");
    write(".git/config", "[core]\n");
    write(".cache/notes/deep.txt", "D");
    assertEquals(
        List.of(new SourceRef.FileRef(dir.resolve("visible.txt"))), loader.resolve(dir.toString()));
  }

  @Test
  void directoryInsideAHiddenDirectoryCanStillBeNamedExplicitly() throws Exception {
    write(".config/corpus/one.txt", "One");
    Path named = dir.resolve(".config/corpus");
    assertEquals(
        List.of(new SourceRef.FileRef(named.resolve("one.txt"))), loader.resolve(named.toString()));
  }

  @Test
  void singleFileResolvesToItself() throws Exception {
    Path file = write("one.txt", "One");
    assertEquals(List.of(new SourceRef.FileRef(file)), loader.resolve(file.toString()));
  }

  @Test
  void webAddressesResolveWithoutBeingFetched() throws Exception {
    List<SourceRef> refs = loader.resolve("HTTPS://example.org/a/../news");
    SourceRef.UrlRef ref = assertInstanceOf(SourceRef.UrlRef.class, refs.getFirst());
    assertEquals("HTTPS://example.org/news", ref.canonical());
  }

  @Test
  void otherUrlSchemesAreRefused() {
    SourceException e =
        assertThrows(SourceException.class, () -> loader.resolve("ftp://example.org/paper.txt"));
    assertEquals("ftp://example.org/paper.txt", e.source());
    assertTrue(e.reason().contains("only http and https"), e.reason());
  }

  @Test
  void malformedWebAddressIsRejected() {
    SourceException e =
        assertThrows(SourceException.class, () -> loader.resolve("https://exa mple.org/"));
    assertTrue(e.reason().startsWith("not a valid URL"), e.reason());
  }

  @Test
  void textInMemoryIsReadUnderItsName() throws Exception {
    SourceDocument doc =
        loader.load(new SourceRef.TextRef("demo:pasted", "Pasted words.")).getFirst();
    assertEquals("demo:pasted", doc.source());
    assertEquals("Pasted words.", doc.text());
  }
}
