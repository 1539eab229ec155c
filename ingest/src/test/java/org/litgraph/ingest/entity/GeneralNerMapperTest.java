package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.NerSpan;

class GeneralNerMapperTest {
  private final GeneralNerMapper mapper = new GeneralNerMapper();

  private static NerSpan span(String text, String type) {
    return new NerSpan(2, 100, 100 + text.length(), text, type);
  }

  @Test
  void organizationBecomesAnOrganizationWithALocalId() {
    List<RecognizedMention> mentions = mapper.map(List.of(span("TiGenix", "ORGANIZATION")));
    assertEquals(1, mentions.size());
    RecognizedMention m = mentions.getFirst();
    Entity e = m.entity();
    assertEquals(EntityCategory.ORGANIZATION, e.category());
    assertEquals(Curie.parse("LITGRAPH:org-tigenix"), e.id());
    assertEquals("TiGenix", e.name());
    assertEquals(2, m.sentenceIndex());
    assertEquals(100, m.start());
    assertEquals(107, m.end());
    assertEquals(GeneralNerMapper.PROVENANCE, m.provenance());
  }

  @Test
  void multiWordOrganizationIdIsASlugOfItsName() {
    Entity e =
        mapper.map(List.of(span("Ghent University Hospital", "ORGANIZATION"))).getFirst().entity();
    assertEquals(Curie.parse("LITGRAPH:org-ghent-university-hospital"), e.id());
  }

  @Test
  void locationsOfEveryKindBecomePlaces() {
    for (String type : List.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE")) {
      Entity e = mapper.map(List.of(span("Belgium", type))).getFirst().entity();
      assertEquals(EntityCategory.PLACE, e.category(), type);
      assertEquals(Curie.parse("LITGRAPH:place-belgium"), e.id(), type);
    }
  }

  @Test
  void lowerCaseSpansAreDroppedAsNoise() {
    assertTrue(mapper.map(List.of(span("the institute", "ORGANIZATION"))).isEmpty());
  }

  @Test
  void singleCharacterSpansAreDropped() {
    assertTrue(mapper.map(List.of(span("X", "ORGANIZATION"))).isEmpty());
  }

  @Test
  void spanWithoutLettersOrDigitsIsDropped() {
    assertTrue(mapper.map(List.of(span("&&&", "ORGANIZATION"))).isEmpty());
  }

  @Test
  void personsMiscAndOtherTypesAreNotMapped() {
    assertTrue(
        mapper
            .map(
                List.of(span("Jane Doe", "PERSON"), span("European", "MISC"), span("2016", "DATE")))
            .isEmpty());
  }

  @Test
  void everyMappableSpanIsKeptInOrder() {
    List<RecognizedMention> mentions =
        mapper.map(
            List.of(
                new NerSpan(0, 0, 7, "TiGenix", "ORGANIZATION"),
                new NerSpan(0, 10, 18, "Jane Doe", "PERSON"),
                new NerSpan(1, 30, 37, "Belgium", "LOCATION")));
    assertEquals(
        List.of("LITGRAPH:org-tigenix", "LITGRAPH:place-belgium"),
        mentions.stream().map(m -> m.entity().id().toString()).toList());
  }
}
