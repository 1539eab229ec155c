package org.litgraph.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;

/** Issue 9: the checked Biolink list covers every category and predicate, the Biolink 4 way. */
class BiolinkTermsTest {
  private final BiolinkTerms terms = BiolinkTerms.load();

  @Test
  void namesTheBiolinkVersionItFollows() {
    assertTrue(terms.version().matches("\\d+\\.\\d+\\.\\d+"), terms.version());
  }

  @Test
  void mapsEveryCategoryAndPredicateToABiolinkTerm() {
    for (EntityCategory c : EntityCategory.values()) {
      assertTrue(terms.category(c).startsWith("biolink:"), c.name());
    }
    for (Predicate p : Predicate.values()) {
      assertTrue(terms.predicate(p).predicate().startsWith("biolink:"), p.name());
    }
    assertEquals("biolink:Disease", terms.category(EntityCategory.DISEASE));
    assertEquals("biolink:treats", terms.predicate(Predicate.TREATS).predicate());
  }

  @Test
  void increasesAndDecreasesAreAffectsWithADirectionQualifier() {
    var up = terms.predicate(Predicate.INCREASES);
    var down = terms.predicate(Predicate.DECREASES);
    assertEquals("biolink:affects", up.predicate());
    assertEquals("biolink:affects", down.predicate());
    assertEquals("increased", up.qualifiers().get("object_direction_qualifier"));
    assertEquals("decreased", down.qualifiers().get("object_direction_qualifier"));
    assertEquals("activity_or_abundance", up.qualifiers().get("object_aspect_qualifier"));
    assertTrue(terms.isQualifier("object_direction_qualifier", "increased"));
    assertFalse(terms.isQualifier("object_direction_qualifier", "upregulated"));
  }

  @Test
  void coMentionsAreLiteratureCooccurrenceNotAssertions() {
    assertEquals(
        "biolink:occurs_together_in_literature_with",
        terms.predicate(Predicate.CO_MENTIONED).predicate());
    assertEquals(Map.of(), terms.predicate(Predicate.CO_MENTIONED).qualifiers());
    assertTrue(terms.isKnowledgeLevel("not_provided"));
    assertTrue(terms.isKnowledgeLevel("knowledge_assertion"));
    assertTrue(terms.isAgentType("text_mining_agent"));
    assertFalse(terms.isPredicate("biolink:increases_amount_or_activity_of"));
  }
}
