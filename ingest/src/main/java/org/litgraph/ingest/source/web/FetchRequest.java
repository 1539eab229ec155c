package org.litgraph.ingest.source.web;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * One address to fetch.
 *
 * @param url the address
 * @param acceptedTypes media types (lower case, no parameters) whose bodies are read; others are
 *     refused as {@link FetchException.Kind#CONTENT_TYPE}
 * @param validators from the last fetch, for a conditional request (first address only)
 * @param hopCheck called for the address and for every redirect target, after the address guard
 *     (the crawler checks robots.txt here)
 */
public record FetchRequest(
    URI url, Set<String> acceptedTypes, Validators validators, HopCheck hopCheck) {
  /** A check of each address a fetch is about to request. */
  @FunctionalInterface
  public interface HopCheck {
    HopCheck NONE = url -> {};

    void check(URI url) throws FetchException;
  }

  public static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    acceptedTypes = Set.copyOf(acceptedTypes);
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(hopCheck, "hopCheck");
    if (acceptedTypes.isEmpty()) {
      throw new IllegalArgumentException("acceptedTypes must not be empty");
    }
  }

  /** A plain fetch of a page: no validators, no extra checks. */
  public static FetchRequest of(URI url, Set<String> acceptedTypes) {
    return new FetchRequest(url, acceptedTypes, Validators.NONE, HopCheck.NONE);
  }
}
