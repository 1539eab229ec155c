package org.litgraph.graph.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.litgraph.graph.lucene.query.EntityQueries;
import org.litgraph.graph.lucene.query.FilterQueries;
import org.litgraph.graph.lucene.query.SearchQueries;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.store.DocumentHit;
import org.litgraph.graph.store.EntitySuggestion;
import org.litgraph.graph.store.InvalidQueryException;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.SearchRequest;
import org.litgraph.graph.store.SearchResults;
import org.litgraph.graph.store.SentenceHit;

/**
 * The search index: one on-disk Lucene index holding documents, sentences and entities, ranked by
 * BM25 (Lucene's default similarity), with snippets from the unified highlighter. Text is analysed
 * by {@link BioAnalyzer} (IL-6 = IL6, TNF-α = TNF alpha, stemming for words, not for symbols). A
 * query that is the name, synonym or abbreviation of an indexed entity also finds that entity's
 * mentions ({@link EntityIndex}); facets come from doc values ({@link FacetCollector}); pages
 * continue through an opaque {@link SearchCursor}. One {@link SearcherManager} is shared by all
 * requests; searchers are refreshed on commit.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final int SNIPPET_FALLBACK_CHARS = 240;

  /** A query naming several entities is widened to at most this many, the most mentioned. */
  private static final int MAX_EXPANSION = 5;

  private static final int MAX_NAMES_PER_EXPANSION = 10;
  private static final int MAX_PREFIX_LENGTH = 200;

  /** Best first; ties broken by document id and sentence index, so cursors are stable. */
  private static final Sort BY_SCORE =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.SORT_KEY, SortField.Type.STRING));

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new BioAnalyzer(true);
  private final Analyzer nameAnalyzer = new BioAnalyzer(false);
  private final SearchQueries queries;
  private final EntityQueries entityQueries;
  private final FilterQueries filters;
  private final EntityIndex entities;
  private final Snippets snippets;

  private LuceneSearchIndex(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config =
        new IndexWriterConfig(
            new PerFieldAnalyzerWrapper(analyzer, Map.of(Fields.NAME, nameAnalyzer)));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.queries =
        new SearchQueries(analyzer, Fields.TITLE, Fields.TEXT, Fields.ENTITY, Fields.TYPE);
    this.snippets = new Snippets(analyzer, SNIPPET_FALLBACK_CHARS);
    this.entityQueries =
        new EntityQueries(
            nameAnalyzer, analyzer, Fields.TYPE, Fields.TYPE_ENTITY, Fields.NAME, Fields.NAME_KEY);
    this.entities = new EntityIndex(entityQueries, analyzer);
    this.filters =
        new FilterQueries(
            Fields.KIND_FILTER,
            Fields.SOURCE_KEY,
            Fields.DAY,
            Fields.CATEGORY,
            Fields.SPECIES,
            Fields.STUDY_TYPE);
  }

  /**
   * Opens (or creates) the index in a directory.
   *
   * @throws UncheckedIOException when the directory cannot be opened or is locked by another
   *     process
   */
  public static LuceneSearchIndex open(Path dir) {
    try {
      return new LuceneSearchIndex(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open search index at " + dir + ": " + e, e);
    }
  }

  @Override
  public void index(AnnotatedDocument doc) {
    try {
      writer.updateDocuments(
          new Term(Fields.DOCUMENT_ID, doc.document().id()), LuceneDocuments.toLucene(doc));
      entities.index(writer, doc.entities());
    } catch (IOException e) {
      throw new UncheckedIOException("indexing " + doc.document().id() + " failed", e);
    }
  }

  @Override
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("committing the search index failed", e);
    }
  }

  @Override
  public SearchResults search(SearchRequest request) {
    SearchCursor cursor = request.cursor().map(SearchCursor::parse).orElse(SearchCursor.START);
    String q = request.query().strip();
    boolean entityQuery = SearchQueries.isEntityQuery(q);
    Optional<Query> filter = filters.build(request.filters());
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<EntityIndex.Described> expanded =
            entityQuery
                ? entities.byId(searcher, Curie.parse(q).toString()).stream().toList()
                : entities.byName(searcher, q, MAX_EXPANSION);
        List<String> ids = expanded.stream().map(e -> e.id().toString()).toList();
        List<Query> names = namePhrases(expanded);
        Query docQuery = queries.build(q, Fields.TYPE_DOCUMENT, true, ids, names, filter);
        Query sentenceQuery = queries.build(q, Fields.TYPE_SENTENCE, false, ids, names, filter);
        int limit = request.limit();
        TopDocs docTop =
            page(searcher, docQuery, limit, cursor.documents(), cursor.documentsDone());
        TopDocs sentTop =
            page(searcher, sentenceQuery, limit, cursor.sentences(), cursor.sentencesDone());
        String[] docSnippets = snippets.documents(searcher, docQuery, docTop, entityQuery);
        String[] sentSnippets =
            entityQuery
                ? snippets.entitySpans(searcher, sentTop, Curie.parse(q))
                : snippets.sentences(searcher, sentenceQuery, sentTop);
        StoredFields stored = searcher.storedFields();
        List<DocumentHit> docs = new ArrayList<>();
        for (int i = 0; i < docTop.scoreDocs.length; i++) {
          docs.add(documentHit(stored, docTop.scoreDocs[i], docSnippets[i]));
        }
        List<SentenceHit> sentences = new ArrayList<>();
        for (int i = 0; i < sentTop.scoreDocs.length; i++) {
          sentences.add(sentenceHit(stored, sentTop.scoreDocs[i], sentSnippets[i]));
        }
        FacetCollector facets = searcher.search(docQuery, FacetCollector.manager());
        return new SearchResults(
            request.query(),
            facets.hits(),
            searcher.count(sentenceQuery),
            docs,
            sentences,
            facets.facets(),
            SearchCursor.after(
                docTop.scoreDocs,
                docTop.scoreDocs.length < limit,
                sentTop.scoreDocs,
                sentTop.scoreDocs.length < limit),
            expanded.stream().map(e -> new EntityRef(e.id(), e.name(), e.category())).toList());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** One page of hits by score then sort key, after a cursor position. */
  private static TopDocs page(
      IndexSearcher searcher, Query query, int limit, Optional<FieldDoc> after, boolean done)
      throws IOException {
    if (done) {
      return new TopFieldDocs(
          new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0], BY_SCORE.getSort());
    }
    if (after.isPresent()) {
      FieldDoc at = SearchCursor.at(after.get(), searcher.getIndexReader().maxDoc());
      return searcher.searchAfter(at, query, limit, BY_SCORE, true);
    }
    return searcher.search(query, limit, BY_SCORE, true);
  }

  /** Phrase queries of the expanded entities' names over the text, so their mentions match. */
  private List<Query> namePhrases(List<EntityIndex.Described> expanded) {
    List<Query> out = new ArrayList<>();
    for (EntityIndex.Described e : expanded) {
      e.names().stream()
          .limit(MAX_NAMES_PER_EXPANSION)
          .forEach(n -> entityQueries.phrase(Fields.TEXT, n).ifPresent(out::add));
    }
    return out;
  }

  @Override
  public List<EntitySuggestion> suggest(String prefix, int limit) {
    if (prefix == null || prefix.isBlank()) {
      throw new InvalidQueryException("the prefix to complete must not be empty");
    }
    if (prefix.length() > MAX_PREFIX_LENGTH) {
      throw new InvalidQueryException(
          "the prefix is " + prefix.length() + " characters; the limit is " + MAX_PREFIX_LENGTH);
    }
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new InvalidQueryException(
          "limit must be between 1 and " + MAX_SUGGESTIONS + ", was " + limit);
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return entities.suggest(searcher, prefix, limit);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("autocomplete failed", e);
    }
  }

  private static DocumentHit documentHit(StoredFields stored, ScoreDoc sd, String snippet)
      throws IOException {
    Document d = stored.document(sd.doc);
    String published = d.get(Fields.PUBLISHED);
    return new DocumentHit(
        d.get(Fields.DOCUMENT_ID),
        d.get(Fields.TITLE),
        DocumentKind.parse(d.get(Fields.KIND)),
        d.get(Fields.SOURCE),
        Optional.ofNullable(published).map(LocalDate::parse),
        sd.score,
        snippet,
        entityRefs(d, 12));
  }

  private static SentenceHit sentenceHit(StoredFields stored, ScoreDoc sd, String snippet)
      throws IOException {
    Document d = stored.document(sd.doc);
    return new SentenceHit(
        d.get(Fields.DOCUMENT_ID),
        d.get(Fields.TITLE),
        d.getField(Fields.SENTENCE_INDEX).numericValue().intValue(),
        sd.score,
        snippet,
        entityRefs(d, 12));
  }

  private static List<EntityRef> entityRefs(Document d, int limit) {
    List<EntityRef> refs = new ArrayList<>();
    for (String value : d.getValues(Fields.ENTITY_REF)) {
      if (refs.size() == limit) {
        break;
      }
      String[] parts = value.split("\t", 3);
      refs.add(new EntityRef(Curie.parse(parts[0]), parts[2], EntityCategory.parse(parts[1])));
    }
    return refs;
  }

  @Override
  public Optional<String> contentHash(String documentId) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query q =
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DOCUMENT_ID, documentId)), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOCUMENT)), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        if (top.scoreDocs.length == 0) {
          return Optional.empty();
        }
        return Optional.ofNullable(
            searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.CONTENT_HASH));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("looking up " + documentId + " in the index failed", e);
    }
  }

  @Override
  public Set<String> documentIds() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query all = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOCUMENT));
        int n = Math.max(1, searcher.count(all));
        TopDocs top = searcher.search(all, n);
        StoredFields stored = searcher.storedFields();
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc sd : top.scoreDocs) {
          ids.add(stored.document(sd.doc).get(Fields.DOCUMENT_ID));
        }
        return ids;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing indexed documents failed", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the search index failed", e);
    }
  }
}
