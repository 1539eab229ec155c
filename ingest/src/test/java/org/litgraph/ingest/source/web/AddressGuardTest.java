package org.litgraph.ingest.source.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.litgraph.ingest.source.web.AddressGuard.AddressClass;

/** The address guard (issue 5): these tests run without allow-private unless they say so. */
class AddressGuardTest {
  private final AddressGuard strict = new AddressGuard(false);
  private final AddressGuard allowPrivate = new AddressGuard(true);

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, LOOPBACK",
    "127.8.9.10, LOOPBACK",
    "10.1.2.3, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "192.168.0.10, PRIVATE",
    "100.64.0.1, PRIVATE",
    "169.254.169.254, LINK_LOCAL",
    "0.0.0.0, UNSPECIFIED",
    "224.0.0.251, MULTICAST",
    "255.255.255.255, RESERVED",
    "::1, LOOPBACK",
    "::, UNSPECIFIED",
    "fe80::1, LINK_LOCAL",
    "fc00::1, UNIQUE_LOCAL",
    "fd12:3456::1, UNIQUE_LOCAL",
    "ff02::1, MULTICAST",
    "::ffff:127.0.0.1, LOOPBACK",
    "64:ff9b::a9fe:a9fe, LINK_LOCAL",
    "172.32.0.1, PUBLIC",
    "93.184.216.34, PUBLIC",
    "2606:4700::1111, PUBLIC"
  })
  void classifiesAddresses(String address, AddressClass expected) throws Exception {
    assertEquals(expected, AddressGuard.classify(InetAddress.getByName(address)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/",
        "http://localhost/",
        "http://10.0.0.5/",
        "http://172.16.5.4/",
        "http://192.168.1.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://0.0.0.0/",
        "http://224.0.0.1/"
      })
  void refusesInternalAddressesWithoutAllowPrivate(String url) {
    FetchException e = assertThrows(FetchException.class, () -> strict.check(URI.create(url)));
    assertEquals(FetchException.Kind.GUARD, e.kind());
    assertTrue(e.reason().startsWith("address "), e.reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "ftp://ftp.example/file",
        "gopher://example/1",
        "jar:file:/x.jar!/a"
      })
  void refusesEveryNonHttpSchemeEvenWithAllowPrivate(String url) {
    for (AddressGuard guard : new AddressGuard[] {strict, allowPrivate}) {
      FetchException e = assertThrows(FetchException.class, () -> guard.check(URI.create(url)));
      assertEquals(FetchException.Kind.GUARD, e.kind());
      assertTrue(e.reason().contains("only http and https"), e.reason());
    }
  }

  @Test
  void allowPrivateAdmitsLoopbackAndPrivateButNeverMetadataOrUnspecified() {
    assertDoesNotThrow(() -> allowPrivate.check(URI.create("http://127.0.0.1:9/")));
    assertDoesNotThrow(() -> allowPrivate.check(URI.create("http://10.0.0.5/")));
    assertDoesNotThrow(() -> allowPrivate.check(URI.create("http://[fd00::1]/")));
    for (String url :
        new String[] {"http://169.254.169.254/", "http://0.0.0.0/", "http://[fe80::1]/"}) {
      FetchException e =
          assertThrows(FetchException.class, () -> allowPrivate.check(URI.create(url)));
      assertEquals(FetchException.Kind.GUARD, e.kind(), url);
    }
  }

  @Test
  void everyResolvedAddressIsCheckedNotJustTheFirst() throws Exception {
    InetAddress[] answer = {
      InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1")
    };
    AddressGuard guard = new AddressGuard(false, host -> answer);
    FetchException e =
        assertThrows(
            FetchException.class, () -> guard.check(URI.create("https://rebind.example/")));
    assertTrue(e.reason().contains("127.0.0.1 of rebind.example is loopback"), e.reason());
    assertTrue(e.reason().contains("--allow-private"), e.reason());
  }

  @Test
  void publicHostPasses() throws Exception {
    InetAddress[] answer = {InetAddress.getByName("93.184.216.34")};
    assertDoesNotThrow(
        () -> new AddressGuard(false, host -> answer).check(URI.create("https://news.example/")));
  }
}
