package org.litgraph.ingest.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.litgraph.graph.model.EntityCategory;

/**
 * Strict span scoring of recognised names against gold ones: a prediction counts only when its
 * start, end and category all equal a gold mention's. Add documents one at a time; read precision,
 * recall and F1 per category and micro-averaged.
 */
public final class SpanScorer {
  /** A typed span of one document. */
  public record Span(int start, int end, EntityCategory category) {
    public Span {
      Objects.requireNonNull(category, "category");
    }
  }

  /** Counts for one category (or all, for the micro average). */
  public record Score(String name, int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          "%-16s P %.4f  R %.4f  F1 %.4f  (tp %d fp %d fn %d)",
          name, precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
  }

  private final Map<EntityCategory, int[]> counts = new EnumMap<>(EntityCategory.class);

  /** Scores one document's predictions; duplicate spans count once. */
  public void add(Collection<Span> gold, Collection<Span> predicted) {
    Set<Span> g = new HashSet<>(gold);
    Set<Span> p = new HashSet<>(predicted);
    for (Span s : p) {
      counts.computeIfAbsent(s.category(), k -> new int[3])[g.contains(s) ? 0 : 1]++;
    }
    for (Span s : g) {
      if (!p.contains(s)) {
        counts.computeIfAbsent(s.category(), k -> new int[3])[2]++;
      }
    }
  }

  /** Scores per category, in category order. */
  public List<Score> scores() {
    List<Score> out = new ArrayList<>();
    counts.forEach((c, n) -> out.add(new Score(c.biolinkName(), n[0], n[1], n[2])));
    return out;
  }

  /** Counts summed over categories. */
  public Score micro() {
    int[] sum = new int[3];
    counts
        .values()
        .forEach(
            n -> {
              for (int i = 0; i < 3; i++) {
                sum[i] += n[i];
              }
            });
    return new Score("micro", sum[0], sum[1], sum[2]);
  }
}
