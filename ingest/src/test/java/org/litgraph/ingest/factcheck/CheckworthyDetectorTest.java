package org.litgraph.ingest.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.model.Sentence;

class CheckworthyDetectorTest {
  private static final String[] SENTENCES = {
    "Can stem cell therapy be used to combat severe sepsis?",
    "Can stem cell therapy be used to combat severe sepsis?",
    "According to statistics from the World Health Organization, there are an estimated 30"
        + " million cases of sepsis every year, resulting in about 6 million deaths.",
    "The project is currently recruiting severely ill patients with sepsis, and it is expected to"
        + " recruit 180 patients in different research centers in Europe.",
    "In 2016, the “Journal of Cellular and Molecular Immunology” published results in septic"
        + " rats[2].",
    "The weather was fine."
  };

  private static AnnotatedDocument piece() {
    String text = String.join(" ", SENTENCES);
    List<Sentence> sentences = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < SENTENCES.length; i++) {
      sentences.add(new Sentence("doc-1", i, at, at + SENTENCES[i].length(), SENTENCES[i]));
      at += SENTENCES[i].length() + 1;
    }
    Entity stem =
        new Entity(
            Curie.parse("MESH:D013234"), EntityCategory.CELL, "Stem Cells", List.of(), List.of());
    Entity sepsis =
        new Entity(
            Curie.parse("MESH:D018805"), EntityCategory.DISEASE, "Sepsis", List.of(), List.of());
    Provenance p = new Provenance("test", "1");
    List<Mention> mentions = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int s = sentences.get(i).start();
      mentions.add(new Mention(stem.id(), "doc-1", i, s + 4, s + 13, "stem cell", p));
      mentions.add(new Mention(sepsis.id(), "doc-1", i, s + 47, s + 53, "sepsis", p));
      claims.add(
          new Claim(
              stem.id(),
              Predicate.TREATS,
              sepsis.id(),
              "doc-1",
              OptionalInt.of(i),
              OptionalInt.of(s + 38),
              OptionalInt.of(s + 44),
              p,
              Map.of(),
              "combat",
              new ClaimContext(
                  false, List.of(), true, List.of("Can"), List.of(), "news report", List.of())));
    }
    Document d =
        new Document("doc-1", "file:/piece.txt", "Piece", Optional.empty(), DocumentKind.NEWS, "h");
    return new AnnotatedDocument(d, text, sentences, List.of(stem, sepsis), mentions, claims);
  }

  private static List<CheckworthyClaim> detect() {
    return new CheckworthyDetector()
        .detect(
            piece(), List.of(new Citation(Optional.of("2"), "J Cell Mol Immunol 2016", Map.of())));
  }

  private static List<CheckworthyClaim> of(List<CheckworthyClaim> all, CheckKind kind) {
    return all.stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void keepsTheExtractorsStructureAndDropsARepeatedHeadline() {
    List<CheckworthyClaim> causal = of(detect(), CheckKind.CAUSAL);
    assertEquals(1, causal.size(), causal.toString());
    CheckworthyClaim c = causal.get(0);
    assertEquals(Predicate.TREATS, c.predicate().orElseThrow());
    assertEquals("Sepsis", c.object().orElseThrow().name());
    assertTrue(c.context().hedged());
  }

  @Test
  void findsStatisticsAttributionsTrialFactsAndCitations() {
    List<CheckworthyClaim> all = detect();
    CheckworthyClaim stat = of(all, CheckKind.STATISTIC).get(0);
    assertTrue(
        stat.context().quantities().contains("an estimated 30 million cases"), stat.toString());
    assertTrue(stat.context().quantities().contains("about 6 million deaths"), stat.toString());
    assertEquals(
        "the World Health Organization",
        of(all, CheckKind.ATTRIBUTION).get(0).source().orElseThrow());
    CheckworthyClaim trial = of(all, CheckKind.TRIAL).get(0);
    assertTrue(trial.sentence().contains("recruit 180 patients"), trial.toString());
    List<String> cited =
        of(all, CheckKind.CITATION).stream().map(c -> c.source().orElseThrow()).toList();
    assertTrue(cited.contains("[2]"), cited.toString());
    assertTrue(cited.contains("Journal of Cellular and Molecular Immunology"), cited.toString());
    assertTrue(cited.contains("[2] J Cell Mol Immunol 2016"), cited.toString());
  }

  @Test
  void aPlainSentenceIsNotCheckWorthy() {
    assertTrue(detect().stream().noneMatch(c -> c.sentence().equals("The weather was fine.")));
  }

  @Test
  void numbersClaimsInOrder() {
    List<CheckworthyClaim> all = detect();
    for (int i = 0; i < all.size(); i++) {
      assertEquals("c" + (i + 1), all.get(i).id());
    }
  }
}
