package org.litgraph.api.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.litgraph.api.http.dto.SearchDto;
import org.litgraph.api.http.dto.SuggestionsDto;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.store.SearchFilters;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.SearchRequest;

/**
 * Search routes over the Lucene index: {@code GET /api/search} (documents and sentences with
 * facets, filters and a cursor) and {@code GET /api/entities?q=} (autocomplete of entity names).
 * Multi-valued filters take comma-separated values ({@code kind=NEWS,ABSTRACT}).
 */
final class SearchRoutes {
  private final SearchIndex index;

  SearchRoutes(SearchIndex index) {
    this.index = index;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.get("/api/search", this::search);
    routes.get("/api/entities", this::suggest);
  }

  private void search(Context ctx) {
    String q = Params.required(ctx, "q");
    int limit = Params.intParam(ctx, "limit", 20, 1, SearchRequest.MAX_LIMIT);
    Optional<String> cursor =
        Optional.ofNullable(ctx.queryParam("cursor")).filter(c -> !c.isBlank());
    ctx.json(SearchDto.from(index.search(new SearchRequest(q, limit, filters(ctx), cursor))));
  }

  private void suggest(Context ctx) {
    String q = Params.required(ctx, "q");
    int limit = Params.intParam(ctx, "limit", 10, 1, SearchIndex.MAX_SUGGESTIONS);
    ctx.json(SuggestionsDto.from(q, index.suggest(q, limit)));
  }

  private static SearchFilters filters(Context ctx) {
    return new SearchFilters(
        values(ctx, "kind", v -> parse("kind", v, DocumentKind::parse, DocumentKind.values())),
        optional(ctx, "source"),
        optional(ctx, "from").map(v -> SearchFilters.dateBound("from", v, false)),
        optional(ctx, "to").map(v -> SearchFilters.dateBound("to", v, true)),
        values(
            ctx,
            "category",
            v -> parse("category", v, EntityCategory::parse, EntityCategory.values())),
        values(ctx, "species", Function.identity()),
        values(ctx, "studyType", Function.identity()));
  }

  private static Optional<String> optional(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Comma-separated values of every occurrence of a parameter. */
  private static <T> Set<T> values(Context ctx, String name, Function<String, T> parse) {
    Set<T> out = new LinkedHashSet<>();
    for (String value : ctx.queryParams(name)) {
      for (String v : value.split(",")) {
        if (!v.isBlank()) {
          out.add(parse.apply(v.strip()));
        }
      }
    }
    return out;
  }

  private static <T> T parse(
      String name, String value, Function<String, T> parser, Object[] allowed) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "'"
              + name
              + "' value '"
              + value
              + "' is unknown; expected one of "
              + Arrays.toString(allowed));
    }
  }
}
