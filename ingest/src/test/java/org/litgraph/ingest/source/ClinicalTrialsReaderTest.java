package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.ingest.SharedFixtures;
import org.litgraph.ingest.source.RecordFacts.Link;
import org.litgraph.ingest.source.RecordFacts.Thing;

class ClinicalTrialsReaderTest {
  private final SourceReaders readers = new SourceReaders(SourceLimits.defaults());

  private SourceDocument read(String nct) throws Exception {
    Path file = SharedFixtures.file("fixtures/clinicaltrials/json_v2/" + nct + ".json");
    List<SourceDocument> docs =
        readers.read(file.toUri().toString(), file.toString(), Files.readAllBytes(file));
    assertEquals(1, docs.size());
    return docs.getFirst();
  }

  private static Thing thing(RecordFacts facts, String key) {
    return facts.things().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void readsEveryFixtureInBothJsonDialects() throws IOException, Exception {
    List<String> ncts;
    try (Stream<Path> files =
        Files.list(SharedFixtures.root().resolve("fixtures/clinicaltrials/json_v2"))) {
      ncts = files.map(f -> f.getFileName().toString().replace(".json", "")).sorted().toList();
    }
    assertEquals(16, ncts.size());
    for (String file : ncts) {
      SourceDocument d = read(file);
      // NCT02278341.json is an older copy of NCT02552212's record: the record's id wins
      String nct = file.equals("NCT02278341") ? "NCT02552212" : file;
      assertEquals("https://clinicaltrials.gov/study/" + nct, d.source());
      assertEquals(DocumentKind.TRIAL, d.kind());
      assertEquals(Optional.of(nct), d.metadata().id("nct"));
      assertTrue(d.text().contains("ClinicalTrials.gov identifier: " + nct), d.text());
      assertEquals(
          Optional.of(new Curie("clinicaltrials", nct)), thing(d.facts(), "trial").knownId());
    }
  }

  @Test
  void v2StudyGivesSponsorsConditionsInterventionsAndPlacesAsFacts() throws Exception {
    SourceDocument d = read("NCT02210780");
    RecordFacts f = d.facts();

    Thing trial = thing(f, "trial");
    assertEquals(EntityCategory.CLINICAL_TRIAL, trial.category());
    assertEquals("2", trial.attributes().get("phase"));
    assertEquals("194", trial.attributes().get("enrolment"));
    assertEquals("completed", trial.attributes().get("status"));
    assertEquals("Regeneron Pharmaceuticals", thing(f, "sponsor").name());
    assertEquals("industry", thing(f, "sponsor").attributes().get("organization_class"));
    assertEquals("Sanofi", thing(f, "collaborator:0").name());
    assertTrue(
        f.links()
            .contains(
                new Link("trial", Predicate.SPONSORED_BY, "sponsor", Map.of("role", "lead"))));
    assertTrue(
        f.links()
            .contains(
                new Link(
                    "trial",
                    Predicate.SPONSORED_BY,
                    "collaborator:0",
                    Map.of("role", "collaborator"))));
    Thing condition = thing(f, "condition:0");
    assertEquals("Atopic Dermatitis", condition.name());
    assertEquals(Optional.of(Curie.parse("MESH:D003876")), condition.knownId());
    assertTrue(f.links().contains(new Link("trial", Predicate.STUDIES, "condition:0", Map.of())));
    assertEquals("Dupilumab", thing(f, "intervention:0").name());
    assertEquals(EntityCategory.CHEMICAL_ENTITY, thing(f, "intervention:0").category());
    assertTrue(f.links().contains(new Link("trial", Predicate.TESTS, "intervention:0", Map.of())));
    assertEquals("United States", thing(f, "country:0").name());
    assertTrue(f.links().contains(new Link("trial", Predicate.LOCATED_IN, "country:0", Map.of())));
    assertTrue(
        d.text().contains("Lead sponsor: Regeneron Pharmaceuticals. Collaborators: Sanofi."));
    assertTrue(d.text().contains("Conditions: Atopic Dermatitis."));
  }

  @Test
  void classicFullStudiesResponseIsReadToo() throws Exception {
    SourceDocument d = read("NCT00023673");
    RecordFacts f = d.facts();
    assertEquals("Radiation Therapy Oncology Group", thing(f, "sponsor").name());
    assertEquals("National Cancer Institute (NCI)", thing(f, "collaborator:0").name());
    assertEquals("1/2", thing(f, "trial").attributes().get("phase"));
    assertEquals("63", thing(f, "trial").attributes().get("enrolment"));
  }

  @Test
  void paddedMeshIdsAreShortenedButNineDigitIdsKept() {
    assertEquals("D003876", ClinicalTrialsReader.meshId("D000003876"));
    assertEquals("D000068759", ClinicalTrialsReader.meshId("D000068759"));
  }
}
