package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.ingest.nlp.NlpSentence;

class DictionaryRecognizerTest {
  private static DictionaryRecognizer seed;

  @BeforeAll
  static void loadSeed() {
    seed = new DictionaryRecognizer(Lexicon.seed());
  }

  /** What was found, as "surface text=CURIE" in text order. */
  private static List<String> found(DictionaryRecognizer recognizer, String text) {
    return found(recognizer, text, Map.of());
  }

  private static List<String> found(
      DictionaryRecognizer recognizer, String text, Map<String, String> lemmas) {
    NlpSentence sentence = HandTokens.sentence(text, lemmas);
    return recognizer.recognize(text, sentence).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.entity().id())
        .toList();
  }

  @Test
  void longestMatchWinsOverTheNameItContains() {
    assertEquals(
        List.of("septic shock=MESH:D012772"),
        found(seed, "Many patients went into septic shock within hours"));
  }

  @Test
  void shorterNameMatchesWhereTheLongerOneIsAbsent() {
    assertEquals(
        List.of("shock=MESH:D012769"), found(seed, "Haemorrhage can lead to shock quickly"));
  }

  @Test
  void shortSymbolMatchesOnlyWithItsExactCase() {
    assertEquals(List.of("MSC=MESH:D059630"), found(seed, "Each MSC donor was screened"));
    assertEquals(List.of(), found(seed, "Each msc donor was screened"));
    assertEquals(List.of(), found(seed, "Each Msc donor was screened"));
  }

  @Test
  void abbreviationAndFullNameFindTheSameEntity() {
    assertEquals(
        List.of("MSCs=MESH:D059630", "mesenchymal stem cells=MESH:D059630"),
        found(seed, "MSCs , or mesenchymal stem cells , calm the response"));
  }

  @Test
  void longNamesMatchWhateverTheirCase() {
    assertEquals(
        List.of("Mesenchymal Stem Cells=MESH:D059630", "SEPSIS=MESH:D018805"),
        found(seed, "Mesenchymal Stem Cells against SEPSIS"));
  }

  @Test
  void pluralMatchesTheSingularSurfaceThroughItsLemma() throws IOException {
    Lexicon singularOnly =
        Lexicon.read(
            new ByteArrayInputStream(
                "cytokine\tMESH:D016207\tGeneOrGeneProduct\tCytokines\t\n"
                    .getBytes(StandardCharsets.UTF_8)),
            "singular.tsv");
    DictionaryRecognizer recognizer = new DictionaryRecognizer(singularOnly);
    assertEquals(
        List.of("cytokines=MESH:D016207"),
        found(
            recognizer, "levels of inflammatory cytokines fell", Map.of("cytokines", "cytokine")));
    assertEquals(List.of(), found(recognizer, "levels of inflammatory cytokines fell"));
  }

  @Test
  void seedFindsThePluralOfCytokine() {
    assertEquals(
        List.of("cytokines=MESH:D016207"),
        found(seed, "inflammatory cytokines fell", Map.of("cytokines", "cytokine")));
  }

  @Test
  void lemmaDoesNotBypassTheCaseRuleOfShortSymbols() {
    // "mscs" lemmatised to "msc" must not reach the case-sensitive entry "MSC"
    assertEquals(List.of(), found(seed, "the mscs were counted", Map.of("mscs", "msc")));
  }

  @Test
  void hyphenSplitSymbolMatchesAcrossItsTokens() {
    NlpSentence sentence = HandTokens.sentence("Their IL-6 rose");
    assertEquals(
        List.of("IL", "-", "6"),
        sentence.tokens().subList(1, 4).stream().map(t -> t.text()).toList());
    assertEquals(List.of("IL-6=NCBIGene:3569"), found(seed, "Their IL-6 rose"));
    assertEquals(List.of("IL - 6=NCBIGene:3569"), found(seed, "Their IL - 6 rose"));
  }

  @Test
  void cellMarkerWithPlusMatchesAcrossTheSplitPlusToken() {
    // regression: CoreNLP splits "CD4+" into "CD4" and "+", and "+" used to end every match, so
    // the seed's "CD4+ T cells" rows could never be found (SeedLexiconRecognitionIT)
    assertEquals(
        List.of("CD4+ T cells=MESH:D015496", "CD8+ T cell=MESH:D018414"),
        found(seed, "Both CD4+ T cells and one CD8+ T cell"));
  }

  @Test
  void greekLetterVariantFindsTheSameGene() {
    assertEquals(
        List.of("TNF-α=NCBIGene:7124", "TNF alpha=NCBIGene:7124"),
        found(seed, "TNF-α , also written TNF alpha"));
  }

  @Test
  void punctuationEndsAName() {
    // "septic" alone is sepsis; the comma keeps "septic, shock" from being septic shock
    assertEquals(
        List.of("septic=MESH:D018805", "shock=MESH:D012769"),
        found(seed, "Patients were septic, shock followed"));
  }

  @Test
  void joinerAloneStartsNoMatch() {
    assertEquals(List.of(), found(seed, "- / –"));
  }

  @Test
  void mentionsCarryTheSentenceIndexOffsetsAndProvenance() {
    String text = "First sentence. Then sepsis struck.";
    NlpSentence second = HandTokens.sentence(1, 16, text.substring(16), Map.of());
    List<RecognizedMention> mentions = seed.recognize(text, second);
    assertEquals(1, mentions.size());
    RecognizedMention m = mentions.getFirst();
    assertEquals(1, m.sentenceIndex());
    assertEquals("sepsis", text.substring(m.start(), m.end()));
    assertEquals(Curie.parse("MESH:D018805"), m.entity().id());
    assertEquals(DictionaryRecognizer.PROVENANCE, m.provenance());
  }

  @Test
  void adjacentNamesAreFoundWithoutOverlap() {
    List<RecognizedMention> mentions =
        seed.recognize(
            "sepsis septic shock sepsis", HandTokens.sentence("sepsis septic shock sepsis"));
    assertEquals(3, mentions.size());
    for (int i = 1; i < mentions.size(); i++) {
      assertTrue(mentions.get(i - 1).end() <= mentions.get(i).start(), "overlap: " + mentions);
    }
  }
}
