package org.litgraph.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.litgraph.api.http.dto.FactCheckDto;
import org.litgraph.api.http.dto.FactCheckRequestDto;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.ingest.IngestConfig;
import org.litgraph.ingest.IngestPipeline;
import org.litgraph.ingest.factcheck.FactCheckException;
import org.litgraph.ingest.factcheck.FactCheckReport;
import org.litgraph.ingest.factcheck.FactChecker;

/**
 * {@code POST /api/factcheck}: checks a piece given by URL or as text against the graph and returns
 * the worksheet. It only reads the stores; the piece is never stored. The CoreNLP models load on
 * the first request.
 */
final class FactCheckRoutes {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  private final FactChecker checker;

  FactCheckRoutes(GraphStore graph, SearchIndex index, Optional<IngestPipeline> pipeline) {
    this.checker =
        new FactChecker(
            graph,
            index,
            pipeline.orElseGet(() -> new IngestPipeline(graph, index, IngestConfig.defaults())));
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.post("/api/factcheck", this::factCheck);
  }

  private void factCheck(Context ctx) {
    FactCheckRequestDto body = body(ctx);
    boolean hasUrl = body.url() != null && !body.url().isBlank();
    boolean hasText = body.text() != null && !body.text().isBlank();
    if (hasUrl == hasText) {
      throw ApiException.badRequest(
          "give exactly one of 'url' (an http(s) address) and 'text' (the piece's text)");
    }
    FactChecker.AsOf asOf;
    try {
      asOf = FactChecker.AsOf.parse(body.asOf());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    FactCheckReport report;
    try {
      report =
          hasUrl
              ? checker.checkSource(webAddress(body.url()), asOf)
              : checker.checkText(Optional.ofNullable(body.title()), body.text(), asOf);
    } catch (FactCheckException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    ctx.json(FactCheckDto.from(report));
  }

  private static FactCheckRequestDto body(Context ctx) {
    String raw = ctx.body();
    if (raw.isBlank()) {
      throw ApiException.badRequest(
          "the body must be JSON: {\"url\": ...} or {\"text\": ..., \"title\": ..., \"asOf\": ...}");
    }
    try {
      FactCheckRequestDto dto = JSON.readValue(raw, FactCheckRequestDto.class);
      if (dto == null) {
        throw ApiException.badRequest("the body must be a JSON object");
      }
      return dto;
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      throw ApiException.badRequest(
          "the body is not a fact-check request: "
              + (msg == null ? "malformed JSON" : msg.lines().findFirst().orElse(msg)));
    }
  }

  /** Only http(s) addresses: the API never reads the server's own files. */
  private static String webAddress(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw ApiException.badRequest(
            "'url' must be an http(s) address, not '" + url.strip() + "'");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("'url' is not a valid address: " + e.getMessage());
    }
  }
}
