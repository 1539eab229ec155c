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
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.litgraph.graph.lucene.query.SearchQueries;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.store.DocumentHit;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.SearchRequest;
import org.litgraph.graph.store.SearchResults;
import org.litgraph.graph.store.SentenceHit;

/**
 * The search index: one on-disk Lucene index holding documents and sentences, ranked by BM25
 * (Lucene's default similarity), with snippets from the unified highlighter. English stemming lets
 * "cytokine" find "cytokines".
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final int SNIPPET_FALLBACK_CHARS = 240;

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final SearchQueries queries;
  private final Snippets snippets;

  private LuceneSearchIndex(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.queries =
        new SearchQueries(analyzer, Fields.TITLE, Fields.TEXT, Fields.ENTITY, Fields.TYPE);
    this.snippets = new Snippets(analyzer, SNIPPET_FALLBACK_CHARS);
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
    Query docQuery = queries.build(request.query(), Fields.TYPE_DOCUMENT, true);
    Query sentenceQuery = queries.build(request.query(), Fields.TYPE_SENTENCE, false);
    boolean entityQuery = SearchQueries.isEntityQuery(request.query());
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs docTop = searcher.search(docQuery, request.limit());
        TopDocs sentTop = searcher.search(sentenceQuery, request.limit());
        String[] docSnippets = snippets.documents(searcher, docQuery, docTop, entityQuery);
        String[] sentSnippets =
            entityQuery
                ? snippets.entitySpans(searcher, sentTop, Curie.parse(request.query().strip()))
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
        return new SearchResults(
            request.query(),
            searcher.count(docQuery),
            searcher.count(sentenceQuery),
            docs,
            sentences);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
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
  public Map<String, String> documentHashes() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query all = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_DOCUMENT));
        TopDocs top = searcher.search(all, Math.max(1, searcher.count(all)));
        StoredFields stored = searcher.storedFields();
        Map<String, String> hashes = new TreeMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = stored.document(sd.doc, Set.of(Fields.DOCUMENT_ID, Fields.CONTENT_HASH));
          hashes.put(d.get(Fields.DOCUMENT_ID), d.get(Fields.CONTENT_HASH));
        }
        return hashes;
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
