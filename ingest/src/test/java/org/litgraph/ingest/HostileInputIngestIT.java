package org.litgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.lucene.LuceneSearchIndex;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Sentence;
import org.litgraph.graph.neo4j.EmbeddedNeo4j;
import org.litgraph.graph.neo4j.Neo4jConnection;
import org.litgraph.graph.neo4j.Neo4jGraphStore;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.ingest.DocumentResult.Outcome;

/**
 * Hostile input (issue 8), generated here and fed through the real ingest facade into a real
 * embedded Neo4j and Lucene index that already hold a document: every input fails with a typed
 * reason on a result that names it, the run goes on to the next, the heap stays bounded, and
 * neither store changes.
 */
class HostileInputIngestIT {
  @TempDir static Path dir;
  private static EmbeddedNeo4j neo4j;
  private static GraphStore graph;
  private static LuceneSearchIndex index;
  private static IngestPipeline pipeline;

  @BeforeAll
  static void startStoresWithOneDocument() {
    neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), 0, 64);
    graph = Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
    graph.applySchema();
    index = LuceneSearchIndex.open(dir.resolve("index"));
    pipeline = new IngestPipeline(graph, index, IngestConfig.defaults());
    String text = "Aspirin treats headache.";
    Document d =
        new Document(
            "seed",
            "test:seed",
            "Seed",
            Optional.of(LocalDate.of(2024, 1, 1)),
            DocumentKind.TEXT,
            "seed-hash");
    AnnotatedDocument seed =
        new AnnotatedDocument(
            d,
            text,
            List.of(new Sentence("seed", 0, 0, text.length(), text)),
            List.of(),
            List.of());
    graph.write(seed);
    index.index(seed);
    index.commit();
  }

  @AfterAll
  static void stopStores() {
    index.close();
    graph.close();
    neo4j.close();
  }

  /** Each hostile file and a word its failure reason must contain. */
  private static Map<Path, String> hostileFiles(Path in) throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    Path inputs = Files.createDirectories(in);
    files.put(Files.write(inputs.resolve("empty.txt"), new byte[0]), "empty");
    byte[] binary = new byte[64 * 1024];
    new Random(8).nextBytes(binary);
    binary[100] = 0;
    files.put(Files.write(inputs.resolve("image.png"), binary), "binary");
    files.put(fiftyMegabytePage(inputs.resolve("huge.html")), "limit");
    files.put(
        Files.write(inputs.resolve("bomb.json.gz"), gzip(new byte[60 * 1024 * 1024])), "limit");
    files.put(
        Files.writeString(
            inputs.resolve("nested.html"),
            "<html><body>"
                + "<div>".repeat(200_000)
                + "Aspirin treats headache."
                + "</div>".repeat(200_000)
                + "</body></html>"),
        "nest");
    files.put(
        Files.writeString(
            inputs.resolve("nested.xml"),
            "<?xml version=\"1.0\"?><PubmedArticleSet>"
                + "<x>".repeat(100_000)
                + "</x>".repeat(100_000)
                + "</PubmedArticleSet>"),
        "nested too deeply");
    files.put(
        Files.writeString(inputs.resolve("nested.json"), "[".repeat(100_000) + "]".repeat(100_000)),
        "JSON");
    files.put(invalidUtf8(inputs.resolve("latin.xml"), "<?xml version=\"1.0\"?>"), "UTF-8");
    files.put(invalidUtf8(inputs.resolve("latin.json"), ""), "UTF-8");
    files.put(billionLaughs(inputs.resolve("lol.xml")), "refused");
    files.put(externalEntity(inputs.resolve("xxe.xml"), inputs), "refused");
    files.put(
        Files.writeString(
            inputs.resolve("wrong-types.json"),
            "{\"protocolSection\": {\"identificationModule\": {\"nctId\": [\"NCT01234567\"],"
                + " \"briefTitle\": {\"x\": 1}}}}"),
        "nctId");
    files.put(
        Files.writeString(
            inputs.resolve("numbers.json"),
            "{\"protocolSection\": {\"identificationModule\": {\"nctId\": 12345678}}}"),
        "not a string");
    files.put(
        Files.writeString(
            inputs.resolve("offsets.pubtator"),
            "123|t|Aspirin and headache\n123|a|Aspirin treats headache.\n"
                + "123\t4000\t4007\tAspirin\tChemical\tD001241\n"),
        "offset");
    files.put(
        Files.writeString(
            inputs.resolve("negative.pubtator"),
            "124|t|Aspirin and headache\n124|a|Aspirin treats headache.\n"
                + "124\t-5\t3\tAspirin\tChemical\tD001241\n"),
        "offset");
    return files;
  }

  private static Path fiftyMegabytePage(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "Aspirin treats headache. ".repeat(4_000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
        out.write(chunk);
      }
      out.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }

  private static Path invalidUtf8(Path file, String prolog) throws IOException {
    boolean xml = file.toString().endsWith(".xml");
    String head =
        xml
            ? prolog
                + "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>9</PMID><Article>"
                + "<ArticleTitle>Caf"
            : "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT01234567\","
                + " \"briefTitle\": \"Caf";
    String tail =
        xml
            ? " and aspirin</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
                + "</PubmedArticleSet>"
            : " and aspirin\"}}}";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(head.getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xE9, (byte) 0xC3, (byte) 0x28}); // Latin-1 é, broken sequence
    bytes.write(tail.getBytes(StandardCharsets.UTF_8));
    return Files.write(file, bytes.toByteArray());
  }

  private static Path billionLaughs(Path file) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append(" <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"");
      xml.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<PubmedArticleSet>&lol9;</PubmedArticleSet>");
    return Files.writeString(file, xml);
  }

  private static Path externalEntity(Path file, Path inputs) throws IOException {
    Path secret = Files.writeString(inputs.getParent().resolve("secret.txt"), "top secret");
    return Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [ <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\"> ]>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"
            + "<Article><ArticleTitle>&xxe;</ArticleTitle></Article></MedlineCitation>"
            + "</PubmedArticle></PubmedArticleSet>");
  }

  @Test
  void everyHostileInputFailsByNameWhileTheRunGoesOnAndTheStoresStayUnchanged() throws Exception {
    Map<Path, String> files = hostileFiles(dir.resolve("inputs"));
    GraphCounts before = graph.counts();
    Map<String, String> indexedBefore = index.documentHashes();
    List<String> arguments = new ArrayList<>();
    files.keySet().forEach(p -> arguments.add(p.toString()));

    HeapSampler heap = HeapSampler.start();
    IngestReport report = pipeline.ingestArguments(arguments, IngestListener.SILENT);
    long peakGrowth = heap.stop();
    System.out.println(report.summary());
    System.out.printf("hostile inputs: heap peak %d MiB above the start%n", peakGrowth >> 20);

    assertEquals(files.size(), report.results().size(), report.summary());
    for (Map.Entry<Path, String> f : files.entrySet()) {
      String name = f.getKey().getFileName().toString();
      DocumentResult result =
          report.results().stream()
              .filter(r -> r.source().contains(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no result names " + name));
      assertEquals(Outcome.FAILED, result.outcome(), name + ": " + result);
      String reason = result.reason().orElseThrow();
      assertTrue(
          reason.toLowerCase().contains(f.getValue().toLowerCase()),
          name + " failed with '" + reason + "', expected it to mention '" + f.getValue() + "'");
    }
    assertEquals(before, graph.counts(), "graph counts");
    assertEquals(indexedBefore, index.documentHashes(), "indexed documents");
    assertTrue(peakGrowth < 600L << 20, "heap grew by " + (peakGrowth >> 20) + " MiB");
  }

  /** Samples used heap every few milliseconds; reports the peak above the starting level. */
  private static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final long start;
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
      System.gc();
      start = used();
      thread =
          new Thread(
              () -> {
                while (running) {
                  peak.accumulateAndGet(used(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
    }

    static HeapSampler start() {
      HeapSampler s = new HeapSampler();
      s.thread.start();
      return s;
    }

    private static long used() {
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return Math.max(0, peak.get() - start);
    }
  }
}
