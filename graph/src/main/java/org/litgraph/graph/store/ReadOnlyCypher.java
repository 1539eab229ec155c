package org.litgraph.graph.store;

/**
 * Analysts' own Cypher, run safely: the query is first checked for write clauses ({@link
 * CypherGuard}), then run in a <em>read</em> transaction, which is the real guard (the database
 * refuses any write in it, however it is spelled), with a timeout and a row cap. Parameters travel
 * as parameters, never spliced into the text.
 */
public interface ReadOnlyCypher {

  /**
   * Runs a read-only query.
   *
   * @throws CypherRejectedException when the query writes, is malformed, or times out
   */
  CypherResult run(CypherRequest request);
}
