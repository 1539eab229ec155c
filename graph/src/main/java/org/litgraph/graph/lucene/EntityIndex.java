package org.litgraph.graph.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.litgraph.graph.lucene.query.EntityQueries;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.store.EntitySuggestion;

/**
 * The entity entries of the search index: one Lucene document per entity id ({@link
 * Fields#TYPE_ENTITY}, keyed by {@link Fields#ENTITY_KEY}) with its names, synonyms and category,
 * kept in the same directory as documents and sentences so one commit covers both.
 *
 * <p>An entry is upserted whenever an indexed document lists the entity (the last description
 * wins); mention counts are not stored but counted at query time from the sentences that mention
 * the entity ({@link Fields#MENTIONED}), so re-indexing a document never leaves a count stale and
 * an entity no sentence mentions any more drops out of suggestions.
 */
final class EntityIndex {
  /** Names beyond this many per entity are not indexed (some vocabularies list hundreds). */
  private static final int MAX_NAMES = 100;

  /** Autocomplete ranks at most this many prefix matches by mention count. */
  private static final int MAX_CANDIDATES = 2_000;

  private final EntityQueries queries;
  private final Analyzer text;

  /** Per-instance memo of what each entity entry was last written with, to skip no-op upserts. */
  private final Map<String, Integer> written = new HashMap<>();

  EntityIndex(EntityQueries queries, Analyzer text) {
    this.queries = queries;
    this.text = text;
  }

  /** Upserts the entries of a document's entities whose description changed. */
  synchronized void index(IndexWriter writer, List<Entity> entities) throws IOException {
    for (Entity e : entities) {
      String id = e.id().toString();
      int fingerprint = List.of(e.category().name(), e.name(), e.synonyms()).hashCode();
      Integer old = written.put(id, fingerprint);
      if (old == null || old != fingerprint) {
        writer.updateDocument(new Term(Fields.ENTITY_KEY, id), entry(e));
      }
    }
  }

  private Document entry(Entity e) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_ENTITY, Field.Store.NO));
    d.add(new StringField(Fields.ENTITY_KEY, e.id().toString(), Field.Store.YES));
    // Also as a doc value: autocomplete reads the ids of thousands of candidates to rank them.
    d.add(new SortedDocValuesField(Fields.ENTITY_KEY_DV, new BytesRef(e.id().toString())));
    d.add(new StoredField(Fields.CATEGORY_STORED, e.category().biolinkName()));
    List<String> names = new ArrayList<>();
    names.add(e.name());
    e.synonyms().stream().filter(s -> !names.contains(s)).forEach(names::add);
    for (String name : names.subList(0, Math.min(names.size(), MAX_NAMES))) {
      d.add(new StoredField(Fields.NAMES, name));
      d.add(new TextField(Fields.NAME, name, Field.Store.NO));
      String key = EntityQueries.nameKey(text, name);
      if (!key.isEmpty()) {
        d.add(new StringField(Fields.NAME_KEY, key, Field.Store.NO));
      }
    }
    return d;
  }

  /**
   * Autocomplete: prefix matches, most mentioned first, then names that start with the prefix, then
   * shorter names. Candidates are ranked by their ids (doc values) and counts alone; stored names
   * are read only for the few that are returned.
   */
  List<EntitySuggestion> suggest(IndexSearcher searcher, String prefix, int limit)
      throws IOException {
    Query query = queries.suggest(prefix);
    List<String> typed = queries.nameWords(prefix);
    ScoreDoc[] hits = searcher.search(query, MAX_CANDIDATES).scoreDocs;
    Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
    List<long[]> ranked = new ArrayList<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (ScoreDoc sd : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ENTITY_KEY_DV);
      String id =
          ids.advanceExact(sd.doc - leaf.docBase)
              ? ids.lookupOrd(ids.ordValue()).utf8ToString()
              : searcher.storedFields().document(sd.doc).get(Fields.ENTITY_KEY);
      long mentions = mentions(searcher, id);
      if (mentions > 0) {
        ranked.add(new long[] {sd.doc, mentions});
      }
    }
    ranked.sort(Comparator.comparingLong((long[] r) -> r[1]).reversed());
    StoredFields stored = searcher.storedFields();
    List<EntitySuggestion> out = new ArrayList<>();
    // Read a few more than asked, so ties on the count can still be ordered by name.
    for (long[] r : ranked.subList(0, Math.min(ranked.size(), limit * 3))) {
      Document d = stored.document((int) r[0]);
      String[] names = d.getValues(Fields.NAMES);
      out.add(
          new EntitySuggestion(
              Curie.parse(d.get(Fields.ENTITY_KEY)),
              names[0],
              EntityCategory.parse(d.get(Fields.CATEGORY_STORED)),
              matched(names, typed),
              r[1]));
    }
    out.sort(
        Comparator.comparingLong(EntitySuggestion::mentions)
            .reversed()
            .thenComparing(s -> !startsWith(queries.nameWords(s.matched()), typed))
            .thenComparingInt(s -> s.matched().length())
            .thenComparing(s -> s.id().toString()));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /** How many sentences mention an entity (exact: deleted entries are not counted). */
  static long mentions(IndexSearcher searcher, String id) throws IOException {
    return searcher.count(new TermQuery(new Term(Fields.MENTIONED, id)));
  }

  /** The first name whose words contain the typed words (the last one as a prefix). */
  private String matched(String[] names, List<String> typed) {
    String fallback = null;
    for (String name : names) {
      List<String> words = queries.nameWords(name);
      if (startsWith(words, typed)) {
        return name;
      }
      for (int i = 1; fallback == null && i < words.size(); i++) {
        if (startsWith(words.subList(i, words.size()), typed)) {
          fallback = name;
        }
      }
    }
    return fallback != null ? fallback : names[0];
  }

  private static boolean startsWith(List<String> words, List<String> typed) {
    if (typed.isEmpty() || words.size() < typed.size()) {
      return false;
    }
    int last = typed.size() - 1;
    for (int i = 0; i < last; i++) {
      if (!words.get(i).equals(typed.get(i))) {
        return false;
      }
    }
    return words.get(last).startsWith(typed.get(last));
  }

  /** An entity's description from its entry, for expansion reports and name phrases. */
  record Described(Curie id, String name, EntityCategory category, List<String> names) {}

  /** Entities one of whose names is the whole query, most mentioned first (at most {@code max}). */
  List<Described> byName(IndexSearcher searcher, String userQuery, int max) throws IOException {
    var query = queries.byName(userQuery);
    if (query.isEmpty()) {
      return List.of();
    }
    List<Described> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(query.get(), 50).scoreDocs) {
      out.add(describe(stored.document(sd.doc)));
    }
    Map<Curie, Long> counts = new HashMap<>();
    for (Described d : out) {
      counts.put(d.id(), mentions(searcher, d.id().toString()));
    }
    out.removeIf(d -> counts.get(d.id()) == 0);
    out.sort(Comparator.comparingLong((Described d) -> counts.get(d.id())).reversed());
    return List.copyOf(out.subList(0, Math.min(max, out.size())));
  }

  /** The entry of one entity id, if it is indexed. */
  Optional<Described> byId(IndexSearcher searcher, String id) throws IOException {
    var top = searcher.search(new TermQuery(new Term(Fields.ENTITY_KEY, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(describe(searcher.storedFields().document(top.scoreDocs[0].doc)));
  }

  private static Described describe(Document d) {
    String[] names = d.getValues(Fields.NAMES);
    return new Described(
        Curie.parse(d.get(Fields.ENTITY_KEY)),
        names[0],
        EntityCategory.parse(d.get(Fields.CATEGORY_STORED)),
        List.of(names));
  }
}
