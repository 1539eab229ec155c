package org.litgraph.ingest.source;

/**
 * A source that cannot be read into a document: missing, empty, too large, malformed, refused. It
 * names the source and the reason; ingestion counts it and goes on with the next source.
 */
public class SourceException extends Exception {
  private final String source;

  public SourceException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
  }

  public SourceException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
  }

  public String source() {
    return source;
  }

  /** The reason without the source prefix. */
  public String reason() {
    return getMessage().substring(source.length() + 2);
  }
}
