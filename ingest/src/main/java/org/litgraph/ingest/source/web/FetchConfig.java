package org.litgraph.ingest.source.web;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the {@link WebFetcher}.
 *
 * @param userAgent sent with every request, robots.txt included
 * @param timeout connect and read timeout of one request
 * @param maxBytes the largest body read; a larger one is refused, not truncated
 * @param maxRedirects redirects followed per fetch (each re-checked); one more fails the fetch
 * @param retry when and how long to wait before trying again
 */
public record FetchConfig(
    String userAgent, Duration timeout, long maxBytes, int maxRedirects, RetryPolicy retry) {
  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retry, "retry");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 8));
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** The default redirect limit. */
  public static final int MAX_REDIRECTS = 5;
}
