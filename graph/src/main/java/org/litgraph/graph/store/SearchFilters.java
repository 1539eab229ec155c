package org.litgraph.graph.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;

/**
 * Restrictions on a search; every set is "any of these", and an empty set or value means no
 * restriction. Filters apply to documents and to sentences (a sentence inherits its document's
 * kind, source, date, species and study types; its categories are those of its own entities).
 *
 * @param kinds source kinds ({@code NEWS}, {@code ABSTRACT}, ...)
 * @param source a document source (URL or URI) or just its host, e.g. {@code
 *     pubmed.ncbi.nlm.nih.gov}
 * @param from earliest publication date (inclusive); undated documents fail a date filter
 * @param to latest publication date (inclusive)
 * @param categories categories of mentioned entities
 * @param species species of the document's claims ({@code humans}, {@code mice}, ...)
 * @param studyTypes study types of the document's claims ({@code clinical trial}, ...)
 */
public record SearchFilters(
    Set<DocumentKind> kinds,
    Optional<String> source,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Set<EntityCategory> categories,
    Set<String> species,
    Set<String> studyTypes) {
  /** No restriction. */
  public static final SearchFilters NONE =
      new SearchFilters(
          Set.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Set.of(),
          Set.of(),
          Set.of());

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public SearchFilters {
    kinds = Set.copyOf(kinds);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    categories = Set.copyOf(categories);
    species = Set.copyOf(species);
    studyTypes = Set.copyOf(studyTypes);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidQueryException(
          "the date range is empty: from " + from.get() + " is after to " + to.get());
    }
  }

  /** True when nothing is restricted. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * Parses a date bound: a year ({@code 2019}) or an ISO date ({@code 2019-03-01}). A year as the
   * upper bound means its last day.
   *
   * @throws InvalidQueryException naming the parameter when the value is neither
   */
  public static LocalDate dateBound(String name, String value, boolean upper) {
    String v = value.strip();
    try {
      if (YEAR.matcher(v).matches()) {
        int year = Integer.parseInt(v);
        return upper ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      throw new InvalidQueryException(
          "'" + name + "' must be a year (2019) or an ISO date (2019-03-01), was '" + value + "'",
          e);
    }
  }
}
