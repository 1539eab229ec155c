package org.litgraph.ingest.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether an evidence text supports a claim, refutes it or says nothing about it, by rules
 * a reader can check: the evidence must cover enough of the claim's content words to be about it;
 * then a difference in negation ("did not reduce"), in direction ("increases" against "reduces") or
 * in the numbers turns support into refutation. A passage is judged by its sentence that covers the
 * claim best.
 *
 * <p>The two thresholds were chosen on SciFact's {@code rte_train.tsv} only; HealthVer's dev split
 * is held out for evaluation.
 */
public final class StanceClassifier {
  /** Below this share of the claim's content words, the evidence is about something else. */
  public static final double RELATED = 0.3;

  /** Below this share, numbers that differ are not enough to call the evidence contradicting. */
  public static final double SAME_TOPIC = 0.5;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9(])");

  /** The stance with the reason, and how much of the claim the evidence covers. */
  public record Judgement(Stance stance, double coverage, String reason) {}

  /** Judges one (evidence, claim) pair. */
  public Judgement judge(String evidence, String claim) {
    return judge(evidence, claim, false);
  }

  /**
   * Judges a pair already known to be about the same thing (e.g. the evidence names both entities
   * of the claim): only negation, direction and numbers decide.
   */
  public Judgement judgeRelated(String evidence, String claim) {
    return judge(evidence, claim, true);
  }

  private Judgement judge(String evidence, String claim, boolean related) {
    TextFeatures c = TextFeatures.of(claim);
    TextFeatures best = null;
    double coverage = -1;
    for (String sentence : sentences(evidence)) {
      TextFeatures e = TextFeatures.of(sentence);
      double cov = c.coveredBy(e);
      if (cov > coverage) {
        coverage = cov;
        best = e;
      }
    }
    if (best == null || (!related && coverage < RELATED)) {
      return new Judgement(
          Stance.NEUTRAL,
          Math.max(0, coverage),
          String.format("shares %.0f%% of the claim's content words", 100 * Math.max(0, coverage)));
    }
    List<String> reasons = new ArrayList<>();
    boolean flip = false;
    boolean claimNegated = !c.negations().isEmpty();
    boolean evidenceNegated = !best.negations().isEmpty();
    if (claimNegated != evidenceNegated) {
      flip = true;
      reasons.add(
          claimNegated
              ? "the claim is negated (" + String.join(", ", c.negations()) + "), the evidence not"
              : "the evidence is negated (" + String.join(", ", best.negations()) + ")");
    }
    if (c.direction() != 0 && best.direction() != 0 && c.direction() != best.direction()) {
      flip = !flip;
      reasons.add(
          "opposite directions (" + word(c.direction()) + " vs " + word(best.direction()) + ")");
    }
    if (!flip && coverage >= SAME_TOPIC && numbersDiffer(c, best)) {
      flip = true;
      reasons.add("numbers differ (" + c.numbers() + " vs " + best.numbers() + ")");
    }
    String share = String.format("shares %.0f%% of the claim's content words", 100 * coverage);
    reasons.add(0, share);
    return new Judgement(
        flip ? Stance.REFUTES : Stance.SUPPORTS, coverage, String.join("; ", reasons));
  }

  private static boolean numbersDiffer(TextFeatures claim, TextFeatures evidence) {
    return !claim.numbers().isEmpty()
        && !evidence.numbers().isEmpty()
        && claim.numbers().stream().noneMatch(evidence.numbers()::contains);
  }

  private static String word(int direction) {
    return direction > 0 ? "up" : "down";
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out.isEmpty() ? List.of(text) : out;
  }
}
