package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.store.CypherResult;

/**
 * {@code POST /api/cypher}: the columns and rows of a read-only query. Values are JSON values;
 * nodes are objects with {@code _labels}, relationships objects with {@code _type}.
 *
 * @param truncated true when more rows than {@code limit} matched and the rest were not read
 */
public record CypherResultDto(
    List<String> columns, List<List<Object>> rows, int rowCount, boolean truncated, long millis) {
  public static CypherResultDto from(CypherResult r) {
    return new CypherResultDto(r.columns(), r.rows(), r.rows().size(), r.truncated(), r.millis());
  }
}
