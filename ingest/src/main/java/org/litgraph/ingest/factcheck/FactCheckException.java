package org.litgraph.ingest.factcheck;

/** A piece that cannot be checked: unreadable, unfetchable, empty or too large. */
public class FactCheckException extends Exception {
  public FactCheckException(String message) {
    super(message);
  }

  public FactCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
