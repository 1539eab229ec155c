package org.litgraph.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.CorsPlugin;
import java.util.Optional;
import org.litgraph.api.http.dto.ProblemDto;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.InvalidQueryException;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.ingest.IngestPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and the web UI. Every {@code /api} error is an RFC 9457 problem document ({@code
 * application/problem+json}) with a message the client can act on; unexpected failures are logged
 * with their stack trace and reported as a plain 500 without one.
 */
public final class ApiServer {
  public static final String VERSION = "0.1.0";
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Request attribute marking that a handler already wrote a problem document. */
  private static final String PROBLEM_SENT = "litgraph.problem";

  /** Request bodies larger than this are refused (413). */
  public static final long MAX_REQUEST_BYTES = 1_000_000;

  private ApiServer() {}

  /** A read-only app (no ingestion, no CORS); call {@code start(host, port)} on the result. */
  public static Javalin create(GraphStore graph, SearchIndex index) {
    return create(graph, index, Optional.empty(), ApiConfig.READ_ONLY);
  }

  /**
   * Builds the app; call {@code start(host, port)} on the result.
   *
   * @param ingest the pipeline {@code POST /api/documents} writes through and fact-checks annotate
   *     with
   * @param api the API key and CORS origins
   */
  public static Javalin create(
      GraphStore graph, SearchIndex index, Optional<IngestPipeline> ingest, ApiConfig api) {
    ObjectMapper mapper = new ObjectMapper();
    QueryRoutes routes = new QueryRoutes(graph, index);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.staticFiles.add("/web", Location.CLASSPATH);
          config.staticFiles.enableWebjars();
          if (!api.corsOrigins().isEmpty()) {
            config.registerPlugin(
                new CorsPlugin(
                    cors ->
                        cors.addRule(
                            rule -> {
                              if (api.corsOrigins().contains("*")) {
                                rule.anyHost();
                              } else {
                                api.corsOrigins().forEach(rule::allowHost);
                              }
                              rule.path = "/api/*";
                            })));
          }
          // refuse an oversized body from its declared length, before any handler reads it: a
          // handler reading it first (with "Expect: 100-continue") left the client without an
          // answer (found by ApiAbuseIT on POST /api/factcheck)
          config.routes.before(
              "/api/*",
              ctx -> {
                if (ctx.contentLength() > MAX_REQUEST_BYTES) {
                  throw new ApiException(
                      413,
                      "the body is "
                          + ctx.contentLength()
                          + " bytes; the limit is "
                          + MAX_REQUEST_BYTES);
                }
              });
          routes.register(config.routes);
          new CypherRoutes(graph, api.apiKey(), mapper).register(config.routes);
          new FactCheckRoutes(graph, index, ingest).register(config.routes);
          new SearchRoutes(index).register(config.routes);
          new NeighborRoutes(graph).register(config.routes);
          new IngestRoutes(ingest, api, mapper).register(config.routes);
          OpenApiRoute.register(config.routes);
          config.routes.exception(
              ApiException.class, (e, ctx) -> problem(ctx, mapper, e.status(), e.getMessage()));
          config.routes.exception(
              InvalidQueryException.class, (e, ctx) -> problem(ctx, mapper, 400, e.getMessage()));
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, mapper, 500, "internal error; the server log has the details");
              });
          config.routes.error(
              404,
              ctx -> {
                if (ctx.path().startsWith("/api") && ctx.attribute(PROBLEM_SENT) == null) {
                  problem(ctx, mapper, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
              });
          config.routes.error(
              405,
              ctx -> {
                if (ctx.path().startsWith("/api") && ctx.attribute(PROBLEM_SENT) == null) {
                  problem(ctx, mapper, 405, ctx.method() + " is not allowed on " + ctx.path());
                }
              });
        });
  }

  static void problem(Context ctx, ObjectMapper mapper, int status, String detail) {
    ProblemDto body = ProblemDto.of(status, reason(status), detail, ctx.path());
    ctx.attribute(PROBLEM_SENT, Boolean.TRUE);
    try {
      ctx.status(status).contentType(PROBLEM_JSON).result(mapper.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a problem document", e);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
