package org.litgraph.graph.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A search over documents and sentences.
 *
 * @param query Lucene query syntax over text and titles, or a CURIE such as {@code MESH:D018805} to
 *     find every mention of that entity
 * @param limit the most hits of each kind (1..{@value #MAX_LIMIT})
 * @param filters restrictions on the documents and sentences returned
 * @param cursor the {@code nextCursor} of the previous page, empty for the first page
 */
public record SearchRequest(
    String query, int limit, SearchFilters filters, Optional<String> cursor) {
  public static final int MAX_LIMIT = 100;
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** The first page without filters. */
  public SearchRequest(String query, int limit) {
    this(query, limit, SearchFilters.NONE, Optional.empty());
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(cursor, "cursor");
    if (query.isBlank()) {
      throw new InvalidQueryException("query must not be empty");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidQueryException(
          "query is " + query.length() + " characters; the limit is " + MAX_QUERY_LENGTH);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }
}
