package org.litgraph.graph.neo4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litgraph.graph.store.CypherGuard;
import org.litgraph.graph.store.CypherRejectedException;
import org.litgraph.graph.store.CypherRejectedException.Reason;
import org.litgraph.graph.store.CypherRequest;
import org.litgraph.graph.store.CypherResult;
import org.litgraph.graph.store.ReadOnlyCypher;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * {@link ReadOnlyCypher} over the store's driver: {@link CypherGuard} first, then a session opened
 * in {@link AccessMode#READ} running the query in a managed read transaction ({@code executeRead})
 * with the request's timeout. Neo4j refuses any write in such a transaction; the refusal is
 * reported as {@link Reason#WRITE_REFUSED}. Rows past the cap are not read.
 */
final class Neo4jReadOnlyCypher implements ReadOnlyCypher {
  private final Driver driver;

  Neo4jReadOnlyCypher(Driver driver) {
    this.driver = driver;
  }

  @Override
  public CypherResult run(CypherRequest request) {
    CypherGuard.check(request.query());
    return runInReadTransaction(request);
  }

  /** Runs without the up-front check: the read transaction alone guards (tests use this). */
  CypherResult runInReadTransaction(CypherRequest request) {
    long t0 = System.nanoTime();
    TransactionConfig config = TransactionConfig.builder().withTimeout(request.timeout()).build();
    SessionConfig session = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    try (Session s = driver.session(session)) {
      return s.executeRead(
          tx -> {
            var result = tx.run(request.query(), request.parameters());
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
              if (rows.size() == request.rowLimit()) {
                truncated = true;
                break;
              }
              rows.add(row(result.next()));
            }
            return new CypherResult(columns, rows, truncated, (System.nanoTime() - t0) / 1_000_000);
          },
          config);
    } catch (Neo4jException e) {
      throw rejection(e, request);
    }
  }

  private static CypherRejectedException rejection(Neo4jException e, CypherRequest request) {
    String code = e.code() == null ? "" : e.code();
    if (code.contains("AccessMode") || code.contains("Forbidden")) {
      return new CypherRejectedException(
          Reason.WRITE_REFUSED,
          "Neo4j refused to write in the read-only transaction: " + e.getMessage(),
          e);
    }
    if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
      return new CypherRejectedException(
          Reason.TIMEOUT,
          "query stopped after the " + request.timeout().toSeconds() + " s timeout",
          e);
    }
    if (code.startsWith("Neo.ClientError")) {
      return new CypherRejectedException(Reason.INVALID, e.getMessage(), e);
    }
    throw new GraphStoreException("Cypher query failed: " + e.getMessage(), e);
  }

  private static List<Object> row(Record r) {
    List<Object> out = new ArrayList<>(r.size());
    for (Value v : r.values()) {
      out.add(json(v));
    }
    return out;
  }

  /** A driver value as null, String, Long, Double, Boolean, List or Map (see CypherResult). */
  static Object json(Value v) {
    return v == null || v.isNull() ? null : plain(v.asObject());
  }

  private static Object plain(Object o) {
    return switch (o) {
      case null -> null;
      case String s -> s;
      case Long l -> l;
      case Integer i -> i.longValue();
      case Double d -> d;
      case Float f -> f.doubleValue();
      case Boolean b -> b;
      case Node n -> node(n);
      case Relationship r -> relationship(r);
      case Path p -> path(p);
      case byte[] bytes -> java.util.Base64.getEncoder().encodeToString(bytes);
      case List<?> list -> list.stream().map(Neo4jReadOnlyCypher::plain).toList();
      case Map<?, ?> m -> {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
        yield out;
      }
      default -> o.toString(); // dates, times, durations (ISO-8601), points
    };
  }

  private static Map<String, Object> node(Node n) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    n.labels().forEach(labels::add);
    out.put("_labels", labels);
    n.keys().forEach(k -> out.put(k, json(n.get(k))));
    return out;
  }

  private static Map<String, Object> relationship(Relationship r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("_type", r.type());
    r.keys().forEach(k -> out.put(k, json(r.get(k))));
    return out;
  }

  private static List<Object> path(Path p) {
    List<Object> out = new ArrayList<>();
    p.forEach(
        segment -> {
          if (out.isEmpty()) {
            out.add(node(segment.start()));
          }
          out.add(relationship(segment.relationship()));
          out.add(node(segment.end()));
        });
    if (out.isEmpty()) {
      out.add(node(p.start()));
    }
    return out;
  }
}
