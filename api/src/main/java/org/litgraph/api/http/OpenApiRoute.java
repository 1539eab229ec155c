package org.litgraph.api.http;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the hand-written OpenAPI 3 description of every route, a classpath
 * resource ({@value #RESOURCE}) that {@code OpenApiSpecTest} checks against the registered routes.
 */
final class OpenApiRoute {
  static final String RESOURCE = "/org/litgraph/api/http/openapi.json";

  private OpenApiRoute() {}

  static void register(JavalinDefaultRoutingApi routes) {
    byte[] spec = load();
    routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(spec));
  }

  static byte[] load() {
    try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
