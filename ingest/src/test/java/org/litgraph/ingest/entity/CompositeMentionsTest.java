package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.HandText;

/** NCBI-disease composite mentions: coordinated premodifiers join the disease name they share. */
class CompositeMentionsTest {
  private static final Provenance P = new Provenance("test", "1");
  private static final Map<String, String> POS =
      Map.of(
          "classical", "JJ",
          "Duarte", "NNP",
          "II", "CD",
          "III", "CD",
          "and", "CC",
          "or", "CC",
          "hematopoietic", "JJ",
          "solid", "JJ",
          ",", ",");

  private static RecognizedMention mention(
      AnnotatedText a, String name, int occurrence, EntityCategory category) {
    int start = HandText.offset(a, name, occurrence);
    int sentence = HandText.sentenceAt(a, start);
    Entity e =
        new Entity(
            new Curie("T", name.replaceAll("[^A-Za-z0-9]", "_")),
            category,
            name,
            List.of(),
            List.of());
    return new RecognizedMention(sentence, start, start + name.length(), e, P);
  }

  private static List<String> describe(AnnotatedText a, List<RecognizedMention> mentions) {
    List<String> out = new ArrayList<>();
    for (RecognizedMention m : mentions) {
      out.add(a.text().substring(m.start(), m.end()) + "=" + m.entity().name());
    }
    return out;
  }

  @Test
  void coordinatedPremodifiersJoinTheDiseaseNameTheyShare() {
    AnnotatedText a =
        HandText.of(
            "In classical and Duarte galactosemia. In stage II or stage III colorectal cancer. In"
                + " hematopoietic and solid tumors. In C6 and C7 deficiencies. In brain, breast, and"
                + " prostate cancer.",
            Map.of(),
            POS);
    List<RecognizedMention> in =
        List.of(
            mention(a, "Duarte galactosemia", 0, EntityCategory.DISEASE),
            mention(a, "stage III colorectal cancer", 0, EntityCategory.DISEASE),
            mention(a, "solid tumors", 0, EntityCategory.DISEASE),
            mention(a, "C7 deficiencies", 0, EntityCategory.DISEASE),
            mention(a, "brain", 0, EntityCategory.ANATOMICAL_ENTITY),
            mention(a, "breast", 0, EntityCategory.ANATOMICAL_ENTITY),
            mention(a, "prostate cancer", 0, EntityCategory.DISEASE));

    assertEquals(
        List.of(
            "classical and Duarte galactosemia=Duarte galactosemia",
            "stage II or stage III colorectal cancer=stage III colorectal cancer",
            "hematopoietic and solid tumors=solid tumors",
            "C6 and C7 deficiencies=C7 deficiencies",
            "brain, breast, and prostate cancer=prostate cancer"),
        describe(a, CompositeMentions.apply(a, in)));
  }

  @Test
  void separateThingsStaySeparate() {
    AnnotatedText a =
        HandText.of(
            "Mortality and bone dysplasia. Sepsis and septic shock. Type 2 and diastrophic"
                + " dysplasia. Mutations and breast cancer.",
            Map.of(),
            Map.of("and", "CC", "2", "CD", "diastrophic", "JJ", "septic", "JJ"));
    List<RecognizedMention> in =
        List.of(
            mention(a, "bone dysplasia", 0, EntityCategory.DISEASE),
            mention(a, "Sepsis", 0, EntityCategory.DISEASE),
            mention(a, "septic shock", 0, EntityCategory.DISEASE),
            mention(a, "diastrophic dysplasia", 0, EntityCategory.DISEASE),
            mention(a, "Mutations", 0, EntityCategory.BIOLOGICAL_PROCESS),
            mention(a, "breast cancer", 0, EntityCategory.DISEASE));

    assertEquals(describe(a, in), describe(a, CompositeMentions.apply(a, in)));
  }
}
