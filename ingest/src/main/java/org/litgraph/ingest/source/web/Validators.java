package org.litgraph.ingest.source.web;

import java.util.Objects;
import java.util.Optional;

/**
 * A response's cache validators, sent back as {@code If-None-Match} and {@code If-Modified-Since}
 * on the next fetch of the same address so an unchanged page costs a 304 and no body.
 */
public record Validators(Optional<String> etag, Optional<String> lastModified) {
  public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

  public Validators {
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    etag = etag.map(String::strip).filter(v -> !v.isEmpty() && clean(v));
    lastModified = lastModified.map(String::strip).filter(v -> !v.isEmpty() && clean(v));
  }

  /** Header values with control characters are dropped: they cannot be sent back safely. */
  private static boolean clean(String v) {
    return v.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
