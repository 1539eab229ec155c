package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;

/** The trial and organisation rules on hand-tokenised text (no models). */
class TrialAndOrganizationRulesTest {

  /** Sentences separated by one space; each sentence is tokenised like CoreNLP splits hyphens. */
  private static AnnotatedText text(String... sentences) {
    StringBuilder doc = new StringBuilder();
    List<NlpSentence> out = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      if (i > 0) {
        doc.append(' ');
      }
      out.add(HandTokens.sentence(i, doc.length(), sentences[i], Map.of()));
      doc.append(sentences[i]);
    }
    return new AnnotatedText(doc.toString(), out, List.of());
  }

  private static RecognizedMention mention(
      AnnotatedText text, int sentence, String surface, Curie id, EntityCategory category) {
    int start = text.text().indexOf(surface);
    return new RecognizedMention(
        sentence,
        start,
        start + surface.length(),
        new Entity(id, category, surface, List.of(), List.of()),
        DictionaryRecognizer.PROVENANCE);
  }

  private static Optional<Entity> trial(List<RecognizedMention> mentions, String name) {
    return mentions.stream()
        .map(RecognizedMention::entity)
        .filter(e -> e.category() == EntityCategory.CLINICAL_TRIAL && e.name().equals(name))
        .findFirst();
  }

  @Test
  void anAcronymIntroducedAsAStudyIsATrialEverywhereInTheDocument() {
    AnnotatedText t =
        text(
            "Researchers run a study called ACME-SEPT to test a cell therapy in sepsis.",
            "ACME-SEPT is expected to recruit 200 patients in Canada.");
    List<RecognizedMention> known =
        List.of(
            mention(t, 0, "sepsis", Curie.parse("MESH:D018805"), EntityCategory.DISEASE),
            mention(t, 1, "Canada", Curie.parse("LITGRAPH:place-canada"), EntityCategory.PLACE));
    List<RecognizedMention> found = new TrialRules().recognize(t, known);
    assertEquals(2, found.size(), "mentions: " + found);
    Entity trial = trial(found, "ACME-SEPT").orElseThrow();
    assertEquals(Curie.parse("LITGRAPH:trial-acme-sept"), trial.id());
    assertEquals("200", trial.attributes().get("enrolment"));
    assertEquals("Canada", trial.attributes().get("region"));
    assertEquals("Sepsis".toLowerCase(), trial.attributes().get("condition").toLowerCase());
  }

  @Test
  void anAcronymWithoutACueIsNotATrial() {
    AnnotatedText t = text("Patients were scored with the QSOFA tool on arrival.");
    assertTrue(new TrialRules().recognize(t, List.of()).isEmpty());
  }

  @Test
  void registryIdsArePrefixedTrialsAndPhasesAreNormalised() {
    AnnotatedText t = text("The phase II/III trial NCT01234567 enrolled 90 adults.");
    List<RecognizedMention> found = new TrialRules().recognize(t, List.of());
    Entity trial = trial(found, "NCT01234567").orElseThrow();
    assertEquals(Curie.parse("clinicaltrials:NCT01234567"), trial.id());
    assertEquals("2/3", trial.attributes().get("phase"));
  }

  @Test
  void registryFieldsDescribeTheTrialNamedInTheTitle() {
    AnnotatedText t =
        text(
            "CARE-9: Phase 2 Trial of Drug X in Septic Shock",
            "Status at registration: not yet recruiting.",
            "Planned enrolment: 64 participants.");
    Entity trial = trial(new TrialRules().recognize(t, List.of()), "CARE-9").orElseThrow();
    assertEquals("2", trial.attributes().get("phase"));
    assertEquals("not yet recruiting", trial.attributes().get("status"));
    assertEquals("64", trial.attributes().get("enrolment"));
  }

  @Test
  void commonAcronymsAreNeverTrials() {
    AnnotatedText t = text("The ICU study measured SOFA scores in the trial cohort.");
    assertTrue(new TrialRules().recognize(t, List.of()).isEmpty());
  }

  @Test
  void anOrganizationHeadquarteredInACountryGetsThatCountry() {
    AnnotatedText t = text("TiGenix, headquartered in Belgium, develops cell therapies.");
    List<RecognizedMention> found = new OrganizationRules().recognize(t, List.of());
    assertEquals(1, found.size(), "mentions: " + found);
    Entity org = found.get(0).entity();
    assertEquals(Curie.parse("LITGRAPH:org-tigenix"), org.id());
    assertEquals("Belgium", org.attributes().get("country"));
  }

  @Test
  void aCompanySuffixMakesAnOrganizationAndAParenthesisGivesItsPlace() {
    AnnotatedText t = text("Norvale Therapeutics (Leiden, Netherlands) sponsors the work.");
    List<RecognizedMention> found = new OrganizationRules().recognize(t, List.of());
    assertEquals("Norvale Therapeutics", found.get(0).entity().name());
    Map<String, String> place = OrganizationRules.attributesAfter(t.text(), found.get(0));
    assertEquals("Leiden, Netherlands", place.get("location"));
    assertEquals("Netherlands", place.get("country"));
  }

  @Test
  void aPlaceThatIsNotACountryIsOnlyALocation() {
    AnnotatedText t = text("Acme Biotech, based in Springfield, makes reagents.");
    Entity org = new OrganizationRules().recognize(t, List.of()).get(0).entity();
    assertEquals("Springfield", org.attributes().get("location"));
    assertFalse(org.attributes().containsKey("country"));
  }

  @Test
  void fatIsATissueOnlyWhenListedWithOtherTissues() {
    AnnotatedText t =
        text("MSCs come from bone marrow, fat and placenta.", "A high fat diet was fed.");
    List<RecognizedMention> known =
        List.of(
            mention(
                t, 0, "bone marrow", Curie.parse("MESH:D001853"), EntityCategory.ANATOMICAL_ENTITY),
            mention(
                t, 0, "placenta", Curie.parse("MESH:D010920"), EntityCategory.ANATOMICAL_ENTITY));
    List<RecognizedMention> found = new CoordinationRule().recognize(t, known);
    assertEquals(1, found.size(), "mentions: " + found);
    assertEquals(Curie.parse("MESH:D000273"), found.get(0).entity().id());
    assertEquals(0, found.get(0).sentenceIndex());
  }
}
