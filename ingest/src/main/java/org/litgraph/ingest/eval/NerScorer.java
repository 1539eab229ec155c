package org.litgraph.ingest.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict-match scoring of predicted against gold mentions, document by document.
 *
 * <p>A prediction is a true positive when a gold mention has the same start, end and type; it is
 * normalised when one of its ids is one of the gold mention's ids (a composite gold mention with
 * ids {@code D1|D2} accepts either). Mentions are counted once per (start, end, type), so a
 * duplicated gold line counts once. Mentions of types outside the scorer's list are ignored.
 */
public final class NerScorer {
  private final Map<String, Counts> scores = new LinkedHashMap<>();

  /** Running counts of one type (see {@link TypeScore} for their meaning). */
  private static final class Counts {
    int gold;
    int predicted;
    int truePositives;
    int withGoldId;
    int normalised;
  }

  /** A scorer for these evaluation types, reported in this order. */
  public NerScorer(Collection<String> types) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("no types to score");
    }
    types.forEach(t -> scores.put(t, new Counts()));
  }

  /** What went wrong in one document, for the error listing. */
  public record DocumentOutcome(
      List<EvalMention> falsePositives,
      List<EvalMention> falseNegatives,
      List<IdMismatch> idMismatches) {
    public DocumentOutcome {
      falsePositives = List.copyOf(falsePositives);
      falseNegatives = List.copyOf(falseNegatives);
      idMismatches = List.copyOf(idMismatches);
    }
  }

  /** A true positive whose ids do not meet the gold ids. */
  public record IdMismatch(EvalMention gold, EvalMention predicted) {}

  /** Adds one document's mentions to the counts. */
  public DocumentOutcome add(Collection<EvalMention> gold, Collection<EvalMention> predicted) {
    Map<EvalMention.Key, EvalMention> goldByKey = unique(gold);
    Map<EvalMention.Key, EvalMention> predictedByKey = unique(predicted);
    List<EvalMention> falsePositives = new ArrayList<>();
    List<EvalMention> falseNegatives = new ArrayList<>();
    List<IdMismatch> mismatches = new ArrayList<>();
    goldByKey.values().forEach(g -> count(g.type(), 1, 0, 0, 0, 0));
    for (EvalMention p : predictedByKey.values()) {
      EvalMention g = goldByKey.get(p.key());
      if (g == null) {
        count(p.type(), 0, 1, 0, 0, 0);
        falsePositives.add(p);
        continue;
      }
      boolean hasId = !g.ids().isEmpty();
      boolean normalised = hasId && p.ids().stream().anyMatch(g.ids()::contains);
      count(p.type(), 0, 1, 1, hasId ? 1 : 0, normalised ? 1 : 0);
      if (hasId && !normalised) {
        mismatches.add(new IdMismatch(g, p));
      }
    }
    for (EvalMention g : goldByKey.values()) {
      if (!predictedByKey.containsKey(g.key())) {
        falseNegatives.add(g);
      }
    }
    return new DocumentOutcome(falsePositives, falseNegatives, mismatches);
  }

  private Map<EvalMention.Key, EvalMention> unique(Collection<EvalMention> mentions) {
    Map<EvalMention.Key, EvalMention> out = new LinkedHashMap<>();
    for (EvalMention m : mentions) {
      if (!scores.containsKey(m.type())) {
        continue;
      }
      out.merge(
          m.key(),
          m,
          (a, b) -> {
            Set<String> ids = new LinkedHashSet<>(a.ids());
            ids.addAll(b.ids());
            return new EvalMention(a.start(), a.end(), a.type(), a.text(), ids);
          });
    }
    return out;
  }

  private void count(String type, int gold, int predicted, int tp, int withId, int normalised) {
    Counts c = scores.get(type);
    c.gold += gold;
    c.predicted += predicted;
    c.truePositives += tp;
    c.withGoldId += withId;
    c.normalised += normalised;
  }

  /** Per-type scores in the order given, then the micro average over them named "micro". */
  public List<TypeScore> scores() {
    List<TypeScore> out = new ArrayList<>();
    TypeScore micro = new TypeScore("micro", 0, 0, 0, 0, 0);
    for (Map.Entry<String, Counts> e : scores.entrySet()) {
      Counts c = e.getValue();
      TypeScore s =
          new TypeScore(
              e.getKey(), c.gold, c.predicted, c.truePositives, c.withGoldId, c.normalised);
      out.add(s);
      micro = micro.plus(s, "micro");
    }
    out.add(micro);
    return out;
  }
}
