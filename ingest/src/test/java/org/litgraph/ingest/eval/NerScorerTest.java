package org.litgraph.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NerScorerTest {
  private static EvalMention m(int start, int end, String type, String... ids) {
    return new EvalMention(start, end, type, "x".repeat(end - start), Set.of(ids));
  }

  private static final double EPS = 1e-9;

  @Test
  void strictMatchGivesKnownPrecisionRecallF1AndNormalisationAccuracy() {
    NerScorer scorer = new NerScorer(List.of("Chemical", "Disease"));
    List<EvalMention> gold =
        List.of(
            m(0, 6, "Disease", "MESH:D1"), // found, right id
            m(10, 20, "Disease", "MESH:D2", "MESH:D3"), // found, composite: one part matches
            m(30, 40, "Chemical", "MESH:C1"), // found, wrong id
            m(50, 55, "Disease", "MESH:D4")); // missed
    List<EvalMention> predicted =
        List.of(
            m(0, 6, "Disease", "MESH:D1"),
            m(10, 20, "Disease", "MESH:D3", "DOID:1"),
            m(30, 40, "Chemical", "MESH:C9"),
            m(50, 54, "Disease", "MESH:D4"), // boundary error: a false positive and a miss
            m(60, 65, "Chemical", "MESH:C2")); // spurious
    NerScorer.DocumentOutcome outcome = scorer.add(gold, predicted);

    List<TypeScore> scores = scorer.scores();
    assertEquals(
        List.of("Chemical", "Disease", "micro"), scores.stream().map(TypeScore::type).toList());
    TypeScore chemical = scores.get(0);
    assertEquals(new TypeScore("Chemical", 1, 2, 1, 1, 0), chemical);
    assertEquals(0.5, chemical.precision(), EPS);
    assertEquals(1.0, chemical.recall(), EPS);
    assertEquals(2.0 / 3, chemical.f1(), EPS);
    assertEquals(0.0, chemical.normalisationAccuracy(), EPS);
    TypeScore disease = scores.get(1);
    assertEquals(new TypeScore("Disease", 3, 3, 2, 2, 2), disease);
    assertEquals(2.0 / 3, disease.f1(), EPS);
    assertEquals(1.0, disease.normalisationAccuracy(), EPS);
    TypeScore micro = scores.get(2);
    assertEquals(new TypeScore("micro", 4, 5, 3, 3, 2), micro);
    assertEquals(0.6, micro.precision(), EPS);
    assertEquals(0.75, micro.recall(), EPS);
    assertEquals(2 * 0.6 * 0.75 / (0.6 + 0.75), micro.f1(), EPS);
    assertEquals(2.0 / 3, micro.normalisationAccuracy(), EPS);

    assertEquals(2, outcome.falsePositives().size());
    assertEquals(List.of(m(50, 55, "Disease", "MESH:D4")), outcome.falseNegatives());
    assertEquals(1, outcome.idMismatches().size());
    assertEquals(30, outcome.idMismatches().getFirst().gold().start());
  }

  @Test
  void sameSpanWithAnotherTypeIsAFalsePositiveAndAMiss() {
    NerScorer scorer = new NerScorer(List.of("Chemical", "Disease"));
    scorer.add(List.of(m(0, 5, "Disease", "MESH:D1")), List.of(m(0, 5, "Chemical", "MESH:D1")));
    TypeScore micro = scorer.scores().getLast();
    assertEquals(new TypeScore("micro", 1, 1, 0, 0, 0), micro);
    assertEquals(0.0, micro.f1(), EPS);
    assertTrue(Double.isNaN(micro.normalisationAccuracy()));
  }

  @Test
  void truePositivesWithoutGoldIdLeaveNormalisationAccuracyAlone() {
    NerScorer scorer = new NerScorer(List.of("Chemical"));
    scorer.add(
        List.of(m(0, 5, "Chemical"), m(6, 9, "Chemical", "MESH:C1")),
        List.of(m(0, 5, "Chemical", "MESH:C7"), m(6, 9, "Chemical", "MESH:C1")));
    assertEquals(new TypeScore("Chemical", 2, 2, 2, 1, 1), scorer.scores().getFirst());
  }

  @Test
  void duplicatesCountOnceAndUnscoredTypesAreIgnored() {
    NerScorer scorer = new NerScorer(List.of("Disease"));
    scorer.add(
        List.of(m(0, 5, "Disease", "MESH:D1"), m(0, 5, "Disease", "MESH:D2"), m(7, 9, "Gene")),
        List.of(m(0, 5, "Disease", "MESH:D2"), m(7, 9, "Gene")));
    assertEquals(
        List.of(new TypeScore("Disease", 1, 1, 1, 1, 1), new TypeScore("micro", 1, 1, 1, 1, 1)),
        scorer.scores());
  }

  @Test
  void countsAccumulateOverDocuments() {
    NerScorer scorer = new NerScorer(List.of("Disease"));
    scorer.add(List.of(m(0, 5, "Disease", "MESH:D1")), List.of(m(0, 5, "Disease", "MESH:D1")));
    scorer.add(List.of(m(0, 5, "Disease", "MESH:D1")), List.of());
    assertEquals(new TypeScore("Disease", 2, 1, 1, 1, 1), scorer.scores().getFirst());
    assertEquals(2.0 / 3, scorer.scores().getFirst().f1(), EPS);
  }
}
