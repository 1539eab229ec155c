package org.litgraph.ingest.lexicon;

import java.util.Comparator;
import java.util.Objects;
import org.litgraph.ingest.entity.Lexicon;

/**
 * One line of the built lexicon, with what the builder needs to rank it against rows of other
 * concepts that share its key.
 *
 * @param xrefs {@code |}-separated CURIEs, or empty
 * @param flags {@code |}-separated flags ({@code case}, {@code cytokine}), or empty
 * @param kind how the vocabulary offered the form
 * @param generated true for a plural, singular or spelling variant the builder made up
 */
public record LexiconRow(
    String surface,
    String id,
    String category,
    String name,
    String xrefs,
    String flags,
    TermKind kind,
    boolean generated) {
  /** The row flag of surfaces that match only with their exact case. */
  public static final String CASE = Lexicon.CASE_FLAG;

  /** File order: by id, then surface. */
  public static final Comparator<LexiconRow> FILE_ORDER =
      Comparator.comparing(LexiconRow::id).thenComparing(LexiconRow::surface);

  public LexiconRow {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(id, "id");
  }

  public boolean exactCase() {
    return ("|" + flags + "|").contains("|" + CASE + "|");
  }

  /** The TSV line, without a line end. */
  public String line() {
    String base = surface + "\t" + id + "\t" + category + "\t" + name + "\t" + xrefs;
    return flags.isEmpty() ? base : base + "\t" + flags;
  }
}
