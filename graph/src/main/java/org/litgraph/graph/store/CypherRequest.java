package org.litgraph.graph.store;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A read-only Cypher query with its parameters and limits.
 *
 * @param query Cypher text, at most {@value #MAX_QUERY_CHARS} characters
 * @param parameters values for {@code $name} placeholders (strings, numbers, booleans, lists, maps)
 * @param rowLimit the most rows returned (1..{@value #MAX_ROWS}); more are cut off and reported
 * @param timeout transaction timeout (1 s .. 5 min)
 */
public record CypherRequest(
    String query, Map<String, Object> parameters, int rowLimit, Duration timeout) {
  public static final int MAX_QUERY_CHARS = 20_000;
  public static final int MAX_ROWS = 10_000;
  public static final int DEFAULT_ROWS = 1_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public CypherRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(timeout, "timeout");
    if (query.isBlank()) {
      throw new CypherRejectedException(CypherRejectedException.Reason.INVALID, "query is empty");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new CypherRejectedException(
          CypherRejectedException.Reason.INVALID,
          "query is " + query.length() + " characters; the limit is " + MAX_QUERY_CHARS);
    }
    if (rowLimit < 1 || rowLimit > MAX_ROWS) {
      throw new CypherRejectedException(
          CypherRejectedException.Reason.INVALID,
          "row limit must be 1.." + MAX_ROWS + ", was " + rowLimit);
    }
    if (timeout.compareTo(Duration.ofSeconds(1)) < 0
        || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new CypherRejectedException(
          CypherRejectedException.Reason.INVALID,
          "timeout must be 1..300 seconds, was " + timeout.toMillis() / 1000.0 + " s");
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A query with default limits. */
  public static CypherRequest of(String query, Map<String, Object> parameters) {
    return new CypherRequest(query, parameters, DEFAULT_ROWS, DEFAULT_TIMEOUT);
  }
}
