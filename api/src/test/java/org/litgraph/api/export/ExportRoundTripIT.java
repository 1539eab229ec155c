package org.litgraph.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.DemoCorpus;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.cli.Main;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import org.litgraph.ingest.pubtator.PubTatorReader;
import org.litgraph.ingest.source.BiocAnnotationReader;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.SourceLimits;
import org.litgraph.ingest.source.SourceReaders;

/**
 * Issue 9: the demo corpus, ingested for real (CoreNLP, embedded Neo4j over Bolt), exported in all
 * four formats and read back with LitGraph's own readers: the same annotations (offsets, types,
 * ids) and relations come back, KGX passes the Biolink validation, CSV parses back.
 */
class ExportRoundTripIT {
  @TempDir static Path data;
  @TempDir static Path out;
  private static LitGraphRuntime runtime;
  private static GraphCounts counts;
  private static final Map<String, DocumentView> DOCS = new LinkedHashMap<>();
  private static final Map<ExportFormat, ExportSummary> SUMMARIES = new LinkedHashMap<>();

  @BeforeAll
  static void ingestAndExport() {
    runtime =
        LitGraphRuntime.open(new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0));
    runtime.pipeline().ingest(DemoCorpus.sources(), IngestListener.SILENT);
    counts = runtime.graph().counts();
    runtime.graph().export().documents(ExportFilter.ALL, v -> DOCS.put(DocumentLayout.id(v), v));
    ExportProgress progress = new ExportProgress(new PrintWriter(new StringWriter()));
    for (ExportFormat f : ExportFormat.values()) {
      SUMMARIES.put(
          f,
          f.export(
              runtime.graph().export(),
              ExportFilter.ALL,
              out.resolve(f.name().toLowerCase()),
              progress));
    }
  }

  @AfterAll
  static void close() {
    if (runtime != null) {
      runtime.close();
    }
  }

  /** start, end, type, id of every mention, shifted as the layout shifts it. */
  private static Set<String> expectedSpans(DocumentView v, int shift) {
    return v.mentions().stream()
        .map(
            m ->
                (m.mention().start() + shift)
                    + "-"
                    + (m.mention().end() + shift)
                    + " "
                    + m.entity().category().biolinkName()
                    + " "
                    + m.mention().entityId())
        .collect(Collectors.toSet());
  }

  private static Set<String> expectedRelations(DocumentView v) {
    return v.claims().stream()
        .map(c -> c.claim())
        .filter(c -> !c.context().negated())
        .map(c -> c.predicate().label() + " " + c.subject() + " " + c.object())
        .collect(Collectors.toSet());
  }

  @Test
  void theDemoGraphHasDocumentsMentionsAndClaimsToExport() {
    assertEquals(15, DOCS.size());
    assertTrue(counts.mentions() > 100, counts.toString());
    assertTrue(counts.claims() > 10, counts.toString());
  }

  @Test
  void pubTatorReadsBackWithTheSameAnnotationsAndRelations() throws Exception {
    Path file = out.resolve("pubtator/documents.pubtator");
    List<PubTatorDocument> back = PubTatorReader.read(file);
    assertEquals(DOCS.size(), back.size());
    long spans = 0;
    for (PubTatorDocument d : back) {
      DocumentView v = DOCS.get(d.pmid());
      int shift = DocumentLayout.pubTator(v).shift();
      Set<String> got =
          d.annotations().stream()
              .map(a -> a.start() + "-" + a.end() + " " + a.type() + " " + a.ids().getFirst())
              .collect(Collectors.toSet());
      assertEquals(expectedSpans(v, shift), got, d.pmid());
      assertEquals(v.mentions().size(), d.annotations().size(), d.pmid());
      Set<String> relations =
          d.relations().stream()
              .map(r -> r.type() + " " + r.arguments().get(0) + " " + r.arguments().get(1))
              .collect(Collectors.toSet());
      assertEquals(expectedRelations(v), relations, d.pmid());
      spans += got.size();
    }
    assertEquals(counts.mentions(), spans);
    // ingest's own reader takes the file as PubTator, one document per record
    List<SourceDocument> sources =
        new SourceReaders(SourceLimits.defaults())
            .read("file:" + file, file.toString(), Files.readAllBytes(file));
    assertEquals(DOCS.size(), sources.size());
  }

  @Test
  void pubTatorExportIsReadByEvalNer() {
    Path file = out.resolve("pubtator/documents.pubtator");
    assertEquals(0, Main.run("eval", "ner", "--corpus", file.toString(), "--limit", "3"));
  }

  @Test
  void biocXmlAndJsonReadBackWithTheSameAnnotationsAndRelations() throws Exception {
    BiocAnnotationReader reader = new BiocAnnotationReader();
    for (String name : List.of("bioc.xml", "bioc.json")) {
      Path file = out.resolve("bioc").resolve(name);
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<BiocAnnotationReader.AnnotatedBioc> back = reader.read(name, content);
      assertEquals(DOCS.size(), back.size(), name);
      for (BiocAnnotationReader.AnnotatedBioc d : back) {
        DocumentView v = DOCS.get(d.id());
        Set<String> got =
            d.annotations().stream()
                .map(
                    a ->
                        a.offset()
                            + "-"
                            + (a.offset() + a.length())
                            + " "
                            + a.type()
                            + " "
                            + a.identifier())
                .collect(Collectors.toSet());
        assertEquals(expectedSpans(v, 0), got, name + " " + d.id());
        for (BiocAnnotationReader.Annotation a : d.annotations()) {
          assertEquals(
              v.text().substring(a.offset(), a.offset() + a.length()).replaceAll("\\s+", " "),
              a.text());
        }
        Set<String> relations =
            d.relations().stream()
                .map(
                    r ->
                        r.infons().get("type")
                            + " "
                            + r.infons().get("role1")
                            + " "
                            + r.infons().get("role2"))
                .collect(Collectors.toSet());
        assertEquals(expectedRelations(v), relations, name + " " + d.id());
      }
      // ingest's own BioC reader takes the file too
      List<SourceDocument> sources =
          new SourceReaders(SourceLimits.defaults())
              .read("file:" + file, file.toString(), content.getBytes(StandardCharsets.UTF_8));
      assertEquals(DOCS.size(), sources.size(), name);
    }
  }

  @Test
  void kgxUsesOnlyTheCheckedBiolinkTermsAndHasEveryRequiredField() throws Exception {
    Path dir = out.resolve("kgx");
    assertEquals(List.of(), new KgxValidator(BiolinkTerms.load()).validate(dir));
    ExportSummary s = SUMMARIES.get(ExportFormat.KGX);
    assertEquals(counts.entities(), s.file("nodes.jsonl").records());
    assertEquals(counts.claims() + counts.coMentions(), s.file("edges.jsonl").records());
    assertEquals(s.file("edges.jsonl").records(), s.file("edges.tsv").records());
    List<String> tsv = Files.readAllLines(dir.resolve("edges.tsv"));
    assertEquals(String.join("\t", KgxExporter.EDGE_COLUMNS), tsv.getFirst());
    ObjectMapper json = new ObjectMapper();
    Set<String> predicates = new HashSet<>();
    for (String line : Files.readAllLines(dir.resolve("edges.jsonl"))) {
      JsonNode e = json.readTree(line);
      predicates.add(e.get("predicate").asText());
      if (e.get("original_predicate").asText().equals("litgraph:decreases")) {
        assertEquals("biolink:affects", e.get("predicate").asText());
        assertEquals("decreased", e.get("object_direction_qualifier").asText());
      }
      if (e.get("knowledge_level").asText().equals("knowledge_assertion")) {
        assertEquals(1, e.get("publications").size(), line);
        assertTrue(e.has("negated"), line);
      } else {
        assertEquals(
            "biolink:occurs_together_in_literature_with", e.get("predicate").asText(), line);
      }
    }
    assertTrue(
        predicates.contains("biolink:occurs_together_in_literature_with"), predicates.toString());
    JsonNode meta = json.readTree(dir.resolve("content_metadata.json").toFile());
    assertEquals(BiolinkTerms.load().version(), meta.get("biolink_version").asText());
  }

  @Test
  void kgxValidationCatchesATermOffTheList(@TempDir Path bad) throws Exception {
    Files.writeString(
        bad.resolve("nodes.jsonl"),
        "{\"id\":\"MESH:D1\",\"category\":[\"biolink:Gizmo\"],\"name\":\"x\"}\n"
            + "{\"id\":\"MESH:D2\",\"category\":[\"biolink:Disease\"],\"name\":\"y\"}\n");
    Files.writeString(
        bad.resolve("edges.jsonl"),
        "{\"id\":\"e1\",\"subject\":\"MESH:D1\",\"predicate\":\"biolink:increases_amount_or_activity_of\","
            + "\"object\":\"MESH:D3\",\"knowledge_level\":\"knowledge_assertion\","
            + "\"agent_type\":\"text_mining_agent\",\"primary_knowledge_source\":\"infores:litgraph\"}\n");
    List<String> problems = new KgxValidator(BiolinkTerms.load()).validate(bad);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("biolink:Gizmo"), problems.toString());
  }

  @Test
  void csvFilesParseBackWithTheirHeadersAndOneRowPerRecord() throws Exception {
    Path dir = out.resolve("csv");
    List<List<String>> nodes = Rfc4180.parse(Files.readString(dir.resolve("nodes.csv")));
    List<List<String>> claims = Rfc4180.parse(Files.readString(dir.resolve("claims.csv")));
    List<List<String>> evidence = Rfc4180.parse(Files.readString(dir.resolve("evidence.csv")));
    assertEquals(CsvExporter.NODE_COLUMNS, nodes.getFirst());
    assertEquals(CsvExporter.CLAIM_COLUMNS, claims.getFirst());
    assertEquals(CsvExporter.EVIDENCE_COLUMNS, evidence.getFirst());
    assertEquals(counts.entities() + 1, nodes.size());
    assertEquals(counts.claims() + 1, claims.size());
    assertEquals(counts.claims() + 1, evidence.size());
    assertTrue(nodes.stream().allMatch(r -> r.size() == CsvExporter.NODE_COLUMNS.size()));
    assertEquals(
        claims.stream().map(List::getFirst).toList(),
        evidence.stream().map(List::getFirst).toList());
    // a sentence survives quoting exactly
    Map<String, Claim> byId = new LinkedHashMap<>();
    DOCS.values().forEach(v -> v.claims().forEach(c -> byId.put(c.claim().id(), c.claim())));
    int sentenceColumn = CsvExporter.EVIDENCE_COLUMNS.indexOf("sentence");
    for (List<String> row : evidence.subList(1, evidence.size())) {
      Claim c = byId.get(row.getFirst());
      DocumentView v =
          DOCS.values().stream()
              .filter(d -> d.document().id().equals(c.documentId()))
              .findFirst()
              .orElseThrow();
      if (c.sentence().isPresent()) {
        assertEquals(v.sentences().get(c.sentence().getAsInt()).text(), row.get(sentenceColumn));
      }
    }
    assertFalse(
        claims.stream().skip(1).anyMatch(r -> r.get(2).equals(Predicate.CO_MENTIONED.label())));
  }

  @Test
  void exportCommandWritesTheSameFilesAndASummary(@TempDir Path cliOut, @TempDir Path cliData)
      throws Exception {
    int exit =
        Main.run(
            "export",
            "--neo4j-uri",
            runtime.connection().uri().toString(),
            "--data",
            cliData.toString(),
            "--format",
            "pubtator",
            "--out",
            cliOut.toString());
    assertEquals(0, exit);
    assertEquals(
        Files.readString(out.resolve("pubtator/documents.pubtator")),
        Files.readString(cliOut.resolve("documents.pubtator")));
    assertEquals(2, Main.run("export", "--format", "rdf", "--out", cliOut.toString()));
    assertEquals(counts, runtime.graph().counts());
  }
}
