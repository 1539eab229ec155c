package org.litgraph.graph.store;

/**
 * A Cypher query that was not run, or was stopped, with the reason: a write clause, a write the
 * database refused in the read transaction, a malformed query or parameter, or a timeout.
 */
public class CypherRejectedException extends InvalidQueryException {
  /** Why the query was refused. */
  public enum Reason {
    /** A write clause found before running (CREATE, MERGE, DELETE, SET, ...). */
    WRITE_CLAUSE,
    /** The database refused a write inside the read transaction. */
    WRITE_REFUSED,
    /** Empty, too long, a syntax error, a bad parameter. */
    INVALID,
    /** The transaction timed out. */
    TIMEOUT
  }

  private final Reason reason;

  public CypherRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public CypherRejectedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
