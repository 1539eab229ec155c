package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.cli.Main;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.model.Sentence;
import org.litgraph.graph.store.GraphCounts;

/**
 * Issue 9: {@code POST /api/cypher} and {@code litgraph cypher} against a real Neo4j over Bolt and
 * the real app on a free port: reads work with parameters; the key is required; writes are refused
 * and leave the counts unchanged.
 */
class CypherRoutesIT {
  private static final String KEY = "test-key-8f3a";
  @TempDir static Path data;
  private static LitGraphRuntime runtime;
  private static Javalin app;
  private static Javalin closedApp;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    runtime =
        LitGraphRuntime.open(new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0));
    runtime.graph().write(sampleDocument());
    app =
        ApiServer.create(
                runtime.graph(),
                runtime.index(),
                Optional.empty(),
                new ApiConfig(Optional.of(KEY), java.util.List.of()))
            .start("127.0.0.1", 0);
    closedApp = ApiServer.create(runtime.graph(), runtime.index()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    for (Javalin a : new Javalin[] {app, closedApp}) {
      if (a != null) {
        a.stop();
      }
    }
    if (runtime != null) {
      runtime.close();
    }
  }

  /** "Stem cells treat sepsis." with its two mentions and the claim. */
  static AnnotatedDocument sampleDocument() {
    String text = "Stem cells treat sepsis.";
    Provenance p = new Provenance("test", "1");
    Entity cells =
        new Entity(
            Curie.parse("MESH:D059630"),
            EntityCategory.CELL,
            "Mesenchymal Stem Cells",
            List.of("MSC"),
            List.of());
    Entity sepsis =
        new Entity(
            Curie.parse("MESH:D018805"), EntityCategory.DISEASE, "Sepsis", List.of(), List.of());
    Document d =
        new Document(
            "doc-cypher",
            "test:cypher",
            "Stem cells and sepsis",
            Optional.of(LocalDate.of(2024, 1, 2)),
            DocumentKind.NEWS,
            "hash-1");
    return new AnnotatedDocument(
        d,
        text,
        List.of(new Sentence("doc-cypher", 0, 0, text.length(), text)),
        List.of(cells, sepsis),
        List.of(
            new Mention(cells.id(), "doc-cypher", 0, 0, 10, "Stem cells", p),
            new Mention(sepsis.id(), "doc-cypher", 0, 17, 23, "sepsis", p)),
        List.of(
            new Claim(
                cells.id(),
                Predicate.TREATS,
                sepsis.id(),
                "doc-cypher",
                OptionalInt.of(0),
                OptionalInt.of(11),
                OptionalInt.of(16),
                p,
                Map.of(),
                "treat",
                ClaimContext.NONE)));
  }

  private static HttpResponse<String> post(Javalin target, String body, Optional<String> key)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/api/cypher"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    key.ifPresent(k -> b.header("X-API-Key", k));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String query(String cypher, Map<String, Object> params) throws Exception {
    return JSON.writeValueAsString(Map.of("query", cypher, "parameters", params));
  }

  @Test
  void runsAReadQueryWithParametersAndReturnsColumnsAndRows() throws Exception {
    HttpResponse<String> r =
        post(
            app,
            query(
                "MATCH (a:Entity)-[t:TREATS]->(b:Entity {id: $id}) RETURN a.name AS name, t, b",
                Map.of("id", "MESH:D018805")),
            Optional.of(KEY));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = JSON.readTree(r.body());
    assertEquals("[\"name\",\"t\",\"b\"]", body.get("columns").toString());
    assertEquals(1, body.get("rowCount").asInt());
    JsonNode row = body.get("rows").get(0);
    assertEquals("Mesenchymal Stem Cells", row.get(0).asText());
    assertEquals("TREATS", row.get(1).get("_type").asText());
    assertEquals("Entity", row.get(2).get("_labels").get(0).asText());
  }

  @Test
  void refusesWithoutTheKeyAndWhenNoKeyIsConfigured() throws Exception {
    String q = query("MATCH (n) RETURN count(n)", Map.of());
    HttpResponse<String> missing = post(app, q, Optional.empty());
    assertEquals(401, missing.statusCode());
    assertTrue(missing.body().contains("API key is required"), missing.body());
    assertEquals(401, post(app, q, Optional.of("wrong")).statusCode());
    HttpResponse<String> closed = post(closedApp, q, Optional.of(KEY));
    assertEquals(403, closed.statusCode());
    assertTrue(closed.body().contains("no API key is configured"), closed.body());
  }

  @Test
  void refusesWriteClausesNamingThemAndLeavesTheGraphUnchanged() throws Exception {
    GraphCounts before = runtime.graph().counts();
    for (String[] write :
        new String[][] {
          {"CREATE (n:Entity {id: 'X:1', name: 'x', category: 'Other'})", "CREATE"},
          {"MATCH (n) DETACH DELETE n", "DETACH DELETE"},
          {"MATCH (e:Entity) SET e.name = 'hacked'", "SET"},
          {"MATCH (e:Entity) CALL (e) { MERGE (:Smuggled) } RETURN e", "MERGE"},
          {"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "LOAD CSV"}
        }) {
      HttpResponse<String> r = post(app, query(write[0], Map.of()), Optional.of(KEY));
      assertEquals(400, r.statusCode(), write[0] + " -> " + r.body());
      assertTrue(r.body().contains(write[1]), r.body());
      assertTrue(
          r.body().contains("application/problem+json")
              || r.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    }
    assertEquals(before, runtime.graph().counts());
  }

  @Test
  void refusesAMalformedBodyOrQueryWith400() throws Exception {
    assertEquals(400, post(app, "not json", Optional.of(KEY)).statusCode());
    assertEquals(400, post(app, "{\"parameters\":{}}", Optional.of(KEY)).statusCode());
    assertEquals(
        400, post(app, query("MATCH (n RETURN n", Map.of()), Optional.of(KEY)).statusCode());
  }

  @Test
  void cliRunsReadsAndRefusesWritesLeavingCountsUnchanged(@TempDir Path cliData) {
    String uri = runtime.connection().uri().toString();
    GraphCounts before = runtime.graph().counts();
    assertEquals(
        0,
        Main.run(
            "cypher",
            "--neo4j-uri",
            uri,
            "--data",
            cliData.toString(),
            "MATCH (e:Entity {id: $id}) RETURN e.name",
            "--param",
            "id=MESH:D018805"));
    assertEquals(
        1,
        Main.run(
            "cypher",
            "--neo4j-uri",
            uri,
            "--data",
            cliData.toString(),
            "MATCH (n) DETACH DELETE n"));
    assertEquals(
        1,
        Main.run(
            "cypher",
            "--neo4j-uri",
            uri,
            "--data",
            cliData.toString(),
            "MATCH (e:Entity) CALL (e) { CREATE (:Smuggled) } RETURN count(*)"));
    assertEquals(before, runtime.graph().counts());
  }
}
