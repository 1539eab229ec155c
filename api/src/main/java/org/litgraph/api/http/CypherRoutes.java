package org.litgraph.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.litgraph.api.http.dto.CypherResultDto;
import org.litgraph.graph.store.CypherRejectedException;
import org.litgraph.graph.store.CypherRequest;
import org.litgraph.graph.store.GraphStore;

/**
 * {@code POST /api/cypher} with {@code {"query": "...", "parameters": {...}, "limit": 1000,
 * "timeoutSeconds": 30}}: analysts' read-only Cypher. It needs the API key (header {@code
 * X-API-Key}, or {@code Authorization: Bearer KEY}): with no key configured the route is closed
 * (403), a missing or wrong key is 401. A write clause is refused up front (400 naming it), a write
 * that gets past that is refused by Neo4j's read transaction (403), a timeout or a malformed query
 * is 400.
 */
final class CypherRoutes {
  private final GraphStore graph;
  private final Optional<String> apiKey;
  private final ObjectMapper mapper;

  CypherRoutes(GraphStore graph, Optional<String> apiKey, ObjectMapper mapper) {
    this.graph = graph;
    this.apiKey = apiKey.filter(k -> !k.isBlank());
    this.mapper = mapper;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.post("/api/cypher", this::query);
  }

  private void query(Context ctx) {
    authorize(ctx);
    JsonNode body;
    try {
      body = mapper.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("request body is not JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject() || !body.path("query").isTextual()) {
      throw ApiException.badRequest(
          "request body must be {\"query\": \"MATCH ...\", \"parameters\": {...}}");
    }
    JsonNode params = body.path("parameters");
    if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
      throw ApiException.badRequest("'parameters' must be an object of name: value");
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (params.isObject()) {
      params
          .properties()
          .forEach(
              e -> parameters.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class)));
    }
    int limit = intField(body, "limit", CypherRequest.DEFAULT_ROWS);
    int timeout = intField(body, "timeoutSeconds", (int) CypherRequest.DEFAULT_TIMEOUT.toSeconds());
    try {
      CypherRequest request =
          new CypherRequest(
              body.path("query").asText(), parameters, limit, Duration.ofSeconds(timeout));
      ctx.json(CypherResultDto.from(graph.cypher().run(request)));
    } catch (CypherRejectedException e) {
      int status = e.reason() == CypherRejectedException.Reason.WRITE_REFUSED ? 403 : 400;
      throw new ApiException(status, e.getMessage());
    }
  }

  private static int intField(JsonNode body, String name, int fallback) {
    JsonNode v = body.path(name);
    if (v.isMissingNode() || v.isNull()) {
      return fallback;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw ApiException.badRequest("'" + name + "' must be a whole number");
    }
    return v.asInt();
  }

  private void authorize(Context ctx) {
    if (apiKey.isEmpty()) {
      throw new ApiException(
          403,
          "the Cypher endpoint is disabled: no API key is configured on the server (start it with"
              + " --api-key or LITGRAPH_API_KEY)");
    }
    String given = ctx.header("X-API-Key");
    String auth = ctx.header("Authorization");
    if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).strip();
    }
    if (given == null || given.isBlank()) {
      throw new ApiException(401, "an API key is required: send it in the X-API-Key header");
    }
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), apiKey.get().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(401, "the API key is not valid");
    }
  }
}
