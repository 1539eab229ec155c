package org.litgraph.ingest.pubtator;

/**
 * A line of a PubTator file that does not fit the format. The message names the file and the
 * 1-based line number, so a broken corpus can be fixed by hand.
 */
public final class PubTatorFormatException extends RuntimeException {
  private final String source;
  private final int line;

  public PubTatorFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** The file's name as the reader was given it. */
  public String source() {
    return source;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}
