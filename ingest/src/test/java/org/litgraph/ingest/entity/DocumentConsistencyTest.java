package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.HandText;

class DocumentConsistencyTest {
  private static CrfSpan span(AnnotatedText a, String name, int occurrence, EntityCategory c) {
    int start = HandText.offset(a, name, occurrence);
    int sentence = HandText.sentenceAt(a, start);
    return new CrfSpan(sentence, start, start + name.length(), name, c);
  }

  private static List<String> describe(List<CrfSpan> spans) {
    List<String> out = new ArrayList<>();
    for (CrfSpan s : spans) {
      out.add(s.text() + "@" + s.start() + ":" + s.category().biolinkName());
    }
    return out;
  }

  @Test
  void anAbbreviationTakesItsLongFormsCategoryEverywhereIncludingPlurals() {
    AnnotatedText a =
        HandText.of("Rats got puromycin aminonucleoside (PAN). PAN and PANs caused nephrosis.");
    List<CrfSpan> crf =
        List.of(
            span(a, "puromycin aminonucleoside", 0, EntityCategory.CHEMICAL_ENTITY),
            span(a, "PAN", 1, EntityCategory.DISEASE));

    List<CrfSpan> out = DocumentConsistency.apply(a, crf);

    assertEquals(
        List.of(
            "puromycin aminonucleoside@9:ChemicalEntity",
            "PAN@36:ChemicalEntity",
            "PAN@42:ChemicalEntity",
            "PANs@50:ChemicalEntity"),
        describe(out));
  }

  @Test
  void aLongFormWhoseHeadIsANameDefinesTheAbbreviation() {
    AnnotatedText a = HandText.of("Rats had levodopa-induced dyskinesias (LID). LID persisted.");
    List<CrfSpan> crf = List.of(span(a, "dyskinesias", 0, EntityCategory.DISEASE));

    DocumentConsistency.Result r = DocumentConsistency.resolve(a, crf);

    assertEquals(
        List.of("dyskinesias@26:Disease", "LID@39:Disease", "LID@45:Disease"), describe(r.spans()));
    assertEquals("dyskinesias", r.longForms().get("LID").text());
  }

  @Test
  void anAbbreviationWhoseLongFormIsNoNameLosesItsSpans() {
    AnnotatedText a = HandText.of("We measured the area under the curve (AUC). AUC rose.");
    List<CrfSpan> crf = List.of(span(a, "AUC", 1, EntityCategory.CHEMICAL_ENTITY));

    assertEquals(List.of(), DocumentConsistency.apply(a, crf));
  }

  @Test
  void aNameTaggedOnceIsTaggedAtItsOtherOccurrencesOnTokenBoundaries() {
    AnnotatedText a =
        HandText.of("Cocaine induced seizures. Cocaine users and Cocaineism. No seizures.");
    List<CrfSpan> crf = List.of(span(a, "Cocaine", 0, EntityCategory.CHEMICAL_ENTITY));

    assertEquals(
        List.of("Cocaine@0:ChemicalEntity", "Cocaine@26:ChemicalEntity"),
        describe(DocumentConsistency.apply(a, crf)));
  }

  @Test
  void anOccurrenceInsideAnotherSpanIsLeftAlone() {
    AnnotatedText a = HandText.of("shock was septic shock.");
    List<CrfSpan> crf =
        List.of(
            span(a, "shock", 0, EntityCategory.DISEASE),
            span(a, "septic shock", 0, EntityCategory.DISEASE));

    assertEquals(
        List.of("shock@0:Disease", "septic shock@10:Disease"),
        describe(DocumentConsistency.apply(a, crf)));
  }

  @Test
  void aLongFormReachedThroughAPrepositionDefinesNoName() {
    AnnotatedText a =
        HandText.of(
            "It is a deficiency of aspartoacylase (ASPA). Mutations in ASPA. The DCC (deleted in"
                + " colorectal cancer) gene. DCC was lost.");
    List<CrfSpan> crf =
        List.of(
            span(a, "deficiency of aspartoacylase", 0, EntityCategory.DISEASE),
            span(a, "ASPA", 1, EntityCategory.DISEASE),
            span(a, "colorectal cancer", 0, EntityCategory.DISEASE));

    assertEquals(
        List.of("deficiency of aspartoacylase@8:Disease", "colorectal cancer@84:Disease"),
        describe(DocumentConsistency.apply(a, crf)));
  }

  @Test
  void aNameThatRunsPastTheParenthesisDefinesTheShortFormOnlyWithAGenericHead() {
    AnnotatedText a =
        HandText.of(
            "Glucose-6-phosphate dehydrogenase (G6PD) deficiency. G6PD mutations. The von"
                + " Hippel-Lindau (VHL) disease. VHL patients.");
    List<CrfSpan> crf =
        List.of(
            span(
                a,
                "Glucose-6-phosphate dehydrogenase (G6PD) deficiency",
                0,
                EntityCategory.DISEASE),
            span(a, "von Hippel-Lindau (VHL) disease", 0, EntityCategory.DISEASE));

    List<String> out = describe(DocumentConsistency.apply(a, crf));

    assertEquals(
        List.of(
            "Glucose-6-phosphate dehydrogenase (G6PD) deficiency@0:Disease",
            "von Hippel-Lindau (VHL) disease@73:Disease",
            "VHL@106:Disease"),
        out);
  }
}
