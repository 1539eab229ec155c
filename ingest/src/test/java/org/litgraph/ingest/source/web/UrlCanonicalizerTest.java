package org.litgraph.ingest.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP://News.Example.COM/a/b | http://news.example.com/a/b",
        "https://news.example:443/a | https://news.example/a",
        "http://news.example:80/a | http://news.example/a",
        "http://news.example:8080/a | http://news.example:8080/a",
        "https://news.example | https://news.example/",
        "https://news.example/a#section-2 | https://news.example/a",
        "https://news.example/a?utm_source=x&utm_medium=y&id=7 | https://news.example/a?id=7",
        "https://news.example/a?id=7&fbclid=abc&gclid=z | https://news.example/a?id=7",
        "https://news.example/a?utm_campaign=only | https://news.example/a",
        "https://news.example/a/./b/../c | https://news.example/a/c",
        "https://news.example./a | https://news.example/a",
        "https://news.example/a?b=2&a=1 | https://news.example/a?b=2&a=1"
      })
  void normalisesAddresses(String in, String expected) {
    assertEquals(Optional.of(URI.create(expected)), UrlCanonicalizer.canonical(in));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "ftp://x.example/", "mailto:a@b.example", "/a/b", "http://"})
  void refusesWhatIsNotAnAbsoluteWebAddress(String in) {
    assertEquals(Optional.empty(), UrlCanonicalizer.canonical(in));
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.ledger.example/a, ledger.example",
    "https://ledger.example/b, ledger.example"
  })
  void siteIgnoresWww(String url, String site) {
    assertEquals(site, UrlCanonicalizer.site(URI.create(url)));
  }
}
