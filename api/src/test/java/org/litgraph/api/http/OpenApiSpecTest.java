package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litgraph.api.http.dto.ProblemDto;

/**
 * The hand-written OpenAPI document ({@code /api/openapi.json}) is valid OpenAPI 3 by
 * swagger-parser and documents every route the app registers, with the method it is registered for.
 */
class OpenApiSpecTest {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private static SwaggerParseResult parse(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIParser().readContents(json, null, options);
  }

  private static String spec() {
    return new String(OpenApiRoute.load(), StandardCharsets.UTF_8);
  }

  @Test
  void documentIsValidOpenApi3() {
    SwaggerParseResult result = parse(spec());
    assertEquals(List.of(), result.getMessages(), "validation messages");
    OpenAPI api = result.getOpenAPI();
    assertNotNull(api);
    assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
    assertTrue(api.getComponents().getSchemas().containsKey("Problem"));
  }

  @Test
  void theValidatorRejectsABrokenDocument() {
    String broken = spec().replace("\"#/components/schemas/Problem\"", "\"#/components/nope\"");
    broken = broken.replaceFirst("\"openapi\": \"3.0.3\"", "\"openapi\": 3");
    assertFalse(parse(broken).getMessages().isEmpty());
  }

  @Test
  void everyRegisteredRouteIsDocumented() {
    // The stores are never called: only the routing table is read, the server is not started.
    Javalin app = ApiServer.create(null, null, Optional.empty(), ApiConfig.READ_ONLY);
    OpenAPI api = parse(spec()).getOpenAPI();
    List<String> missing = new ArrayList<>();
    int routes = 0;
    for (var parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      String method = parsed.endpoint.method.name().toUpperCase(Locale.ROOT);
      String path = parsed.endpoint.path;
      if (!path.startsWith("/api") || !METHODS.contains(method)) {
        continue;
      }
      routes++;
      PathItem item = api.getPaths().get(path);
      boolean documented =
          item != null
              && item.readOperationsMap().keySet().stream()
                  .anyMatch(m -> m.name().equalsIgnoreCase(method));
      if (!documented) {
        missing.add(method + " " + path);
      }
    }
    assertTrue(routes >= 10, "routes found: " + routes);
    assertEquals(List.of(), missing, "registered but not in openapi.json");
  }

  @Test
  void everyDocumentedRouteIsRegistered() {
    Javalin app = ApiServer.create(null, null, Optional.empty(), ApiConfig.READ_ONLY);
    Set<String> registered = new java.util.HashSet<>();
    for (var parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      registered.add(
          parsed.endpoint.method.name().toUpperCase(Locale.ROOT) + " " + parsed.endpoint.path);
    }
    List<String> stale = new ArrayList<>();
    parse(spec())
        .getOpenAPI()
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(
                        m -> {
                          if (!registered.contains(m.name() + " " + path)) {
                            stale.add(m.name() + " " + path);
                          }
                        }));
    assertEquals(List.of(), stale, "in openapi.json but not registered");
  }

  @Test
  void everyErrorResponseIsAProblemDocument() {
    OpenAPI api = parse(spec()).getOpenAPI();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperations()
                    .forEach(
                        op ->
                            op.getResponses()
                                .forEach(
                                    (code, response) -> {
                                      if (code.startsWith("4") || code.startsWith("5")) {
                                        assertNotNull(
                                            response.getContent().get("application/problem+json"),
                                            path + " " + code);
                                      }
                                    })));
    assertEquals(
        Set.of("type", "title", "status", "detail", "instance"),
        api.getComponents().getSchemas().get("Problem").getProperties().keySet(),
        "the Problem schema matches " + ProblemDto.class.getSimpleName());
  }
}
