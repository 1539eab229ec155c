package org.litgraph.api.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.litgraph.api.http.dto.ClaimDto;
import org.litgraph.api.http.dto.ClaimsDto;
import org.litgraph.api.http.dto.DocumentDto;
import org.litgraph.api.http.dto.EntityDto;
import org.litgraph.api.http.dto.EvidenceDto;
import org.litgraph.api.http.dto.HealthDto;
import org.litgraph.api.http.dto.PathsDto;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.ClaimQuery;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;

/** Read-only routes: health, entities, documents, claims, evidence and paths. */
final class QueryRoutes {
  private final GraphStore graph;
  private final SearchIndex index;

  QueryRoutes(GraphStore graph, SearchIndex index) {
    this.graph = graph;
    this.index = index;
  }

  void register(JavalinDefaultRoutingApi routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/entities/{id}", this::entity);
    routes.get("/api/documents/{id}", this::document);
    routes.get("/api/claims", this::claims);
    routes.get("/api/evidence", this::evidence);
    routes.get("/api/paths", this::paths);
  }

  private void claims(Context ctx) {
    Optional<Curie> subject = optionalCurie(ctx, "subject");
    Optional<Curie> object = optionalCurie(ctx, "object");
    Optional<Predicate> predicate = Optional.empty();
    String p = ctx.queryParam("predicate");
    if (p != null && !p.isBlank()) {
      try {
        predicate = Optional.of(Predicate.parse(p));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(
            e.getMessage()
                + "; predicates are "
                + Arrays.stream(Predicate.values()).map(Predicate::label).toList());
      }
    }
    if (subject.isEmpty() && object.isEmpty() && predicate.isEmpty()) {
      throw ApiException.badRequest("give at least one of 'subject', 'predicate' and 'object'");
    }
    int limit = Params.intParam(ctx, "limit", 50, 1, ClaimQuery.MAX_LIMIT);
    int offset = Params.intParam(ctx, "offset", 0, 0, 100_000);
    boolean negated = !"false".equalsIgnoreCase(ctx.queryParam("includeNegated"));
    List<ClaimDto> page =
        graph.claims(new ClaimQuery(subject, predicate, object, negated, limit, offset)).stream()
            .map(ClaimDto::from)
            .toList();
    ctx.json(new ClaimsDto(page, page.size() == limit ? offset + limit : null));
  }

  private void evidence(Context ctx) {
    Curie subject = Params.curie(Params.required(ctx, "subject"));
    Curie object = Params.curie(Params.required(ctx, "object"));
    int limit = Params.intParam(ctx, "limit", 200, 1, 1_000);
    ctx.json(
        EvidenceDto.from(
            subject.toString(), object.toString(), graph.evidence(subject, object, limit)));
  }

  private void paths(Context ctx) {
    Curie from = Params.curie(Params.required(ctx, "from"));
    Curie to = Params.curie(Params.required(ctx, "to"));
    int maxHops = Params.intParam(ctx, "maxHops", 3, 1, 4);
    int limit = Params.intParam(ctx, "limit", 10, 1, 50);
    ctx.json(
        PathsDto.from(
            from.toString(), to.toString(), maxHops, graph.paths(from, to, maxHops, limit)));
  }

  private static Optional<Curie> optionalCurie(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(Params.curie(value.strip()));
  }

  private void health(Context ctx) {
    ctx.json(HealthDto.from(ApiServer.VERSION, graph.counts()));
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
