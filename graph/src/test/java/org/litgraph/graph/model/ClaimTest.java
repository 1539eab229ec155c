package org.litgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final Curie TRIAL = Curie.parse("clinicaltrials:NCT1");
  private static final Curie SANOFI = Curie.parse("LITGRAPH:org-sanofi");
  private static final Provenance RECORD = new Provenance("clinicaltrials-record", "1");

  private static Claim textual(int sentence, int start, int end) {
    return new Claim(
        TRIAL,
        Predicate.SPONSORED_BY,
        SANOFI,
        "doc-1",
        OptionalInt.of(sentence),
        OptionalInt.of(start),
        OptionalInt.of(end),
        new Provenance("claims", "1"),
        Map.of());
  }

  @Test
  void idIsDeterministicAndSeparatesDocumentsSentencesAndSpans() {
    Claim a = Claim.structured(TRIAL, Predicate.SPONSORED_BY, SANOFI, "doc-1", RECORD, Map.of());
    assertEquals(
        a.id(),
        Claim.structured(TRIAL, Predicate.SPONSORED_BY, SANOFI, "doc-1", RECORD, Map.of()).id());
    assertTrue(a.id().matches("claim-[0-9a-f]{20}"), a.id());
    assertNotEquals(
        a.id(),
        Claim.structured(TRIAL, Predicate.SPONSORED_BY, SANOFI, "doc-2", RECORD, Map.of()).id());
    assertNotEquals(textual(0, 0, 5).id(), textual(1, 10, 15).id());
  }

  @Test
  void rejectsHalfSpansSpansWithoutSentenceAndBadAttributeKeys() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Claim(
                TRIAL,
                Predicate.TREATS,
                SANOFI,
                "doc-1",
                OptionalInt.of(0),
                OptionalInt.of(1),
                OptionalInt.empty(),
                RECORD,
                Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Claim(
                TRIAL,
                Predicate.TREATS,
                SANOFI,
                "doc-1",
                OptionalInt.empty(),
                OptionalInt.of(1),
                OptionalInt.of(4),
                RECORD,
                Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Claim.structured(
                TRIAL, Predicate.TREATS, SANOFI, "doc-1", RECORD, Map.of("Bad Key", "x")));
  }

  @Test
  void predicatesParseFromBiolinkAndConstantNames() {
    assertEquals(Predicate.TESTS, Predicate.parse("has_intervention"));
    assertEquals(Predicate.TESTS, Predicate.parse("TESTS"));
    assertEquals(Predicate.LOCATED_IN, Predicate.parse("located_in"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Predicate.parse("cures"));
    assertTrue(e.getMessage().contains("sponsored_by"), e.getMessage());
  }

  @Test
  void annotatedDocumentRejectsClaimsAboutUnlistedEntities() {
    Document d =
        new Document("doc-1", "s", "t", java.util.Optional.empty(), DocumentKind.TRIAL, "h");
    Entity trial = new Entity(TRIAL, EntityCategory.CLINICAL_TRIAL, "NCT1", List.of(), List.of());
    Claim claim =
        Claim.structured(TRIAL, Predicate.SPONSORED_BY, SANOFI, "doc-1", RECORD, Map.of());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AnnotatedDocument(
                    d, "x", List.of(), List.of(trial), List.of(), List.of(claim)));
    assertTrue(e.getMessage().contains("unlisted entity"), e.getMessage());
  }
}
