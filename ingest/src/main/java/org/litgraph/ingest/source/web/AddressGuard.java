package org.litgraph.ingest.source.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses web addresses that would make LitGraph reach into the machine or network it runs in
 * (server-side request forgery): non-http(s) schemes, and hosts that resolve to a loopback,
 * private, link-local (cloud metadata at 169.254.169.254), unique-local, unspecified, multicast or
 * reserved address. Every address a host resolves to is checked, on the first request and on every
 * redirect.
 *
 * <p>With {@code allowPrivate} (for intranet sites and for tests against a local server) loopback,
 * private (RFC 1918, 100.64/10) and IPv6 unique-local addresses are allowed; link-local (where
 * cloud metadata services live), unspecified, multicast and reserved addresses and every scheme but
 * http and https stay refused, because no web page is served there.
 *
 * <p>The check resolves the host through {@link InetAddress}, whose positive cache (30 s by
 * default) the HTTP client then hits, so a DNS answer that changes between check and connect (DNS
 * rebinding) would have to outlive that cache; a resolver with a zero TTL override would reopen
 * that window.
 */
public final class AddressGuard {
  /** What kind of address an IP is, for the decision and for messages. */
  public enum AddressClass {
    PUBLIC,
    LOOPBACK,
    PRIVATE,
    UNIQUE_LOCAL,
    LINK_LOCAL,
    UNSPECIFIED,
    MULTICAST,
    RESERVED;

    boolean allowedWithPrivate() {
      return this == PUBLIC || this == LOOPBACK || this == PRIVATE || this == UNIQUE_LOCAL;
    }
  }

  /** Resolves a host to all its addresses; replaced in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  public AddressGuard(boolean allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  public AddressGuard(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public boolean allowsPrivate() {
    return allowPrivate;
  }

  /**
   * Checks a URL before it is requested.
   *
   * @throws FetchException of kind {@link FetchException.Kind#GUARD} when refused, {@link
   *     FetchException.Kind#NETWORK} when the host does not resolve
   */
  public void check(URI url) throws FetchException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          url.toString(),
          FetchException.Kind.GUARD,
          "scheme '" + scheme + "' refused; only http and https are fetched");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(url.toString(), FetchException.Kind.GUARD, "no host in address");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(
          url.toString(), FetchException.Kind.NETWORK, "unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      AddressClass kind = classify(address);
      boolean allowed = kind == AddressClass.PUBLIC || (allowPrivate && kind.allowedWithPrivate());
      if (!allowed) {
        throw new FetchException(
            url.toString(),
            FetchException.Kind.GUARD,
            "address "
                + address.getHostAddress()
                + " of "
                + host
                + " is "
                + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (allowPrivate || !kind.allowedWithPrivate() ? "" : " (see --allow-private)"));
      }
    }
  }

  /** The class of one address. IPv4-mapped and NAT64 IPv6 addresses are judged by their IPv4. */
  public static AddressClass classify(InetAddress address) {
    if (address instanceof Inet4Address v4) {
      return classify4(v4.getAddress());
    }
    byte[] b = ((Inet6Address) address).getAddress();
    if (isMapped(b) || isNat64(b)) {
      return classify4(new byte[] {b[12], b[13], b[14], b[15]});
    }
    if (address.isAnyLocalAddress()) {
      return AddressClass.UNSPECIFIED;
    }
    if (address.isLoopbackAddress()) {
      return AddressClass.LOOPBACK;
    }
    int first = b[0] & 0xff;
    if (first == 0xff) {
      return AddressClass.MULTICAST;
    }
    if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
      return AddressClass.LINK_LOCAL; // fe80::/10
    }
    if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
      return AddressClass.PRIVATE; // fec0::/10, deprecated site-local
    }
    if ((first & 0xfe) == 0xfc) {
      return AddressClass.UNIQUE_LOCAL; // fc00::/7
    }
    return AddressClass.PUBLIC;
  }

  private static AddressClass classify4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    if (a0 == 0) {
      return AddressClass.UNSPECIFIED; // 0.0.0.0/8, "this network"
    }
    if (a0 == 127) {
      return AddressClass.LOOPBACK;
    }
    if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
      return AddressClass.PRIVATE;
    }
    if (a0 == 100 && (a1 & 0xc0) == 64) {
      return AddressClass.PRIVATE; // 100.64/10, carrier-grade NAT
    }
    if (a0 == 169 && a1 == 254) {
      return AddressClass.LINK_LOCAL;
    }
    if (a0 >= 224 && a0 <= 239) {
      return AddressClass.MULTICAST;
    }
    if (a0 >= 240) {
      return AddressClass.RESERVED; // 240/4 and the broadcast address
    }
    return AddressClass.PUBLIC;
  }

  private static boolean isMapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }

  private static boolean isNat64(byte[] b) {
    // 64:ff9b::/96
    if (b[0] != 0 || b[1] != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
      return false;
    }
    for (int i = 4; i < 12; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
