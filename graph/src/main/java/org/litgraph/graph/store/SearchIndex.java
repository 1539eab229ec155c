package org.litgraph.graph.store;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litgraph.graph.model.AnnotatedDocument;

/**
 * Full-text search over documents and sentences (BM25, highlighted snippets). Indexing a document
 * replaces whatever was indexed under its id before.
 */
public interface SearchIndex extends AutoCloseable {

  /** Adds or replaces a document and its sentences; visible to searches after {@link #commit()}. */
  void index(AnnotatedDocument document);

  /** Makes indexed documents durable and visible. */
  void commit();

  /**
   * Runs a query.
   *
   * @throws InvalidQueryException when the query cannot be parsed or is too expensive
   */
  SearchResults search(SearchRequest request);

  /** The content hash a document was indexed with, if it is indexed. */
  Optional<String> contentHash(String documentId);

  /** Ids of all indexed documents (for consistency checks between the stores). */
  Set<String> documentIds();

  /**
   * Every committed document's id and the content hash it was indexed with. Compared with {@link
   * GraphStore#documentHashes()} on start, it tells which documents a crash left unindexed or
   * stale.
   */
  Map<String, String> documentHashes();

  @Override
  void close();
}
