package org.litgraph.ingest.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;

class SpanScorerTest {
  private static final EntityCategory DISEASE = EntityCategory.DISEASE;
  private static final EntityCategory CHEMICAL = EntityCategory.CHEMICAL_ENTITY;

  private static SpanScorer.Span span(int start, int end, EntityCategory c) {
    return new SpanScorer.Span(start, end, c);
  }

  @Test
  void onlyExactBoundariesAndCategoryCount() {
    SpanScorer scorer = new SpanScorer();
    scorer.add(
        List.of(span(0, 12, DISEASE), span(20, 30, CHEMICAL), span(40, 50, DISEASE)),
        List.of(span(0, 12, DISEASE), span(20, 30, DISEASE), span(41, 50, DISEASE)));

    SpanScorer.Score disease = scorer.scores().get(0);
    SpanScorer.Score chemical = scorer.scores().get(1);
    assertEquals(new SpanScorer.Score("Disease", 1, 2, 1), disease);
    assertEquals(new SpanScorer.Score("ChemicalEntity", 0, 0, 1), chemical);
    assertEquals(new SpanScorer.Score("micro", 1, 2, 2), scorer.micro());
    assertEquals(1.0 / 3, disease.precision(), 1e-9);
    assertEquals(0.5, disease.recall(), 1e-9);
    assertEquals(0.4, disease.f1(), 1e-9);
  }

  @Test
  void aDuplicatePredictionCountsOnce() {
    SpanScorer scorer = new SpanScorer();
    scorer.add(List.of(span(0, 5, CHEMICAL)), List.of(span(0, 5, CHEMICAL), span(0, 5, CHEMICAL)));

    assertEquals(new SpanScorer.Score("micro", 1, 0, 0), scorer.micro());
  }

  @Test
  void emptyCountsScoreZeroNotNaN() {
    assertEquals(0.0, new SpanScorer().micro().f1());
  }
}
