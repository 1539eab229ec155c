package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NerSpan;
import org.litgraph.ingest.nlp.NlpSentence;

class EntityRecognitionStageTest {
  private static EntityRecognitionStage stage;

  @BeforeAll
  static void build() {
    stage = new EntityRecognitionStage(Lexicon.seed());
  }

  private static final String FIRST = "The World Health Organization counts sepsis cases.";
  private static final String SECOND = "TiGenix in Belgium tests MSCs.";
  private static final String TEXT = FIRST + " " + SECOND;
  private static final int SECOND_START = FIRST.length() + 1;

  private static AnnotatedText annotated(List<NerSpan> spans) {
    List<NlpSentence> sentences =
        List.of(
            HandTokens.sentence(0, 0, FIRST, Map.of()),
            HandTokens.sentence(1, SECOND_START, SECOND, Map.of()));
    return new AnnotatedText(TEXT, sentences, spans);
  }

  private static NerSpan ner(int sentence, String text, String type) {
    int start = TEXT.indexOf(text);
    return new NerSpan(sentence, start, start + text.length(), text, type);
  }

  /** "surface=CURIE by extractor" in the stage's output order. */
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
  void dictionaryAndGeneralNerMentionsAreMergedInTextOrder() {
    List<RecognizedMention> mentions =
        stage.recognize(
            annotated(List.of(ner(1, "Belgium", "LOCATION"), ner(1, "TiGenix", "ORGANIZATION"))));
    String dictionary = DictionaryRecognizer.PROVENANCE.extractor();
    String general = GeneralNerMapper.PROVENANCE.extractor();
    assertEquals(
        List.of(
            "World Health Organization=MESH:D014944 by " + dictionary,
            "sepsis=MESH:D018805 by " + dictionary,
            "TiGenix=LITGRAPH:org-tigenix by " + general,
            "Belgium=LITGRAPH:place-belgium by " + general,
            "MSCs=MESH:D059630 by " + dictionary),
        describe(mentions));
  }

  @Test
  void dictionaryNameWinsOverAnOverlappingGeneralNerSpan() {
    List<RecognizedMention> mentions =
        stage.recognize(
            annotated(List.of(ner(0, "The World Health Organization", "ORGANIZATION"))));
    List<Provenance> provenances = mentions.stream().map(RecognizedMention::provenance).toList();
    assertEquals(
        List.of(DictionaryRecognizer.PROVENANCE), provenances.stream().distinct().toList());
    assertEquals(Curie.parse("MESH:D014944"), mentions.getFirst().entity().id());
  }

  @Test
  void mentionsOverlapOnlyWithinOneSentence() {
    RecognizedMention sepsis =
        stage.recognize(annotated(List.of())).stream()
            .filter(m -> m.entity().id().equals(Curie.parse("MESH:D018805")))
            .findFirst()
            .orElseThrow();
    RecognizedMention sameRangeElsewhere =
        new RecognizedMention(
            1, sepsis.start(), sepsis.end(), sepsis.entity(), sepsis.provenance());
    RecognizedMention touching =
        new RecognizedMention(
            0, sepsis.end(), sepsis.end() + 3, sepsis.entity(), sepsis.provenance());
    assertTrue(sepsis.overlaps(sepsis));
    assertFalse(sepsis.overlaps(sameRangeElsewhere));
    assertFalse(sepsis.overlaps(touching));
  }
}
