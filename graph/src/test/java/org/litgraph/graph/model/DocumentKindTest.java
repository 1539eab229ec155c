package org.litgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentKindTest {

  @ParameterizedTest
  @CsvSource({
    "news, NEWS",
    "NEWS, NEWS",
    "' Abstract ', ABSTRACT",
    "web-page, WEB_PAGE",
    "Web_Page, WEB_PAGE",
    "trial, TRIAL"
  })
  void parseIgnoresCaseSurroundingSpaceAndHyphens(String text, DocumentKind expected) {
    assertEquals(expected, DocumentKind.parse(text));
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKindParsesBackFromItsLowerCaseName(DocumentKind kind) {
    assertEquals(kind, DocumentKind.parse(kind.name().toLowerCase(Locale.ROOT)));
  }

  @Test
  void anUnknownKindIsRefusedWithTheNameAsGiven() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentKind.parse("Podcast"));

    assertEquals("unknown document kind 'Podcast'", e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }
}
