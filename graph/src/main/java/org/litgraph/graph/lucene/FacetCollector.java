package org.litgraph.graph.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.litgraph.graph.store.FacetCount;
import org.litgraph.graph.store.SearchFacets;

/**
 * Counts facet values over the documents a query matches, from doc values (no facet module: it
 * would have to match the Lucene version Neo4j pins, and plain doc values are enough here). It
 * counts every hit, but reads values only for the first {@link SearchFacets#SCAN_LIMIT} hits in
 * index order, which bounds the cost of a query that matches the whole corpus.
 */
final class FacetCollector implements Collector {
  private static final String[] SET_FIELDS = {
    Fields.CATEGORY_DV, Fields.KIND_DV, Fields.SPECIES_DV, Fields.STUDY_TYPE_DV
  };
  private static final int MAX_VALUES = 20;

  private final Map<String, Map<String, Long>> counts = new HashMap<>();
  private long hits;
  private int scanned;

  /** A manager that merges the collectors of all slices. */
  static CollectorManager<FacetCollector, FacetCollector> manager() {
    return new CollectorManager<>() {
      @Override
      public FacetCollector newCollector() {
        return new FacetCollector();
      }

      @Override
      public FacetCollector reduce(Collection<FacetCollector> collectors) {
        FacetCollector all = new FacetCollector();
        for (FacetCollector c : collectors) {
          all.hits += c.hits;
          c.counts.forEach(
              (field, values) ->
                  values.forEach(
                      (v, n) ->
                          all.counts
                              .computeIfAbsent(field, k -> new HashMap<>())
                              .merge(v, n, Long::sum)));
        }
        return all;
      }
    };
  }

  /** Every hit, counted exactly. */
  long hits() {
    return hits;
  }

  SearchFacets facets() {
    return new SearchFacets(
        top(Fields.CATEGORY_DV),
        top(Fields.KIND_DV),
        top(Fields.YEAR),
        top(Fields.SPECIES_DV),
        top(Fields.STUDY_TYPE_DV));
  }

  private List<FacetCount> top(String field) {
    List<FacetCount> out = new ArrayList<>();
    counts.getOrDefault(field, Map.of()).forEach((v, n) -> out.add(new FacetCount(v, n)));
    out.sort(
        Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return List.copyOf(out.subList(0, Math.min(MAX_VALUES, out.size())));
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedSetDocValues[] sets = new SortedSetDocValues[SET_FIELDS.length];
    long[][] ordCounts = new long[SET_FIELDS.length][];
    for (int i = 0; i < sets.length; i++) {
      sets[i] = DocValues.getSortedSet(context.reader(), SET_FIELDS[i]);
      ordCounts[i] = new long[(int) Math.min(sets[i].getValueCount(), Integer.MAX_VALUE)];
    }
    SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), Fields.YEAR);
    Map<String, Long> yearCounts = counts.computeIfAbsent(Fields.YEAR, k -> new HashMap<>());
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        hits++;
        if (scanned >= SearchFacets.SCAN_LIMIT) {
          return;
        }
        scanned++;
        for (int i = 0; i < sets.length; i++) {
          if (sets[i].advanceExact(doc)) {
            for (int k = 0; k < sets[i].docValueCount(); k++) {
              ordCounts[i][(int) sets[i].nextOrd()]++;
            }
          }
        }
        if (years.advanceExact(doc)) {
          yearCounts.merge(Long.toString(years.nextValue()), 1L, Long::sum);
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < sets.length; i++) {
          Map<String, Long> m = counts.computeIfAbsent(SET_FIELDS[i], k -> new HashMap<>());
          for (int ord = 0; ord < ordCounts[i].length; ord++) {
            if (ordCounts[i][ord] > 0) {
              m.merge(sets[i].lookupOrd(ord).utf8ToString(), ordCounts[i][ord], Long::sum);
            }
          }
        }
      }
    };
  }
}
