package org.litgraph.graph.lucene.query;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.litgraph.graph.store.SearchFilters;

/**
 * Turns {@link SearchFilters} into one filter query: each restricted dimension is a disjunction of
 * keyword terms, and the dimensions are all required. Filters never score.
 */
public record FilterQueries(
    String kindField,
    String sourceField,
    String dayField,
    String categoryField,
    String speciesField,
    String studyTypeField) {

  /** The filter, or empty when nothing is restricted. */
  public Optional<Query> build(SearchFilters f) {
    if (f.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    anyOf(b, kindField, f.kinds(), Enum::name);
    f.source().ifPresent(s -> b.add(new TermQuery(new Term(sourceField, s.strip())), Occur.FILTER));
    anyOf(b, categoryField, f.categories(), c -> c.biolinkName());
    anyOf(b, speciesField, f.species(), Function.identity());
    anyOf(b, studyTypeField, f.studyTypes(), Function.identity());
    if (f.from().isPresent() || f.to().isPresent()) {
      long lo = f.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
      long hi = f.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
      b.add(LongField.newRangeQuery(dayField, lo, hi), Occur.FILTER);
    }
    return Optional.of(b.build());
  }

  private static <T> void anyOf(
      BooleanQuery.Builder b, String field, Collection<T> values, Function<T, String> name) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, name.apply(v))), Occur.SHOULD));
    b.add(any.build(), Occur.FILTER);
  }
}
