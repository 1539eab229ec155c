package org.litgraph.ingest.source;

import java.time.Duration;

/**
 * Bounds on what a reader accepts.
 *
 * @param maxBytes the largest file or response body read
 * @param timeout connect and read timeout for web addresses
 * @param userAgent sent with every request
 */
public record SourceLimits(long maxBytes, Duration timeout, String userAgent) {
  public SourceLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
  }

  public static SourceLimits defaults() {
    return new SourceLimits(20L * 1024 * 1024, Duration.ofSeconds(20), "LitGraph/0.1 (research)");
  }
}
