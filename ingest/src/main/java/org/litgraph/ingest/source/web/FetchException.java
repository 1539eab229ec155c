package org.litgraph.ingest.source.web;

import java.util.Locale;
import org.litgraph.ingest.source.SourceException;

/**
 * A web address that was not fetched, with the kind of reason, so a crawl can count refusals
 * (guard, robots, content type, size) apart from failures (HTTP errors, network).
 */
public final class FetchException extends SourceException {
  /** Why the address was not fetched. */
  public enum Kind {
    /** Refused by the {@link AddressGuard}: scheme or address. */
    GUARD,
    /** Disallowed by the site's robots.txt. */
    ROBOTS,
    /** Content type not on the allow-list. */
    CONTENT_TYPE,
    /** Body larger than the cap. */
    SIZE,
    /** Body is binary although labelled as text. */
    BINARY,
    /** The server answered with an error status (after retries where they apply). */
    HTTP_STATUS,
    /** More redirects than allowed, a redirect loop, or a redirect without a location. */
    REDIRECTS,
    /** Connection, DNS or timeout failure (after retries). */
    NETWORK,
    /** The fetching thread was interrupted. */
    INTERRUPTED;

    /** Lower-case label for summaries, e.g. {@code content-type}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for a deliberate refusal (counted as skipped), false for a failure. */
    public boolean isSkip() {
      return this == GUARD
          || this == ROBOTS
          || this == CONTENT_TYPE
          || this == SIZE
          || this == BINARY;
    }
  }

  private final Kind kind;
  private final int status;

  public FetchException(String url, Kind kind, String reason) {
    super(url, reason);
    this.kind = kind;
    this.status = -1;
  }

  public FetchException(String url, Kind kind, String reason, Throwable cause) {
    super(url, reason, cause);
    this.kind = kind;
    this.status = -1;
  }

  /** An {@link Kind#HTTP_STATUS} failure with the status the server sent. */
  public FetchException(String url, int status, String reason) {
    super(url, reason);
    this.kind = Kind.HTTP_STATUS;
    this.status = status;
  }

  /** The HTTP status of an {@link Kind#HTTP_STATUS} failure. */
  public java.util.OptionalInt status() {
    return status < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(status);
  }

  public Kind kind() {
    return kind;
  }
}
