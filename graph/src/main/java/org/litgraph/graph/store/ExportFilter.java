package org.litgraph.graph.store;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;

/**
 * What an export takes from the graph. Empty sets mean "all". Entities are kept when their category
 * is listed; claims and co-mention links when both their entities are kept, their predicate is
 * listed and (for claims) their document matches the prefix; documents when their id or source
 * starts with the prefix.
 *
 * @param categories entity categories to keep (empty: all)
 * @param predicates claim predicates to keep (empty: all); {@link Predicate#CO_MENTIONED} selects
 *     co-mention links
 * @param documentPrefix a prefix of the document id ({@code doc-3f}) or source ({@code
 *     https://pubmed.ncbi.nlm.nih.gov/})
 * @param batchSize rows read per transaction (1..10,000): memory is bounded by one batch
 */
public record ExportFilter(
    Set<EntityCategory> categories,
    Set<Predicate> predicates,
    Optional<String> documentPrefix,
    int batchSize) {
  public static final int DEFAULT_BATCH = 500;

  /** Everything, in batches of {@value #DEFAULT_BATCH}. */
  public static final ExportFilter ALL =
      new ExportFilter(Set.of(), Set.of(), Optional.empty(), DEFAULT_BATCH);

  public ExportFilter {
    categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    predicates = predicates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(predicates));
    Objects.requireNonNull(documentPrefix, "documentPrefix");
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("batch size must be 1..10000, was " + batchSize);
    }
  }

  /** True when co-mention links are wanted: no predicate filter, or co_mentioned listed. */
  public boolean wantsCoMentions() {
    return predicates.isEmpty() || predicates.contains(Predicate.CO_MENTIONED);
  }
}
