package org.litgraph.ingest.eval;

/**
 * Counts and measures for one evaluation type (or all of them, micro-averaged).
 *
 * @param gold gold mentions
 * @param predicted predicted mentions
 * @param truePositives predicted mentions with a gold mention of the same span and type
 * @param withGoldId true positives whose gold mention names a concept (BC5CDR's {@code -1} and
 *     BioRED's {@code -} do not); the denominator of normalisation accuracy
 * @param normalised true positives with a gold id equal to our id or one of our xrefs
 */
public record TypeScore(
    String type, int gold, int predicted, int truePositives, int withGoldId, int normalised) {
  public TypeScore {
    if (truePositives > gold || truePositives > predicted || normalised > withGoldId) {
      throw new IllegalArgumentException("inconsistent counts for " + type);
    }
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /**
   * Share of true positives (with a gold id) normalised to the gold id; NaN when there are none.
   */
  public double normalisationAccuracy() {
    return withGoldId == 0 ? Double.NaN : (double) normalised / withGoldId;
  }

  /** This score plus another, under the given type name (for micro averages). */
  TypeScore plus(TypeScore o, String name) {
    return new TypeScore(
        name,
        gold + o.gold,
        predicted + o.predicted,
        truePositives + o.truePositives,
        withGoldId + o.withGoldId,
        normalised + o.normalised);
  }
}
