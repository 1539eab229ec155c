package org.litgraph.ingest.factcheck;

import java.util.List;
import org.litgraph.graph.store.EvidenceProfile;

/**
 * Turns a claim's ranked evidence into a verdict. Each supporting or refuting item weighs its
 * relevance score times its study's weight (trials count most, news least; {@link
 * EvidenceProfile#studyWeight}). Support only: supported; refutation only: contradicted; both, the
 * weaker side at least half the stronger: mixed; else the stronger side. No item taking a side: not
 * enough evidence. The deciding items are the three heaviest of the winning side (both for mixed).
 */
public final class VerdictJudge {
  /** The weaker side must reach this share of the stronger for a mixed verdict. */
  static final double MIXED_RATIO = 0.5;

  /** The verdict with its deciding evidence ids and a one-sentence rationale. */
  public record Decision(Verdict verdict, List<String> deciding, String rationale) {}

  public Decision decide(List<Evidence> evidence) {
    double support = weight(evidence, Stance.SUPPORTS);
    double refute = weight(evidence, Stance.REFUTES);
    if (support == 0 && refute == 0) {
      String why =
          evidence.isEmpty()
              ? "no stored claim or sentence in the graph is about this claim"
              : evidence.size() + " related items, none of which supports or contradicts it";
      return new Decision(Verdict.NOT_ENOUGH_EVIDENCE, List.of(), why);
    }
    Verdict v;
    if (refute == 0) {
      v = Verdict.SUPPORTED;
    } else if (support == 0) {
      v = Verdict.CONTRADICTED;
    } else if (Math.min(support, refute) >= MIXED_RATIO * Math.max(support, refute)) {
      v = Verdict.MIXED;
    } else {
      v = support > refute ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    }
    List<String> deciding =
        evidence.stream()
            .filter(
                e ->
                    v == Verdict.MIXED
                        ? e.stance() != Stance.NEUTRAL
                        : e.stance() == (v == Verdict.SUPPORTED ? Stance.SUPPORTS : Stance.REFUTES))
            .sorted((a, b) -> Double.compare(itemWeight(b), itemWeight(a)))
            .limit(3)
            .map(Evidence::id)
            .toList();
    String rationale =
        String.format(
            "support weight %.2f (%d items) against contradiction weight %.2f (%d items)",
            support, count(evidence, Stance.SUPPORTS), refute, count(evidence, Stance.REFUTES));
    return new Decision(v, deciding, rationale);
  }

  private static double itemWeight(Evidence e) {
    return e.score() * EvidenceProfile.studyWeight(e.studyType());
  }

  private static double weight(List<Evidence> evidence, Stance stance) {
    return evidence.stream()
        .filter(e -> e.stance() == stance)
        .mapToDouble(VerdictJudge::itemWeight)
        .sum();
  }

  private static long count(List<Evidence> evidence, Stance stance) {
    return evidence.stream().filter(e -> e.stance() == stance).count();
  }
}
