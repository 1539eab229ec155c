package org.litgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.SurfaceKeys;

/**
 * Leaves one concept per surface, under the matching rule the lexicon is loaded with (folded key;
 * exact case for short surfaces and {@code case} rows), so no text names two concepts.
 *
 * <p>Rows sharing a folded key are ranked by term kind (preferred name, synonym, symbol,
 * abbreviation, alias), then vocabulary forms before generated variants, then vocabulary ({@link
 * #SOURCE_ORDER}), then id. The best row's concept takes the key; a row of another concept stays
 * only where both are exact-case and differ in case ("Pan" vs "PAN"). When the two best concepts
 * tie on kind and origin and neither offers the form as its preferred name, the key is ambiguous
 * and dropped altogether. Surfaces of the curated seed are dropped too: the seed wins.
 */
final class RowResolver {
  /** Vocabulary precedence when kinds tie. */
  static final List<String> SOURCE_ORDER =
      List.of("MESH", "GO", "NCBIGene", "CL", "UBERON", "NCBITaxon", "DOID");

  private static final Comparator<LexiconRow> RANK =
      Comparator.comparing(LexiconRow::kind)
          .thenComparing(LexiconRow::generated)
          .thenComparing(r -> sourceRank(r.id()))
          .thenComparing(LexiconRow::id)
          .thenComparing(LexiconRow::surface);

  private RowResolver() {}

  static List<LexiconRow> resolve(List<LexiconRow> rows, Set<String> seedKeys) {
    Map<String, List<LexiconRow>> byKey = new LinkedHashMap<>();
    for (LexiconRow r : rows) {
      String key = SurfaceKeys.folded(r.surface());
      if (!key.isEmpty() && !seedKeys.contains(key)) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    List<LexiconRow> out = new ArrayList<>();
    for (List<LexiconRow> group : byKey.values()) {
      group.sort(RANK);
      if (ambiguous(group)) {
        continue;
      }
      List<LexiconRow> kept = new ArrayList<>();
      for (LexiconRow r : group) {
        if (kept.stream().noneMatch(k -> collides(k, r))) {
          kept.add(r);
        }
      }
      out.addAll(kept);
    }
    out.sort(LexiconRow.FILE_ORDER);
    return out;
  }

  private static boolean ambiguous(List<LexiconRow> group) {
    LexiconRow best = group.getFirst();
    if (best.kind() == TermKind.PREFERRED || best.exactCase() || isShort(best)) {
      return false;
    }
    return group.stream()
        .filter(r -> !r.id().equals(best.id()))
        .filter(r -> !r.exactCase() && !isShort(r))
        .anyMatch(r -> r.kind() == best.kind() && r.generated() == best.generated());
  }

  /**
   * True when the candidate adds nothing or would make the text name two concepts: same concept and
   * the kept row already matches everything the candidate does, or another concept and the two
   * cannot be told apart by case.
   */
  private static boolean collides(LexiconRow kept, LexiconRow candidate) {
    boolean keptExact = kept.exactCase() || isShort(kept);
    boolean candExact = candidate.exactCase() || isShort(candidate);
    boolean sameCase =
        SurfaceKeys.exact(kept.surface()).equals(SurfaceKeys.exact(candidate.surface()));
    if (kept.id().equals(candidate.id())) {
      return !keptExact || sameCase;
    }
    return !(keptExact && candExact) || sameCase;
  }

  private static boolean isShort(LexiconRow r) {
    return r.surface().length() < Lexicon.CASE_SENSITIVE_BELOW;
  }

  private static int sourceRank(String id) {
    int i = SOURCE_ORDER.indexOf(id.substring(0, id.indexOf(':')));
    return i < 0 ? SOURCE_ORDER.size() : i;
  }
}
