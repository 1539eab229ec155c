package org.litgraph.ingest.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.pubtator.PubTatorAnnotation;
import org.litgraph.ingest.pubtator.PubTatorDocument;

class CrfTrainingSetTest {
  private static final String TEXT = "Lithium caused diabetes insipidus. Patients recovered.";

  private static PubTatorAnnotation mention(String text, String type) {
    int start = TEXT.indexOf(text);
    return new PubTatorAnnotation(start, start + text.length(), text, type, "", List.of());
  }

  /** A document whose title is the text's first word, so that its text() is {@code text}. */
  private static PubTatorDocument document(
      String pmid, String text, List<PubTatorAnnotation> annotations) {
    int space = text.indexOf(' ');
    return new PubTatorDocument(
        pmid, text.substring(0, space), text.substring(space + 1), annotations, List.of());
  }

  private static final PubTatorDocument DOCUMENT =
      document(
          "1",
          TEXT,
          List.of(
              mention("Lithium", "Chemical"),
              mention("diabetes insipidus", "SpecificDisease"),
              mention("Patients", "Species")));

  @Test
  void mapsCorpusTypesToCategoriesAndLabelsEachSentence() {
    CrfTrainingSet set = new CrfTrainingSet();
    set.add(DOCUMENT, HandText.of(TEXT), NerTraining.CATEGORIES);

    List<CrfTrainingSet.LabeledSentence> sentences = set.sentences();
    assertEquals(2, sentences.size());
    assertEquals(
        List.of("B-ChemicalEntity", "O", "B-Disease", "I-Disease", "O"), sentences.get(0).labels());
    assertEquals(List.of("O", "O", "O"), sentences.get(1).labels());
    assertEquals(new CrfTrainingSet.Summary(1, 2, 8, 2, 0, 0), set.summary());
  }

  @Test
  void eachAnnotatedNameKeepsTheIdTheCorporaGaveItMostOftenCompositesTeachNothing() {
    String text = "Lithium and lithium. Renal failure and hepatorenal failure.";
    CrfTrainingSet set = new CrfTrainingSet();
    set.add(
        document(
            "1",
            text,
            List.of(
                new PubTatorAnnotation(0, 7, "Lithium", "Chemical", "D008094", List.of("D008094")),
                new PubTatorAnnotation(12, 19, "lithium", "Chemical", "D1", List.of("D1")),
                new PubTatorAnnotation(
                    21, 34, "Renal failure", "Disease", "D051437", List.of("D051437")),
                new PubTatorAnnotation(
                    39, 58, "hepatorenal failure", "Disease", "D1|D2", List.of("D1", "D2")))),
        HandText.of(text),
        NerTraining.CATEGORIES);

    Map<String, String> ids = set.trainingIds();

    assertEquals(
        Map.of(
            CrfModel.idKey("lithium", "ChemicalEntity"), "MESH:D008094",
            CrfModel.idKey("renal failure", "Disease"), "MESH:D051437"),
        ids);
  }

  @Test
  void categoriesNotWantedStayOutside() {
    CrfTrainingSet set = new CrfTrainingSet();
    set.add(DOCUMENT, HandText.of(TEXT), Set.of(EntityCategory.DISEASE));

    assertEquals("O", set.sentences().getFirst().labels().getFirst());
  }

  @Test
  void writesOneColumnRowPerTokenWithTheGazetteerTag(@TempDir Path dir) throws IOException {
    CrfTrainingSet set = new CrfTrainingSet();
    set.add(DOCUMENT, HandText.of(TEXT, Map.of("caused", "cause")), NerTraining.CATEGORIES);
    CrfGazetteer gazetteer =
        new CrfGazetteer.Builder().add("Diabetes Insipidus", "Disease").build();
    Path file = dir.resolve("train.tsv");

    set.write(file, gazetteer, false);

    List<String> lines = Files.readAllLines(file);
    assertEquals("Lithium\tNN\tLithium\tO\tB-ChemicalEntity", lines.get(0));
    assertEquals("caused\tNN\tcause\tO\tO", lines.get(1));
    assertEquals("diabetes\tNN\tdiabetes\tB-Disease\tB-Disease", lines.get(2));
    assertEquals("insipidus\tNN\tinsipidus\tI-Disease\tI-Disease", lines.get(3));
    assertEquals("", lines.get(5));
    assertEquals(10, lines.size());
  }

  @Test
  void insideOnlyLabelsReplaceBeginLabels(@TempDir Path dir) throws IOException {
    CrfTrainingSet set = new CrfTrainingSet();
    set.add(DOCUMENT, HandText.of(TEXT), NerTraining.CATEGORIES);
    Path file = dir.resolve("train.tsv");

    set.write(file, CrfGazetteer.empty(), true);

    List<String> answers =
        Files.readAllLines(file).stream()
            .filter(l -> !l.isEmpty())
            .map(l -> l.substring(l.lastIndexOf('\t') + 1))
            .toList();
    assertEquals(
        List.of("I-ChemicalEntity", "O", "I-Disease", "I-Disease", "O", "O", "O", "O"), answers);
  }

  @Test
  void goldNamesOfTheOtherFoldsAreAvailableForJackknifedGazetteers() {
    CrfTrainingSet set = new CrfTrainingSet();
    set.add(DOCUMENT, HandText.of(TEXT), NerTraining.CATEGORIES);
    String other = "Cocaine users.";
    set.add(
        document(
            "2",
            other,
            List.of(new PubTatorAnnotation(0, 7, "Cocaine", "Chemical", "", List.of()))),
        HandText.of(other),
        NerTraining.CATEGORIES);

    assertEquals(
        List.of(Map.entry("Cocaine", "ChemicalEntity")),
        set.names(2, 0).stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    assertEquals(3, set.names(2, -1).size());
  }

  @Test
  void annotationsOfAnotherTextAreRefused() {
    CrfTrainingSet set = new CrfTrainingSet();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> set.add(DOCUMENT, HandText.of("Other text."), NerTraining.CATEGORIES));
    assertEquals("document 1: annotated text differs from the document text", e.getMessage());
  }
}
