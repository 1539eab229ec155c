package org.litgraph.graph.store;

/**
 * One document could not be written (for example its write ran past the transaction timeout); the
 * store is unchanged and other documents can still be written. Ingestion reports it against the
 * document and goes on.
 */
public class DocumentRejectedException extends RuntimeException {
  public DocumentRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
