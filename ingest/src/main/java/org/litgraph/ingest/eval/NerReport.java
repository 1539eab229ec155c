package org.litgraph.ingest.eval;

import java.util.Locale;

/**
 * Prints an evaluation as a table: one row per type and a micro-average row, then the last line
 * {@code F1 <micro-F1>} with four decimals, which scripts read.
 */
public final class NerReport {
  private NerReport() {}

  /**
   * @param corpus the corpus's name for the header
   * @param settings what was evaluated (lexicon, abbreviation resolution), one header line
   */
  public static String format(String corpus, String settings, NerEvaluation.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "corpus: %s (%d documents, %d tokens, %.1f s, %.0f tokens/s)%n",
            corpus,
            r.documents(),
            r.tokens(),
            r.elapsed().toMillis() / 1000.0,
            r.tokens() / Math.max(1e-9, r.elapsed().toNanos() / 1e9)));
    sb.append(settings).append('\n');
    sb.append("mentions by extractor (all categories): ")
        .append(r.mentionsByExtractor().isEmpty() ? "none" : "")
        .append(
            String.join(
                ", ",
                r.mentionsByExtractor().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .toList()))
        .append('\n');
    sb.append("our categories → corpus types: ").append(r.mapping().describe()).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "%-28s %6s %6s %6s %9s %7s %7s %9s%n",
            "type",
            "gold",
            "pred",
            "tp",
            "precision",
            "recall",
            "F1",
            "norm-acc"));
    for (TypeScore s : r.scores()) {
      double norm = s.normalisationAccuracy();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-28s %6d %6d %6d %9.4f %7.4f %7.4f %9s%n",
              s.type(),
              s.gold(),
              s.predicted(),
              s.truePositives(),
              s.precision(),
              s.recall(),
              s.f1(),
              Double.isNaN(norm)
                  ? "-"
                  : String.format(Locale.ROOT, "%.4f", norm)
                      + String.format(Locale.ROOT, " (%d/%d)", s.normalised(), s.withGoldId())));
    }
    sb.append(String.format(Locale.ROOT, "F1 %.4f%n", r.micro().f1()));
    return sb.toString();
  }
}
