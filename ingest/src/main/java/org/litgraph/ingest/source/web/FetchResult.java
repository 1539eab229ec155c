package org.litgraph.ingest.source.web;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A fetched address.
 *
 * @param requested the address asked for
 * @param url where the body came from after redirects
 * @param status 200-class, or 304 when the conditional request found the page unchanged (no body)
 * @param contentType the {@code Content-Type} header as sent (may be empty)
 * @param body the raw body, at most the configured cap
 * @param validators the response's ETag and Last-Modified, for the next fetch
 * @param redirects the addresses redirected through, in order
 */
public record FetchResult(
    URI requested,
    URI url,
    int status,
    String contentType,
    byte[] body,
    Validators validators,
    List<URI> redirects) {
  public FetchResult {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(validators, "validators");
    redirects = List.copyOf(redirects);
  }

  public boolean notModified() {
    return status == 304;
  }

  /** The body as text (header charset, then markup, then sniffing). */
  public String text() {
    return BodyDecoder.decode(body, contentType);
  }

  /** The media type without parameters, lower case. */
  public String mediaType() {
    return WebFetcher.mediaType(contentType);
  }
}
