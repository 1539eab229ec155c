package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.DemoCorpus;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.graph.model.Predicate;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.factcheck.CheckKind;
import org.litgraph.ingest.factcheck.CheckedClaim;
import org.litgraph.ingest.factcheck.Evidence;
import org.litgraph.ingest.factcheck.FactCheckReport;
import org.litgraph.ingest.factcheck.FactChecker;
import org.litgraph.ingest.factcheck.SpinFlag;
import org.litgraph.ingest.factcheck.Verdict;

/**
 * Issue 7: the news fixture fact-checked against the demo corpus in a real embedded Neo4j (over
 * Bolt), an on-disk Lucene index and real CoreNLP, directly and through {@code POST /api/factcheck}
 * over real HTTP.
 */
class FactCheckIT {
  @TempDir static Path data;
  private static LitGraphRuntime runtime;
  private static Javalin app;
  private static FactChecker checker;
  private static FactCheckReport news;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    runtime =
        LitGraphRuntime.open(
            new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0), true);
    runtime.pipeline().ingest(DemoCorpus.sources(), IngestListener.SILENT);
    checker = new FactChecker(runtime.graph(), runtime.index(), runtime.pipeline());
    news = checker.checkSource(fixture().toString(), FactChecker.AsOf.PIECE_DATE);
    app =
        ApiServer.create(
                runtime.graph(),
                runtime.index(),
                Optional.of(runtime.pipeline()),
                ApiConfig.READ_ONLY)
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (runtime != null) {
      runtime.close();
    }
  }

  private static Path fixture() {
    Path shared = Path.of(System.getProperty("litgraph.shared", "../../shared"));
    Path file = shared.resolve("fixtures/news/000_4e386e49d09706d8.txt");
    assertTrue(Files.isRegularFile(file), "news fixture missing: " + file.toAbsolutePath());
    return file;
  }

  @Test
  void newsFixtureYieldsEveryKindOfCheckWorthyClaimEachWithAVerdict() {
    assertTrue(news.claims().size() >= 8, "claims: " + news.claims().size());
    Set<CheckKind> kinds =
        news.claims().stream()
            .map(c -> c.claim().kind())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CheckKind.class)));
    assertEquals(EnumSet.allOf(CheckKind.class), kinds);
    for (CheckedClaim c : news.claims()) {
      assertTrue(
          !c.evidence().isEmpty() || c.verdict() == Verdict.NOT_ENOUGH_EVIDENCE,
          c.claim().id() + " has a verdict without evidence");
      assertTrue(c.evidence().stream().map(Evidence::id).toList().containsAll(c.deciding()));
    }
    assertTrue(
        news.claims().stream()
            .anyMatch(
                c -> c.claim().context().quantities().contains("an estimated 30 million cases")));
    assertTrue(
        news.claims().stream()
            .anyMatch(
                c ->
                    c.claim().kind() == CheckKind.TRIAL
                        && c.claim().sentence().contains("180 patients")));
  }

  @Test
  void humanTherapyClaimRaisesSpeciesShiftOnSepticRatEvidence() {
    CheckedClaim therapy =
        news.claims().stream()
            .filter(c -> c.claim().predicate().equals(Optional.of(Predicate.TREATS)))
            .filter(c -> c.claim().context().species().contains("humans"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no human-therapy claim"));
    List<SpinFlag> shifts =
        therapy.flags().stream().filter(f -> f.type() == SpinFlag.Type.SPECIES_SHIFT).toList();
    assertFalse(shifts.isEmpty(), therapy.flags().toString());
    assertTrue(
        shifts.stream()
            .map(
                f ->
                    therapy.evidence().stream()
                        .filter(e -> e.id().equals(f.evidenceId()))
                        .findFirst()
                        .orElseThrow())
            .anyMatch(e -> e.species().contains("rats")),
        shifts.toString());
  }

  @Test
  void asOfDateRestrictsTheEvidenceToEarlierDocuments() {
    FactCheckReport all = checker.check(readFixture(), FactChecker.AsOf.ALL);
    LocalDate cut = LocalDate.of(2018, 1, 1);
    FactCheckReport early = checker.check(readFixture(), FactChecker.AsOf.on(cut));
    Set<String> allDocs = documents(all);
    Set<String> earlyDocs = documents(early);
    assertTrue(allDocs.containsAll(earlyDocs));
    assertTrue(allDocs.size() > earlyDocs.size(), allDocs + " vs " + earlyDocs);
    early.claims().stream()
        .flatMap(c -> c.evidence().stream())
        .forEach(e -> assertFalse(e.published().orElseThrow().isAfter(cut), e.toString()));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), news.asOf());
    assertTrue(
        news.claims().stream()
            .flatMap(c -> c.evidence().stream())
            .noneMatch(e -> e.published().orElseThrow().isAfter(LocalDate.of(2024, 4, 20))));
  }

  private static org.litgraph.ingest.source.SourceDocument readFixture() {
    try {
      return runtime.pipeline().read(fixture().toString()).get(0);
    } catch (org.litgraph.ingest.source.SourceException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<String> documents(FactCheckReport r) {
    return r.claims().stream()
        .flatMap(c -> c.evidence().stream())
        .map(Evidence::documentId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/factcheck"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void apiChecksPastedTextWithoutStoringIt() throws Exception {
    long before = runtime.graph().counts().documents();
    String text = Files.readString(fixture());
    String body =
        JSON.writeValueAsString(
            java.util.Map.of("text", text, "title", "Stem cells and sepsis", "asOf", "none"));
    HttpResponse<String> r = post(body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode json = JSON.readTree(r.body());
    assertEquals("Stem cells and sepsis", json.get("title").asText());
    assertTrue(json.get("asOf").isNull());
    assertTrue(json.get("claims").size() >= 8);
    assertTrue(json.get("sources").size() >= 1);
    assertFalse(json.get("pieceStored").asBoolean());
    assertEquals(before, runtime.graph().counts().documents());
  }

  @Test
  void apiRefusesBadRequestsWithClearMessages() throws Exception {
    assertProblem(post("{}"), "exactly one of 'url'");
    assertProblem(post("{\"text\": "), "not a fact-check request");
    assertProblem(post("{\"url\": \"file:///etc/passwd\"}"), "http(s) address");
    assertProblem(
        post("{\"text\": \"MSCs treat sepsis.\", \"asOf\": \"yesterday\"}"), "YYYY-MM-DD");
    assertProblem(post("{\"txt\": \"typo\"}"), "txt");
    assertProblem(post("{\"url\": \"http://127.0.0.1:" + app.port() + "/\"}"), "cannot read");
  }

  private static void assertProblem(HttpResponse<String> r, String fragment) throws Exception {
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    String detail = JSON.readTree(r.body()).get("detail").asText();
    assertTrue(detail.contains(fragment), detail);
  }
}
