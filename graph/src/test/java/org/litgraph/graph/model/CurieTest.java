package org.litgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurieTest {

  @ParameterizedTest
  @CsvSource({
    "MESH:D018805, MESH, D018805",
    "CL:0000134, CL, 0000134",
    "NCBITaxon:9606, NCBITaxon, 9606",
    "UMLS:C0243026, UMLS, C0243026",
    "clinicaltrials.gov:NCT01234567, clinicaltrials.gov, NCT01234567",
    "GO:GO:0006915, GO, GO:0006915"
  })
  void parseSplitsAtTheFirstColonAndPrintsBackTheSameText(
      String text, String prefix, String local) {
    Curie curie = Curie.parse(text);

    assertEquals(prefix, curie.prefix());
    assertEquals(local, curie.local());
    assertEquals(text, curie.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sepsis", "", ":D018805", "MESH:", "D018805"})
  void parseRefusesTextWithoutPrefixAndLocalPartAndQuotesIt(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Curie.parse(text));

    assertEquals("not a CURIE (expected PREFIX:ID): '" + text + "'", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1MESH:D018805", "ME SH:D018805", "MESH-2:D1", " MESH:D018805", "_X:1"})
  void parseRefusesABadPrefixAndNamesIt(String text) {
    String prefix = text.substring(0, text.indexOf(':'));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Curie.parse(text));

    assertEquals("invalid CURIE prefix '" + prefix + "'", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MESH:D018 805", "MESH: D018805", "MESH:D018805\n"})
  void parseRefusesWhitespaceInTheLocalPartAndNamesIt(String text) {
    String local = text.substring(text.indexOf(':') + 1);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Curie.parse(text));

    assertEquals("invalid CURIE local part '" + local + "'", e.getMessage());
  }

  @Test
  void parseOfNullIsANullPointerNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Curie.parse(null));

    assertEquals("text", e.getMessage());
  }

  @Test
  void theConstructorValidatesLikeParse() {
    assertThrows(IllegalArgumentException.class, () -> new Curie("", "D018805"));
    assertThrows(IllegalArgumentException.class, () -> new Curie("MESH", ""));
    assertThrows(NullPointerException.class, () -> new Curie(null, "D018805"));
  }

  @Test
  void curiesWithTheSameTextAreEqual() {
    assertEquals(new Curie("MESH", "D018805"), Curie.parse("MESH:D018805"));
    assertEquals(Curie.parse("MESH:D018805").hashCode(), new Curie("MESH", "D018805").hashCode());
  }

  @Test
  void curiesSortByTheirText() {
    List<Curie> curies =
        new ArrayList<>(
            List.of(
                Curie.parse("MESH:D059630"),
                Curie.parse("CL:0000134"),
                Curie.parse("MESH:D018805")));

    Collections.sort(curies);

    assertEquals(
        List.of("CL:0000134", "MESH:D018805", "MESH:D059630"),
        curies.stream().map(Curie::toString).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MESH:D018805", "CL:0000134", "NCBITaxon:9606"})
  void looksLikeCurieAcceptsIds(String text) {
    assertTrue(Curie.looksLikeCurie(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"sepsis", "sepsis AND MESH:D018805", "MESH:", ":D018805", "MESH: D018805", ""})
  void looksLikeCurieRejectsOrdinaryQueries(String text) {
    assertFalse(Curie.looksLikeCurie(text));
  }

  @Test
  void looksLikeCurieRejectsNull() {
    assertFalse(Curie.looksLikeCurie(null));
  }
}
