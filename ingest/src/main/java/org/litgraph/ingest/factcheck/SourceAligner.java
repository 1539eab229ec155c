package org.litgraph.ingest.factcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which ingested documents a piece relies on: the documents its citations point to (the best
 * evidence of each citation claim) and those whose sentences match its claims best, each with the
 * news sentences next to the matching document sentences.
 */
final class SourceAligner {
  /** The most documents listed. */
  static final int MAX_SOURCES = 8;

  private static final int MAX_PAIRS = 4;

  List<AlignedSource> align(List<CheckedClaim> claims) {
    Map<String, Builder> byDocument = new LinkedHashMap<>();
    for (CheckedClaim c : claims) {
      boolean citation = c.claim().kind() == CheckKind.CITATION;
      for (int i = 0; i < c.evidence().size(); i++) {
        Evidence e = c.evidence().get(i);
        Builder b = byDocument.computeIfAbsent(e.documentId(), id -> new Builder(e));
        b.score += e.score();
        if (citation && i == 0 && b.cited.isEmpty()) {
          b.cited = c.claim().source();
        }
        b.candidates.add(
            new Scored(
                e.score(),
                new AlignedSource.Pair(c.claim().id(), c.claim().sentence(), e.sentence())));
      }
    }
    return byDocument.values().stream()
        .sorted(Comparator.comparing((Builder b) -> b.cited.isEmpty()).thenComparing(b -> -b.score))
        .limit(MAX_SOURCES)
        .map(Builder::build)
        .toList();
  }

  private record Scored(double score, AlignedSource.Pair pair) {}

  private static final class Builder {
    final Evidence first;
    double score;
    Optional<String> cited = Optional.empty();
    final List<Scored> candidates = new ArrayList<>();

    Builder(Evidence first) {
      this.first = first;
    }

    /** The best-scoring pairs, each news sentence and each paper sentence used once. */
    AlignedSource build() {
      List<AlignedSource.Pair> pairs = new ArrayList<>();
      java.util.Set<String> used = new java.util.HashSet<>();
      candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
      for (Scored s : candidates) {
        if (pairs.size() < MAX_PAIRS
            && used.add("n:" + s.pair().newsSentence())
            && used.add("p:" + s.pair().paperSentence())) {
          pairs.add(s.pair());
        }
      }
      return new AlignedSource(
          first.documentId(),
          first.documentTitle(),
          first.documentSource(),
          first.published(),
          cited,
          Math.round(score * 1000) / 1000.0,
          pairs);
    }
  }
}
