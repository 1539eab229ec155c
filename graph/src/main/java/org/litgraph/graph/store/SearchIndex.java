package org.litgraph.graph.store;

import java.util.List;
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

  /** The most suggestions {@link #suggest} returns. */
  int MAX_SUGGESTIONS = 50;

  /**
   * Autocomplete over the names and synonyms of indexed entities: those with a name, or a word of a
   * name, starting with the prefix (earlier words of a multi-word prefix must match whole words),
   * most mentioned first. Entities no indexed sentence mentions any more are left out.
   *
   * @param limit 1..{@value #MAX_SUGGESTIONS}
   * @throws InvalidQueryException when the prefix is blank or too long
   */
  List<EntitySuggestion> suggest(String prefix, int limit);

  /** The content hash a document was indexed with, if it is indexed. */
  Optional<String> contentHash(String documentId);

  /** Ids of all indexed documents (for consistency checks between the stores). */
  Set<String> documentIds();

  @Override
  void close();
}
