package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * The merge rule of issue 3: CRF boundaries for diseases and chemicals, dictionary ids kept where
 * the spans overlap, dictionary diseases and chemicals the CRF did not find dropped.
 */
class CrfMentionMergerTest {
  private static final String TEXT =
      "Severe septic shock in MSC recipients treated with vancomycin and hemin.";
  private static final NlpSentence SENTENCE = HandTokens.sentence(TEXT);
  private static Lexicon lexicon;
  private static DictionaryRecognizer dictionary;
  private static CrfSpanNormalizer normalizer;

  @BeforeAll
  static void load() throws IOException {
    String tsv =
        """
        septic shock\tMESH:D012772\tDisease\tShock, Septic
        MSC\tMESH:D059630\tCell\tMesenchymal Stem Cells
        hemin\tMESH:D006427\tChemicalEntity\tHemin
        """;
    lexicon = Lexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t");
    dictionary = new DictionaryRecognizer(lexicon);
    normalizer = new CrfSpanNormalizer(lexicon, (name, category) -> Optional.empty());
  }

  private static RecognizedMention crf(String name, EntityCategory category) {
    int start = TEXT.indexOf(name);
    CrfSpan span = new CrfSpan(0, start, start + name.length(), name, category);
    return normalizer.normalize(span, SENTENCE);
  }

  private static List<String> describe(List<RecognizedMention> mentions) {
    return mentions.stream()
        .map(
            m ->
                TEXT.substring(m.start(), m.end())
                    + "="
                    + m.entity().id()
                    + " by "
                    + m.provenance().extractor())
        .toList();
  }

  @Test
  void theCrfBoundariesWinAndTheOverlappingDictionaryIdIsKept() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE),
            List.of(crf("Severe septic shock", EntityCategory.DISEASE)));

    assertEquals("Severe septic shock=MESH:D012772 by crf-ner", describe(merged).getFirst());
  }

  @Test
  void aDictionaryMentionOfAnotherCategoryReachingBeyondTheCrfSpanWins() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE), List.of(crf("SC", EntityCategory.DISEASE)));

    assertEquals(List.of("MSC=MESH:D059630 by dictionary"), describe(merged));
  }

  @Test
  void aCrfSpanCoveringADictionaryMentionOfAnotherCategoryWins() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE),
            List.of(crf("MSC recipients", EntityCategory.DISEASE)));

    assertEquals(
        List.of("MSC recipients=LITGRAPH:disease/msc-recipients by crf-ner"), describe(merged));
  }

  @Test
  void aDictionaryMentionOfAnotherCategoryWithTheCrfSpanWins() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE), List.of(crf("MSC", EntityCategory.DISEASE)));

    assertEquals(List.of("MSC=MESH:D059630 by dictionary"), describe(merged));
  }

  @Test
  void underTheModifierConventionTheCrfDiseaseWinsOverANameOfAnotherCategory() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE),
            List.of(crf("MSC", EntityCategory.DISEASE)),
            Set.of(EntityCategory.DISEASE, EntityCategory.CHEMICAL_ENTITY),
            true);

    assertEquals("MSC=LITGRAPH:disease/msc by crf-ner", describe(merged).getFirst());
    assertTrue(describe(merged).stream().noneMatch(m -> m.contains("MESH:D059630")));
  }

  @Test
  void crfSpansTheLexiconDoesNotKnowGetLocalIds() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE),
            List.of(crf("vancomycin", EntityCategory.CHEMICAL_ENTITY)));

    assertTrue(
        describe(merged).contains("vancomycin=LITGRAPH:chemical/vancomycin by crf-ner"),
        describe(merged).toString());
  }

  @Test
  void dictionaryDiseasesAndChemicalsTheCrfDidNotFindAreDroppedOtherCategoriesStay() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE),
            List.of(crf("vancomycin", EntityCategory.CHEMICAL_ENTITY)));

    assertEquals(
        List.of(
            "MSC=MESH:D059630 by dictionary", "vancomycin=LITGRAPH:chemical/vancomycin by crf-ner"),
        describe(merged));
  }

  @Test
  void aDiseaseOnlyModelLeavesTheDictionarysChemicalsAlone() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE),
            List.of(crf("Severe septic shock", EntityCategory.DISEASE)),
            Set.of(EntityCategory.DISEASE),
            false);

    assertEquals(
        List.of(
            "Severe septic shock=MESH:D012772 by crf-ner",
            "MSC=MESH:D059630 by dictionary",
            "hemin=MESH:D006427 by dictionary"),
        describe(merged));
  }

  @Test
  void aDictionaryIdOfAnotherLearnedCategoryIsNotTaken() {
    List<RecognizedMention> merged =
        CrfMentionMerger.merge(
            dictionary.recognize(TEXT, SENTENCE), List.of(crf("hemin", EntityCategory.DISEASE)));

    RecognizedMention hemin = merged.getLast();
    assertEquals("LITGRAPH:disease/hemin", hemin.entity().id().toString());
    assertEquals(EntityCategory.DISEASE, hemin.entity().category());
  }
}
