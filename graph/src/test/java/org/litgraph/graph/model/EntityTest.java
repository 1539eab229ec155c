package org.litgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityTest {
  private static final Entity TRIAL =
      new Entity(
          Curie.parse("LITGRAPH:trial-sepcell"),
          EntityCategory.CLINICAL_TRIAL,
          "SEPCELL",
          List.of(),
          List.of(),
          Map.of("enrolment", "180"));

  @Test
  void attributesAreSortedByKeyAndCannotBeChanged() {
    Entity e = TRIAL.withAttributes(Map.of("region", "Europe", "condition", "Sepsis"));
    assertEquals(List.of("condition", "enrolment", "region"), List.copyOf(e.attributes().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> e.attributes().put("x", "y"));
  }

  @Test
  void laterAttributesWinOverEarlierOnes() {
    assertEquals(
        "200", TRIAL.withAttributes(Map.of("enrolment", "200")).attributes().get("enrolment"));
  }

  @Test
  void attributeKeysMustBeLowerSnakeCaseSoTheyCanNameStoreProperties() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TRIAL.withAttributes(Map.of("Bad Key", "x")));
    assertEquals("attribute key must be lower_snake_case: 'Bad Key'", e.getMessage());
  }

  @Test
  void vocabularyEntitiesHaveNoAttributes() {
    Entity sepsis =
        new Entity(
            Curie.parse("MESH:D018805"), EntityCategory.DISEASE, "Sepsis", List.of(), List.of());
    assertEquals(Map.of(), sepsis.attributes());
  }
}
