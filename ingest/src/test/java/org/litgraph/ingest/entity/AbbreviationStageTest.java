package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;

class AbbreviationStageTest {
  private static Lexicon lexicon;

  @BeforeAll
  static void lexicon() throws IOException {
    String tsv =
        """
        septic shock\tMESH:D012772\tDisease\tShock, Septic\t
        community-acquired pneumonia\tMESH:D000073410\tDisease\tCommunity-Acquired Pneumonia\t
        acute lymphoblastic leukemia\tMESH:D054198\tDisease\tPrecursor Cell Lymphoblastic Leukemia\t
        leukaemia\tMESH:D007938\tDisease\tLeukemia\t
        CAP\tMESH:D000990\tChemicalEntity\tCAP (cyclophosphamide, doxorubicin, cisplatin)\t
        mesenchymal stem cells\tMESH:D059630\tCell\tMesenchymal Stem Cells\t
        G6PD deficiency\tMESH:D005955\tDisease\tGlucosephosphate Dehydrogenase Deficiency\t
        glucose-6-phosphate dehydrogenase\tNCBIGene:2539\tGeneOrGeneProduct\tG6PD\t
        """;
    lexicon =
        Lexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }

  /** The text split at ". " into sentences, tokenized by hand, then recognised. */
  private static List<String> recognise(String text, boolean abbreviations) {
    List<NlpSentence> sentences = new ArrayList<>();
    int start = 0;
    for (String part : text.split("(?<=\\.) ")) {
      sentences.add(HandTokens.sentence(sentences.size(), start, part, Map.of()));
      start += part.length() + 1;
    }
    AnnotatedText annotated = new AnnotatedText(text, sentences, List.of());
    return new EntityRecognitionStage(lexicon, abbreviations)
        .recognize(annotated).stream()
            .map(m -> text.substring(m.start(), m.end()) + "=" + m.entity().id())
            .toList();
  }

  @Test
  void anUnknownShortFormTakesItsLongFormsEntityEverywhereAfterTheDefinition() {
    String text = "SS is rare. Septic shock (SS) kills. Later SS and more SS appear.";
    assertEquals(
        List.of(
            "Septic shock=MESH:D012772", "SS=MESH:D012772", "SS=MESH:D012772", "SS=MESH:D012772"),
        recognise(text, true));
    assertEquals(List.of("Septic shock=MESH:D012772"), recognise(text, false));
  }

  @Test
  void aShortFormTheLexiconMapsElsewhereIsRelinkedOnlyInTheDefiningDocument() {
    String defining = "We saw community-acquired pneumonia (CAP) often. CAP was severe.";
    assertEquals(
        List.of(
            "community-acquired pneumonia=MESH:D000073410",
            "CAP=MESH:D000073410",
            "CAP=MESH:D000073410"),
        recognise(defining, true));
    assertEquals(List.of("CAP=MESH:D000990"), recognise("Patients received CAP.", true));
  }

  @Test
  void pluralAndSingularOfTheShortFormBothCount() {
    String text = "We gave mesenchymal stem cells (MSCs). Each MSC divided.";
    assertEquals(
        List.of("mesenchymal stem cells=MESH:D059630", "MSCs=MESH:D059630", "MSC=MESH:D059630"),
        recognise(text, true));
  }

  @Test
  void aLongerNameAroundTheShortFormIsKept() {
    String text =
        "Red cells lack glucose-6-phosphate dehydrogenase (G6PD). G6PD deficiency followed.";
    assertEquals(
        List.of(
            "glucose-6-phosphate dehydrogenase=NCBIGene:2539",
            "G6PD=NCBIGene:2539",
            "G6PD deficiency=MESH:D005955"),
        recognise(text, true));
  }

  @Test
  void aMentionCoveringOnlyTheLastWordOfTheLongFormDefinesNothing() {
    String text = "Children with acute lymphoblastic leukaemia (ALL) were seen. ALL recurred.";
    assertEquals(List.of("leukaemia=MESH:D007938"), recognise(text, true));
  }

  @Test
  void withoutARecognisedLongFormNothingChanges() {
    String text = "We measured blood pressure (BP) twice. BP fell.";
    assertEquals(List.of(), recognise(text, true));
  }
}
