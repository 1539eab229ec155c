package org.litgraph.graph.store;

/** A search query the index cannot run, with a message that says what is wrong with it. */
public class InvalidQueryException extends IllegalArgumentException {
  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }

  public InvalidQueryException(String message) {
    super(message);
  }
}
