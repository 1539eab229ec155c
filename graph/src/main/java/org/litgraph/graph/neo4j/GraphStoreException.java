package org.litgraph.graph.neo4j;

/** An infrastructure failure of the graph store (cannot start, cannot connect, query failed). */
public class GraphStoreException extends RuntimeException {
  public GraphStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
