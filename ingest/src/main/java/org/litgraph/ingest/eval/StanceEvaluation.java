package org.litgraph.ingest.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litgraph.ingest.factcheck.Stance;
import org.litgraph.ingest.factcheck.StanceClassifier;

/**
 * Scores the fact-checker's stance rules on (evidence, claim, label) pairs: per-label precision,
 * recall and F1, and macro-F1, beside the majority-class baseline. SciFact's two labels take
 * "supports" as entailment and "refutes" or "neutral" as not_entailment.
 */
public final class StanceEvaluation {
  private final StanceClassifier classifier = new StanceClassifier();

  /** Per-label scores of one system. */
  public record Scores(String system, Map<String, double[]> perLabel, double macroF1) {}

  /** Both systems on one file. */
  public record Report(
      String format, int pairs, Map<String, Integer> gold, Scores rules, Scores majority) {}

  public Report run(StancePairs data) {
    List<String> predicted = new ArrayList<>();
    Map<String, Integer> gold = new LinkedHashMap<>();
    data.labels().forEach(l -> gold.put(l, 0));
    for (StancePairs.Pair p : data.pairs()) {
      gold.merge(p.label(), 1, Integer::sum);
      Stance s = classifier.judge(p.evidence(), p.claim()).stance();
      predicted.add(label(data.format(), s));
    }
    String majorityLabel =
        gold.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<String> majority = data.pairs().stream().map(p -> majorityLabel).toList();
    return new Report(
        data.format(),
        data.pairs().size(),
        gold,
        score("rules", data, predicted),
        score("majority (" + majorityLabel + ")", data, majority));
  }

  static String label(String format, Stance s) {
    if (format.equals("scifact-rte")) {
      return s == Stance.SUPPORTS ? "entailment" : "not_entailment";
    }
    return switch (s) {
      case SUPPORTS -> "Supports";
      case REFUTES -> "Refutes";
      case NEUTRAL -> "Neutral";
    };
  }

  private static Scores score(String system, StancePairs data, List<String> predicted) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      String g = data.pairs().get(i).label();
      String p = predicted.get(i);
      counts.computeIfAbsent(p, k -> new int[3])[0]++; // predicted
      counts.computeIfAbsent(g, k -> new int[3])[1]++; // gold
      if (g.equals(p)) {
        counts.get(g)[2]++; // correct
      }
    }
    Map<String, double[]> perLabel = new LinkedHashMap<>();
    double sum = 0;
    for (String label : data.labels()) {
      int[] c = counts.getOrDefault(label, new int[3]);
      double precision = c[0] == 0 ? 0 : c[2] / (double) c[0];
      double recall = c[1] == 0 ? 0 : c[2] / (double) c[1];
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perLabel.put(label, new double[] {precision, recall, f1, c[1]});
      sum += f1;
    }
    return new Scores(system, perLabel, sum / data.labels().size());
  }
}
