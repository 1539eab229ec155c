package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.DemoCorpus;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.IngestListener;

/**
 * Issue 6 done-when checks on the demo corpus, through the real server: a search for "MSC" finds
 * the mesenchymal stem cell documents with highlights, autocomplete "sep" offers sepsis and septic
 * shock; plus facets, filters, cursor paging and the 400s of bad input.
 */
class SearchRoutesIT {
  @TempDir static Path data;
  private static LitGraphRuntime runtime;
  private static Javalin app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void startApp() {
    runtime =
        LitGraphRuntime.open(new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0));
    runtime.pipeline().ingest(DemoCorpus.sources(), IngestListener.SILENT);
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

  private static HttpResponse<String> get(String path, String... params)
      throws IOException, InterruptedException {
    StringBuilder q = new StringBuilder(path);
    for (int i = 0; i < params.length; i += 2) {
      q.append(i == 0 ? '?' : '&')
          .append(params[i])
          .append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + q)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(HttpResponse<String> r) throws IOException {
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void mscFindsMesenchymalStemCellDocumentsWithHighlights() throws Exception {
    JsonNode body = ok(get("/api/search", "q", "MSC"));

    assertTrue(body.get("documentHits").asLong() > 0, body.toString());
    JsonNode first = body.get("documents").get(0);
    assertTrue(first.get("snippet").asText().contains("<mark>"), first.toString());
    boolean mentionsMsc = false;
    for (JsonNode e : first.get("entities")) {
      mentionsMsc |= e.get("name").asText().toLowerCase().contains("mesenchymal");
    }
    assertTrue(mentionsMsc, first.get("entities").toString());
    List<String> expandedNames = new ArrayList<>();
    body.get("expansion").forEach(e -> expandedNames.add(e.get("name").asText().toLowerCase()));
    assertTrue(
        expandedNames.stream().anyMatch(n -> n.contains("mesenchymal")), expandedNames.toString());
  }

  @Test
  void autocompleteSepOffersSepsisAndSepticShock() throws Exception {
    JsonNode body = ok(get("/api/entities", "q", "sep", "limit", "10"));

    assertEquals("sep", body.get("query").asText());
    Set<String> ids = new HashSet<>();
    long previous = Long.MAX_VALUE;
    for (JsonNode s : body.get("suggestions")) {
      ids.add(s.get("id").asText());
      long mentions = s.get("mentions").asLong();
      assertTrue(mentions > 0 && mentions <= previous, body.toString());
      previous = mentions;
    }
    assertTrue(ids.contains("MESH:D018805"), "sepsis: " + body);
    assertTrue(ids.contains("MESH:D012772"), "septic shock: " + body);
  }

  @Test
  void autocompleteMatchesAWordInsideAName() throws Exception {
    JsonNode body = ok(get("/api/entities", "q", "shock"));
    Set<String> ids = new HashSet<>();
    body.get("suggestions").forEach(s -> ids.add(s.get("id").asText()));

    assertTrue(ids.contains("MESH:D012772"), body.toString());
  }

  @Test
  void autocompleteWithoutAQueryIsAProblem() throws Exception {
    for (HttpResponse<String> r : List.of(get("/api/entities"), get("/api/entities", "q", ""))) {
      assertEquals(400, r.statusCode());
      assertTrue(r.headers().firstValue("content-type").orElse("").contains("problem+json"));
      assertTrue(JSON.readTree(r.body()).get("detail").asText().contains("'q'"), r.body());
    }
  }

  @Test
  void anEntityIdFindsEveryMentionAndReportsTheEntity() throws Exception {
    JsonNode body = ok(get("/api/search", "q", "MESH:D018805"));

    assertTrue(body.get("sentenceHits").asLong() > 0);
    assertEquals("MESH:D018805", body.get("expansion").get(0).get("id").asText());
    assertEquals("Disease", body.get("expansion").get(0).get("category").asText());
  }

  @Test
  void facetsCountTheMatchingDocuments() throws Exception {
    JsonNode body = ok(get("/api/search", "q", "sepsis"));
    JsonNode facets = body.get("facets");

    long kinds = 0;
    for (JsonNode k : facets.get("kind")) {
      kinds += k.get("count").asLong();
    }
    assertEquals(body.get("documentHits").asLong(), kinds, facets.toString());
    assertTrue(facets.get("category").toString().contains("\"Disease\""), facets.toString());
    assertTrue(facets.has("year") && facets.has("species") && facets.has("studyType"));
  }

  @Test
  void aKindFilterKeepsOnlyThatKind() throws Exception {
    JsonNode all = ok(get("/api/search", "q", "sepsis"));
    String kind = all.get("facets").get("kind").get(0).get("value").asText();
    long expected = all.get("facets").get("kind").get(0).get("count").asLong();

    JsonNode filtered = ok(get("/api/search", "q", "sepsis", "kind", kind, "limit", "100"));

    assertEquals(expected, filtered.get("documentHits").asLong());
    filtered.get("documents").forEach(d -> assertEquals(kind, d.get("kind").asText()));
  }

  @Test
  void aDateRangeExcludesDocumentsOutsideIt() throws Exception {
    JsonNode none = ok(get("/api/search", "q", "sepsis", "from", "1900", "to", "1901"));
    assertEquals(0, none.get("documentHits").asLong());
    assertEquals(0, none.get("sentenceHits").asLong());
  }

  @Test
  void theCursorPagesThroughEveryDocumentOnce() throws Exception {
    JsonNode all = ok(get("/api/search", "q", "sepsis", "limit", "100"));
    List<String> expected = new ArrayList<>();
    all.get("documents").forEach(d -> expected.add(d.get("id").asText()));

    List<String> paged = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 50; page++) {
      JsonNode body =
          cursor == null
              ? ok(get("/api/search", "q", "sepsis", "limit", "2"))
              : ok(get("/api/search", "q", "sepsis", "limit", "2", "cursor", cursor));
      body.get("documents").forEach(d -> paged.add(d.get("id").asText()));
      if (body.get("nextCursor").isNull()) {
        break;
      }
      cursor = body.get("nextCursor").asText();
    }
    assertTrue(expected.size() > 2, "needs several pages: " + expected);
    assertEquals(expected, paged);
  }

  @Test
  void badSearchInputIsAProblemWithTheReason() throws Exception {
    HttpResponse<String> wildcard = get("/api/search", "q", "*sepsis");
    assertEquals(400, wildcard.statusCode());
    assertTrue(wildcard.body().contains("not allowed as first character"), wildcard.body());

    HttpResponse<String> cursor = get("/api/search", "q", "sepsis", "cursor", "not-a-cursor");
    assertEquals(400, cursor.statusCode());
    assertTrue(cursor.body().contains("cursor"), cursor.body());

    HttpResponse<String> date = get("/api/search", "q", "sepsis", "from", "last week");
    assertEquals(400, date.statusCode());
    assertTrue(date.body().contains("'from'"), date.body());

    HttpResponse<String> kind = get("/api/search", "q", "sepsis", "kind", "PODCAST");
    assertEquals(400, kind.statusCode());
    assertNotEquals("", JSON.readTree(kind.body()).get("detail").asText());
    assertFalse(kind.body().contains("Exception"), kind.body());
  }
}
