package org.litgraph.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litgraph.api.http.dto.IngestResultDto;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.DocumentResult;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.IngestPipeline;
import org.litgraph.ingest.IngestReport;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.SourceRef;

/**
 * {@code POST /api/documents}: ingests a web address ({@code {"url": ...}}, fetched through the
 * ingest pipeline's guarded fetcher, which refuses private and loopback addresses) or a text
 * ({@code {"text": ..., "title": ...}}). Needs the configured API key in {@code X-API-Key} or
 * {@code Authorization: Bearer}; with no key configured, writes are disabled (403).
 */
final class IngestRoutes {
  private static final int MAX_TITLE = 500;
  private final Optional<IngestPipeline> pipeline;
  private final Optional<String> apiKey;
  private final ObjectMapper mapper;

  IngestRoutes(Optional<IngestPipeline> pipeline, ApiConfig config, ObjectMapper mapper) {
    this.pipeline = pipeline;
    this.apiKey = config.apiKey();
    this.mapper = mapper;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.post("/api/documents", this::post);
  }

  private void post(Context ctx) {
    authorize(ctx);
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      throw new ApiException(415, "send the document as application/json, was '" + type + "'");
    }
    JsonNode body = parse(ctx.body());
    String url = text(body, "url");
    String text = text(body, "text");
    if ((url == null) == (text == null)) {
      throw ApiException.badRequest("give exactly one of 'url' and 'text'");
    }
    IngestPipeline ingest =
        pipeline.orElseThrow(
            () -> new ApiException(503, "this server was started without an ingest pipeline"));
    IngestReport report =
        url != null
            ? ingest.ingest(List.of(new SourceRef.UrlRef(uri(url))), IngestListener.SILENT)
            : ingest.ingestDocuments(List.of(textDocument(text, body)), IngestListener.SILENT);
    DocumentResult result = report.results().getFirst();
    if (result.outcome() == DocumentResult.Outcome.FAILED
        || result.outcome() == DocumentResult.Outcome.SKIPPED) {
      throw new ApiException(
          422,
          "cannot ingest " + result.source() + ": " + result.reason().orElse("unknown reason"));
    }
    ctx.status(result.outcome() == DocumentResult.Outcome.CREATED ? 201 : 200);
    ctx.json(IngestResultDto.from(result));
  }

  private void authorize(Context ctx) {
    if (apiKey.isEmpty()) {
      throw new ApiException(
          403,
          "adding documents is disabled: the server has no API key configured (start it with"
              + " --api-key or "
              + ApiConfig.KEY_ENV
              + ")");
    }
    String given = ctx.header("X-API-Key");
    String auth = ctx.header("Authorization");
    if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).strip();
    }
    if (given == null || given.isBlank()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "adding documents needs the API key in the X-API-Key header");
    }
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), apiKey.get().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "the API key is not valid");
    }
  }

  private JsonNode parse(String body) {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || !node.isObject()) {
        throw ApiException.badRequest("the body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw ApiException.badRequest("'" + field + "' must be a non-empty string");
    }
    return v.asText();
  }

  private static URI uri(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw ApiException.badRequest("'url' must be an http or https address, was '" + url + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("'url' is not a valid address: " + e.getMessage());
    }
  }

  /**
   * A posted text becomes a document whose source is {@code api:text/} and a hash of its title and
   * text, so posting the same text again changes nothing.
   */
  private static SourceDocument textDocument(String text, JsonNode body) {
    String title = text(body, "title");
    if (title != null && title.length() > MAX_TITLE) {
      throw ApiException.badRequest("'title' is longer than " + MAX_TITLE + " characters");
    }
    String source = "api:text/" + sha256(Optional.ofNullable(title).orElse("") + "\n" + text);
    return new SourceDocument(
        source,
        Optional.ofNullable(title).map(String::strip),
        Optional.empty(),
        DocumentKind.TEXT,
        text.strip());
  }

  private static String sha256(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
