package org.litgraph.api.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.litgraph.api.http.dto.NeighborsDto;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.Neighbor;
import org.litgraph.graph.store.NeighborQuery;

/** {@code GET /api/entities/{id}/neighbors}: an entity's neighbourhood for the graph view. */
final class NeighborRoutes {
  private final GraphStore graph;

  NeighborRoutes(GraphStore graph) {
    this.graph = graph;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.get("/api/entities/{id}/neighbors", this::neighbors);
  }

  private void neighbors(Context ctx) {
    Curie id = Params.curie(ctx.pathParam("id"));
    Optional<Predicate> predicate = optional(ctx, "predicate").map(NeighborRoutes::predicate);
    Optional<EntityCategory> category = optional(ctx, "category").map(NeighborRoutes::category);
    int limit = Params.intParam(ctx, "limit", 50, 1, NeighborQuery.MAX_LIMIT);
    List<Neighbor> neighbors = graph.neighbors(new NeighborQuery(id, predicate, category, limit));
    if (neighbors.isEmpty() && graph.entity(id, 1).isEmpty()) {
      throw ApiException.notFound("no entity with id " + id);
    }
    ctx.json(NeighborsDto.from(id.toString(), neighbors));
  }

  private static Optional<String> optional(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static Predicate predicate(String value) {
    try {
      return Predicate.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "unknown predicate '"
              + value
              + "'; predicates are "
              + Arrays.stream(Predicate.values()).map(Predicate::label).toList());
    }
  }

  private static EntityCategory category(String value) {
    try {
      return EntityCategory.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
