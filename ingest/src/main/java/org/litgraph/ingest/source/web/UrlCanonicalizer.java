package org.litgraph.ingest.source.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Normalises http(s) addresses so one page has one name: lower-case scheme and host, default port
 * removed, empty path made {@code /}, dot segments resolved, fragment dropped, and tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) removed. The order of the other
 * query parameters is kept: some sites give it meaning.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl",
          "igshid", "ref_src", "cmpid", "ocid");

  private UrlCanonicalizer() {}

  /** The canonical form of an absolute http(s) address, or empty for anything else. */
  public static Optional<URI> canonical(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return canonical(uri);
  }

  /** The canonical form of an absolute http(s) address, or empty for anything else. */
  public static Optional<URI> canonical(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = cleanQuery(uri.getRawQuery());
    StringBuilder b = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) {
      b.append(':').append(port);
    }
    b.append(path);
    if (query != null) {
      b.append('?').append(query);
    }
    try {
      return Optional.of(new URI(b.toString()).normalize());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String cleanQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }

  /**
   * The site a host belongs to for "same-site" decisions: the host without a leading {@code www.}.
   */
  public static String site(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
