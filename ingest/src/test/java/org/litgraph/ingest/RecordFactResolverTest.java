package org.litgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.ingest.entity.GeneralNerMapper;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.nlp.NerSpan;
import org.litgraph.ingest.source.ClinicalTrialsReader;
import org.litgraph.ingest.source.RecordFacts;
import org.litgraph.ingest.source.RecordFacts.Link;
import org.litgraph.ingest.source.RecordFacts.Thing;

class RecordFactResolverTest {
  private static final String TSV =
      "#surface\tid\tcategory\tname\txrefs\tflags\n"
          + "Atopic Dermatitis\tMESH:D003876\tDisease\tDermatitis, Atopic\t\n"
          + "dupilumab\tMESH:C000582203\tChemicalEntity\tdupilumab\t\n";

  private static RecordFactResolver resolver() throws Exception {
    Lexicon lexicon =
        Lexicon.read(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    return new RecordFactResolver(lexicon);
  }

  private static Thing thing(String key, EntityCategory category, String name, Optional<Curie> id) {
    return new Thing(key, category, name, id, Map.of());
  }

  @Test
  void organisationsAndPlacesGetTheIdsTextRecognitionMints() throws Exception {
    Entity fromRecord =
        resolver().entity(thing("s", EntityCategory.ORGANIZATION, "TiGenix", Optional.empty()));
    Entity fromText =
        new GeneralNerMapper()
            .map(List.of(new NerSpan(0, 0, 7, "TiGenix", "ORGANIZATION")))
            .getFirst()
            .entity();
    assertEquals(fromText.id(), fromRecord.id());
    Entity place =
        resolver().entity(thing("p", EntityCategory.PLACE, "United States", Optional.empty()));
    Entity placeFromText =
        new GeneralNerMapper()
            .map(List.of(new NerSpan(0, 0, 13, "United States", "LOCATION")))
            .getFirst()
            .entity();
    assertEquals(placeFromText.id(), place.id());
  }

  @Test
  void conditionsAndInterventionsResolveThroughTheLexiconElseKnownIdElseLocalId() throws Exception {
    RecordFactResolver r = resolver();
    assertEquals(
        Curie.parse("MESH:D003876"),
        r.entity(thing("c", EntityCategory.DISEASE, "atopic dermatitis", Optional.empty())).id());
    assertEquals(
        Curie.parse("MESH:C000582203"),
        r.entity(thing("i", EntityCategory.CHEMICAL_ENTITY, "Dupilumab", Optional.empty())).id());
    assertEquals(
        Curie.parse("MESH:D001249"),
        r.entity(
                thing(
                    "c",
                    EntityCategory.DISEASE,
                    "Asthma",
                    Optional.of(Curie.parse("MESH:D001249"))))
            .id());
    assertEquals(
        Curie.parse("LITGRAPH:condition-anxious-healthy-subjects"),
        r.entity(thing("c", EntityCategory.DISEASE, "Anxious Healthy Subjects", Optional.empty()))
            .id());
  }

  @Test
  void linksBecomeStructuredClaimsWithTheRecordsProvenance() throws Exception {
    RecordFacts facts =
        new RecordFacts(
            ClinicalTrialsReader.PROVENANCE,
            List.of(
                new Thing(
                    "trial",
                    EntityCategory.CLINICAL_TRIAL,
                    "NCT02210780",
                    Optional.of(Curie.parse("clinicaltrials:NCT02210780")),
                    Map.of("phase", "2")),
                thing("sponsor", EntityCategory.ORGANIZATION, "Sanofi", Optional.empty())),
            List.of(new Link("trial", Predicate.SPONSORED_BY, "sponsor", Map.of("role", "lead"))));

    RecordFactResolver.Resolved resolved = resolver().resolve(facts, "doc-1");

    assertEquals(2, resolved.entities().size());
    assertEquals("2", resolved.entities().getFirst().attributes().get("phase"));
    Claim claim = resolved.claims().getFirst();
    assertEquals(Curie.parse("clinicaltrials:NCT02210780"), claim.subject());
    assertEquals(Curie.parse("LITGRAPH:org-sanofi"), claim.object());
    assertEquals("clinicaltrials-record@1", claim.provenance().toString());
    assertTrue(claim.sentence().isEmpty());
    assertEquals(claim.id(), resolver().resolve(facts, "doc-1").claims().getFirst().id());
  }
}
