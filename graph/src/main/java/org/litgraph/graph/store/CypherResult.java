package org.litgraph.graph.store;

import java.util.Collections;
import java.util.List;

/**
 * The rows of a read-only query. Values are JSON-safe: {@code null}, {@link String}, {@link Long},
 * {@link Double}, {@link Boolean}, lists and string-keyed maps of these. Nodes become maps with
 * {@code _labels} and their properties, relationships maps with {@code _type}, paths lists of both,
 * dates and times ISO-8601 strings.
 *
 * @param columns the column names, in order
 * @param rows one list of values per row, in column order
 * @param truncated true when the query had more rows than the row limit
 * @param millis time to run and read the query
 */
public record CypherResult(
    List<String> columns, List<List<Object>> rows, boolean truncated, long millis) {
  public CypherResult {
    columns = List.copyOf(columns);
    // rows may hold nulls, which List.copyOf refuses
    rows =
        rows.stream().map(r -> Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
  }
}
