package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.CrfRecognizer;
import org.litgraph.ingest.nlp.NlpConfig;

/**
 * The recognition stage with the shipped CRF: learned spans, normalised by the standard lexicon.
 */
class CrfRecognitionIT {
  private static CoreNlpStage nlp;
  private static EntityRecognitionStage stage;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpConfig.defaults());
    stage = new EntityRecognitionStage(Lexicon.standard(), CrfRecognizer.shipped());
  }

  private static List<String> describe(String text) {
    return stage.recognize(nlp.annotate(text)).stream()
        .map(
            m ->
                text.substring(m.start(), m.end())
                    + "="
                    + m.entity().id()
                    + " by "
                    + m.provenance().extractor())
        .toList();
  }

  @Test
  void crfSpansGetLexiconIdsAndUnknownNamesLocalOnes() {
    List<String> found =
        describe("Patients with severe septic shock received vancomycin and zylofenib.");

    assertTrue(found.contains("vancomycin=MESH:D014640 by crf-ner"), found.toString());
    assertTrue(
        found.stream().anyMatch(f -> f.matches("(severe )?septic shock=MESH:D012772 by .*")),
        found.toString());
  }

  @Test
  void dictionaryNamesOfOtherCategoriesStay() {
    List<String> found =
        describe("Mesenchymal stem cells reduced sepsis mortality in rats with pneumonia.");

    assertTrue(
        found.contains("Mesenchymal stem cells=MESH:D059630 by dictionary"), found.toString());
    assertTrue(found.stream().anyMatch(f -> f.startsWith("sepsis=MESH:D018805")), found.toString());
    assertTrue(
        found.stream().anyMatch(f -> f.startsWith("pneumonia=MESH:D011014")), found.toString());
  }
}
