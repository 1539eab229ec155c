package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.DemoCorpus;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.IngestReport;

/**
 * The real app on a free port over the demo corpus, ingested into an embedded Neo4j (through the
 * driver over Bolt) and an on-disk Lucene index, exercised with a real HTTP client.
 */
class ApiServerIT {
  @TempDir static Path data;
  private static LitGraphRuntime runtime;
  private static Javalin app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static IngestReport firstIngest;

  @BeforeAll
  static void startApp() {
    runtime =
        LitGraphRuntime.open(new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0));
    firstIngest = runtime.pipeline().ingest(DemoCorpus.sources(), IngestListener.SILENT);
    app = ApiServer.create(runtime.graph(), runtime.index()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stopApp() {
    if (app != null) {
      app.stop();
    }
    if (runtime != null) {
      runtime.close();
    }
  }

  private static HttpResponse<String> get(String pathAndQuery)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Test
  void demoCorpusIsIngestedWithoutFailures() {
    assertEquals(15, firstIngest.results().size());
    assertTrue(firstIngest.failures().isEmpty(), firstIngest.summary());
  }

  @Test
  void healthReportsStoredCounts() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertEquals(200, r.statusCode());
    JsonNode body = json(r);
    assertEquals("ok", body.get("status").asText());
    assertEquals(15, body.get("documents").asLong());
    assertTrue(body.get("mentions").asLong() > 100);
  }

  @Test
  void searchForSepsisReturnsHighlightedDocumentsAndSentences() throws Exception {
    HttpResponse<String> r = get("/api/search?q=sepsis&limit=5");
    assertEquals(200, r.statusCode());
    JsonNode body = json(r);
    assertTrue(body.get("documentHits").asLong() >= 5);
    assertEquals(5, body.get("documents").size());
    JsonNode first = body.get("documents").get(0);
    assertTrue(first.get("snippet").asText().toLowerCase().contains("<mark>sepsis</mark>"));
    assertTrue(first.get("entities").size() > 0);
    JsonNode sentence = body.get("sentences").get(0);
    assertTrue(sentence.get("snippet").asText().contains("<mark>"));
    assertFalse(sentence.get("documentTitle").asText().isBlank());
  }

  @Test
  void entityQueryFindsEveryMentionOfSepsis() throws Exception {
    JsonNode body = json(get("/api/search?q=MESH:D018805&limit=100"));
    JsonNode entity = json(get("/api/entities/MESH:D018805"));
    assertTrue(body.get("sentenceHits").asLong() > 10);
    assertTrue(body.get("sentences").get(0).get("snippet").asText().contains("<mark>"));
    assertTrue(body.get("documentHits").asLong() <= entity.get("documentCount").asLong());
  }

  @Test
  void entityCardHasCountsAndCoMentions() throws Exception {
    HttpResponse<String> r = get("/api/entities/MESH:D018805");
    assertEquals(200, r.statusCode());
    JsonNode body = json(r);
    assertEquals("Sepsis", body.get("name").asText());
    assertEquals("Disease", body.get("category").asText());
    assertTrue(body.get("mentionCount").asLong() >= body.get("documentCount").asLong());
    assertTrue(body.get("documentCount").asLong() >= 5);
    assertTrue(body.get("coMentions").size() > 0);
    long firstCount = body.get("coMentions").get(0).get("count").asLong();
    long lastCount =
        body.get("coMentions").get(body.get("coMentions").size() - 1).get("count").asLong();
    assertTrue(firstCount >= lastCount, "co-mentions are sorted by count");
  }

  @Test
  void documentHasTextAndMentionOffsetsThatMatchIt() throws Exception {
    JsonNode hit = json(get("/api/search?q=sepsis&limit=1")).get("documents").get(0);
    HttpResponse<String> r = get("/api/documents/" + hit.get("id").asText());
    assertEquals(200, r.statusCode());
    JsonNode doc = json(r);
    String text = doc.get("text").asText();
    assertTrue(doc.get("mentions").size() > 0);
    for (JsonNode m : doc.get("mentions")) {
      assertEquals(
          m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
  }

  @Test
  void returns404ProblemJsonWhenEntityUnknown() throws Exception {
    HttpResponse<String> r = get("/api/entities/MESH:D999999");
    assertEquals(404, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = json(r);
    assertEquals(404, body.get("status").asInt());
    assertTrue(body.get("detail").asText().contains("MESH:D999999"));
  }

  @Test
  void returns404ProblemJsonWhenDocumentUnknown() throws Exception {
    HttpResponse<String> r = get("/api/documents/doc-0000000000000000");
    assertEquals(404, r.statusCode());
    assertTrue(json(r).get("detail").asText().contains("doc-0000000000000000"));
  }

  @Test
  void returns400ProblemJsonForMalformedQuery() throws Exception {
    HttpResponse<String> r = get("/api/search?q=sepsis%20AND");
    assertEquals(400, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = json(r);
    assertTrue(body.get("detail").asText().contains("sepsis AND"), body.toString());
    assertFalse(r.body().contains("at org."), "no stack trace in the response");
  }

  @Test
  void evidenceBetweenStemCellsAndSepsisHasProfilesAndSentences() throws Exception {
    HttpResponse<String> r = get("/api/evidence?subject=MESH:D059630&object=MESH:D018805");
    assertEquals(200, r.statusCode());
    JsonNode groups = json(r).get("groups");
    assertTrue(groups.size() > 0, r.body());
    JsonNode group = groups.get(0);
    assertTrue(group.get("profile").get("supportingDocuments").asInt() >= 1, group.toString());
    assertTrue(group.get("profile").get("belief").asDouble() > 0);
    JsonNode claim = group.get("claims").get(0);
    String sentence = claim.get("sentence").asText();
    int start = claim.get("triggerStart").asInt();
    int end = claim.get("triggerEnd").asInt();
    assertEquals(claim.get("trigger").asText(), sentence.substring(start, end));
    assertFalse(claim.get("documentTitle").asText().isBlank());
  }

  @Test
  void claimsOfAnEntityArePagedAndFilteredByPredicate() throws Exception {
    JsonNode page = json(get("/api/claims?subject=MESH:D059630&limit=2"));
    assertEquals(2, page.get("claims").size());
    assertEquals(2, page.get("nextOffset").asInt());
    JsonNode treats = json(get("/api/claims?subject=MESH:D059630&predicate=treats&limit=50"));
    for (JsonNode c : treats.get("claims")) {
      assertEquals("treats", c.get("predicate").asText());
      assertEquals("MESH:D059630", c.get("subject").get("id").asText());
    }
    assertEquals(400, get("/api/claims").statusCode());
    assertEquals(400, get("/api/claims?subject=MESH:D059630&predicate=cures").statusCode());
  }

  @Test
  void pathsAreBoundedAndCarryEvidencePerHop() throws Exception {
    HttpResponse<String> r = get("/api/paths?from=MESH:D059630&to=MESH:D018805&maxHops=3");
    assertEquals(200, r.statusCode());
    JsonNode paths = json(r).get("paths");
    assertTrue(paths.size() > 0, r.body());
    for (JsonNode hop : paths.get(0).get("hops")) {
      assertTrue(hop.get("claims").size() > 0);
    }
    assertEquals(400, get("/api/paths?from=MESH:D059630&to=MESH:D018805&maxHops=5").statusCode());
    assertEquals(400, get("/api/paths?from=MESH:D059630").statusCode());
  }

  @Test
  void returns400ForBadParameters() throws Exception {
    assertEquals(400, get("/api/search").statusCode());
    assertEquals(400, get("/api/search?q=sepsis&limit=100000").statusCode());
    assertEquals(400, get("/api/search?q=sepsis&limit=ten").statusCode());
    assertEquals(400, get("/api/search?q=*sis").statusCode());
    assertEquals(400, get("/api/entities/not-a-curie").statusCode());
  }

  @Test
  void returns404ProblemJsonForUnknownEndpoint() throws Exception {
    HttpResponse<String> r = get("/api/nothing-here");
    assertEquals(404, r.statusCode());
    assertEquals(404, json(r).get("status").asInt());
  }

  @Test
  void servesTheWebUi() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("LitGraph"));
    assertEquals(200, get("/app.js").statusCode());
  }

  @Test
  void reingestingTheDemoCorpusChangesNothing() {
    GraphCounts before = runtime.graph().counts();
    IngestReport again = runtime.pipeline().ingest(DemoCorpus.sources(), IngestListener.SILENT);
    assertEquals(15, again.count(org.litgraph.ingest.DocumentResult.Outcome.UNCHANGED));
    assertEquals(before, runtime.graph().counts());
    assertEquals(
        runtime.index().documentIds(), java.util.Set.copyOf(runtime.graph().documentIds()));
  }
}
