package org.litgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvenanceTest {

  @Test
  void printsAndParsesAsNameAtVersion() {
    Provenance p = new Provenance("mesh-dictionary", "2025.1");

    assertEquals("mesh-dictionary@2025.1", p.toString());
    assertEquals(p, Provenance.parse(p.toString()));
  }

  @Test
  void parseSplitsAtTheLastAt() {
    assertEquals(new Provenance("team@lab", "2"), Provenance.parse("team@lab@2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dictionary", "@1.0", ""})
  void parseRefusesTextWithoutAName(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Provenance.parse(text));

    assertEquals("provenance must be name@version: '" + text + "'", e.getMessage());
  }

  @Test
  void aBlankExtractorNameIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Provenance("  ", "1.0"));

    assertEquals("extractor name must not be blank", e.getMessage());
  }
}
