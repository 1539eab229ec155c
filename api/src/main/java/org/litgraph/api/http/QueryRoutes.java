package org.litgraph.api.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.litgraph.api.http.dto.DocumentDto;
import org.litgraph.api.http.dto.EntityDto;
import org.litgraph.api.http.dto.HealthDto;
import org.litgraph.api.http.dto.SearchDto;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.SearchRequest;

/** Read-only routes: health, search, entities and documents. */
final class QueryRoutes {
  private final GraphStore graph;
  private final SearchIndex index;

  QueryRoutes(GraphStore graph, SearchIndex index) {
    this.graph = graph;
    this.index = index;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/search", this::search);
    routes.get("/api/entities/{id}", this::entity);
    routes.get("/api/documents/{id}", this::document);
  }

  private void health(Context ctx) {
    ctx.json(HealthDto.from(ApiServer.VERSION, graph.counts()));
  }

  private void search(Context ctx) {
    String q = Params.required(ctx, "q");
    int limit = Params.intParam(ctx, "limit", 20, 1, SearchRequest.MAX_LIMIT);
    ctx.json(SearchDto.from(index.search(new SearchRequest(q, limit))));
  }

  private void entity(Context ctx) {
    Curie id = Params.curie(ctx.pathParam("id"));
    int limit = Params.intParam(ctx, "limit", 20, 1, 200);
    EntityDto dto =
        graph
            .entity(id, limit)
            .map(EntityDto::from)
            .orElseThrow(() -> ApiException.notFound("no entity with id " + id));
    ctx.json(dto);
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    DocumentDto dto =
        graph
            .document(id)
            .map(DocumentDto::from)
            .orElseThrow(() -> ApiException.notFound("no document with id " + id));
    ctx.json(dto);
  }
}
