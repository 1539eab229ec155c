package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 routes over HTTP against the real app with the demo corpus: neighbours, {@code POST
 * /api/documents} with its API key, CORS and the OpenAPI document.
 */
@ExtendWith(DemoApp.Extension.class)
class ApiWriteIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static DemoApp demo;

  @BeforeAll
  static void start(DemoApp app) {
    demo = app;
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String base, String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private static HttpRequest.Builder post(String body, String key) {
    HttpRequest.Builder b =
        request(demo.base(), "/api/documents")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return key == null ? b : b.header("X-API-Key", key);
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private static long documents() throws Exception {
    return json(send(request(demo.base(), "/api/health"))).get("documents").asLong();
  }

  @Test
  void neighborsOfSepsisListClaimLinksFirstThenCoMentions() throws Exception {
    HttpResponse<String> r = send(request(demo.base(), "/api/entities/MESH:D018805/neighbors"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode n = json(r).get("neighbors");
    assertTrue(n.size() > 5, r.body());
    assertNotEquals("co_mentioned", n.get(0).get("predicate").asText());
    assertEquals("co_mentioned", n.get(n.size() - 1).get("predicate").asText());
    JsonNode co =
        json(send(
                request(
                    demo.base(),
                    "/api/entities/MESH:D018805/neighbors?predicate=co_mentioned&category=Cell")))
            .get("neighbors");
    assertTrue(co.size() > 0);
    for (JsonNode x : co) {
      assertEquals("both", x.get("direction").asText());
      assertEquals("Cell", x.get("entity").get("category").asText());
    }
  }

  @Test
  void neighborsRejectBadFiltersAndUnknownEntities() throws Exception {
    HttpResponse<String> bad =
        send(request(demo.base(), "/api/entities/MESH:D018805/neighbors?predicate=likes"));
    assertEquals(400, bad.statusCode());
    assertTrue(json(bad).get("detail").asText().contains("unknown predicate 'likes'"));
    assertEquals(
        400,
        send(request(demo.base(), "/api/entities/MESH:D018805/neighbors?category=Dragon"))
            .statusCode());
    assertEquals(
        400,
        send(request(demo.base(), "/api/entities/MESH:D018805/neighbors?limit=501")).statusCode());
    HttpResponse<String> unknown =
        send(request(demo.base(), "/api/entities/MESH:D000000/neighbors"));
    assertEquals(404, unknown.statusCode());
    assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").get());
  }

  @Test
  void postNeedsTheApiKey() throws Exception {
    long before = documents();
    HttpResponse<String> missing = send(post("{\"text\":\"Sepsis.\"}", null));
    assertEquals(401, missing.statusCode());
    assertTrue(json(missing).get("detail").asText().contains("X-API-Key"));
    HttpResponse<String> wrong = send(post("{\"text\":\"Sepsis.\"}", "not-the-key-at-all"));
    assertEquals(401, wrong.statusCode());
    assertEquals("the API key is not valid", json(wrong).get("detail").asText());
    assertEquals(before, documents(), "the store is unchanged");
  }

  @Test
  void postIsDisabledWithoutAConfiguredKey() throws Exception {
    Javalin readOnly =
        ApiServer.create(
                demo.runtime.graph(), demo.runtime.index(), Optional.empty(), ApiConfig.READ_ONLY)
            .start("127.0.0.1", 0);
    try {
      HttpResponse<String> r =
          send(
              request("http://127.0.0.1:" + readOnly.port(), "/api/documents")
                  .header("Content-Type", "application/json")
                  .header("X-API-Key", DemoApp.API_KEY)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Sepsis.\"}")));
      assertEquals(403, r.statusCode());
      assertTrue(json(r).get("detail").asText().contains("no API key configured"), r.body());
    } finally {
      readOnly.stop();
    }
  }

  @Test
  void postRejectsMalformedBodiesWithReasons() throws Exception {
    long before = documents();
    HttpResponse<String> notJson =
        send(
            request(demo.base(), "/api/documents")
                .header("Content-Type", "text/plain")
                .header("X-API-Key", DemoApp.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("Sepsis.")));
    assertEquals(415, notJson.statusCode());
    assertEquals(400, send(post("{\"text\":", DemoApp.API_KEY)).statusCode());
    HttpResponse<String> both =
        send(post("{\"text\":\"a\",\"url\":\"https://example.org/\"}", DemoApp.API_KEY));
    assertEquals(400, both.statusCode());
    assertEquals("give exactly one of 'url' and 'text'", json(both).get("detail").asText());
    assertEquals(
        400, send(post("{\"url\":\"ftp://example.org/x\"}", DemoApp.API_KEY)).statusCode());
    assertEquals(before, documents(), "the store is unchanged");
  }

  @Test
  void postOfALoopbackUrlIsRefusedByTheFetchersAddressGuard() throws Exception {
    long before = documents();
    HttpResponse<String> r =
        send(post("{\"url\":\"" + demo.base() + "/index.html\"}", DemoApp.API_KEY));
    assertEquals(422, r.statusCode(), r.body());
    assertTrue(json(r).get("detail").asText().startsWith("cannot ingest"), r.body());
    assertEquals(before, documents(), "the store is unchanged");
  }

  @Test
  void postedTextIsIngestedOnceAndReadable() throws Exception {
    String body =
        "{\"title\":\"Posted note on septic shock\",\"text\":\"Mesenchymal stem cells reduced"
            + " interleukin-6 in mice with septic shock. Hydrocortisone is used in septic shock.\"}";
    HttpResponse<String> created = send(post(body, DemoApp.API_KEY));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode result = json(created);
    assertEquals("created", result.get("outcome").asText());
    assertTrue(result.get("mentions").asInt() > 0);
    String id = result.get("documentId").asText();
    JsonNode doc = json(send(request(demo.base(), "/api/documents/" + id)));
    assertEquals("Posted note on septic shock", doc.get("title").asText());
    assertTrue(doc.get("mentions").size() > 0);
    HttpResponse<String> again =
        send(
            request(demo.base(), "/api/documents")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DemoApp.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(200, again.statusCode());
    assertEquals("unchanged", json(again).get("outcome").asText());
  }

  @Test
  void corsIsOffUnlessOriginsAreConfigured() throws Exception {
    HttpResponse<String> off =
        send(request(demo.base(), "/api/health").header("Origin", "https://lab.example.org"));
    assertFalse(off.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    Javalin withCors =
        ApiServer.create(
                demo.runtime.graph(),
                demo.runtime.index(),
                Optional.empty(),
                new ApiConfig(Optional.empty(), List.of("https://lab.example.org")))
            .start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + withCors.port();
      HttpResponse<String> on =
          send(request(base, "/api/health").header("Origin", "https://lab.example.org"));
      assertEquals(
          "https://lab.example.org",
          on.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> other =
          send(request(base, "/api/health").header("Origin", "https://evil.example.com"));
      assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    } finally {
      withCors.stop();
    }
  }

  @Test
  void servesTheOpenApiDocument() throws Exception {
    HttpResponse<String> r = send(request(demo.base(), "/api/openapi.json"));
    assertEquals(200, r.statusCode());
    assertTrue(json(r).get("openapi").asText().startsWith("3."));
    assertTrue(json(r).get("paths").has("/api/entities/{id}/neighbors"));
  }

  @Test
  void servesCytoscapeFromItsWebJar() throws Exception {
    String html = send(request(demo.base(), "/")).body();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("src=\"(/webjars/cytoscape/[^\"]+)\"").matcher(html);
    assertTrue(m.find(), "index.html loads Cytoscape from its WebJar");
    assertFalse(m.group(1).contains("${"), "the version was filled in: " + m.group(1));
    HttpResponse<String> js = send(request(demo.base(), m.group(1)));
    assertEquals(200, js.statusCode(), m.group(1));
    assertTrue(js.body().length() > 100_000);
  }
}
