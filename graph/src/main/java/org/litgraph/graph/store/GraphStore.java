package org.litgraph.graph.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Curie;

/**
 * The knowledge graph: documents, sentences, entities, mentions and the links between entities.
 * Writes are idempotent: writing the same document twice changes nothing, and a document whose
 * content changed replaces its old sentences and mentions.
 */
public interface GraphStore extends AutoCloseable {

  /** Creates constraints and indexes if they are missing. Safe to call on every start. */
  void applySchema();

  /** The content hash stored for a document, if the document is stored. */
  Optional<String> contentHash(String documentId);

  /** The content hashes of those of the documents that are stored, by id; one lookup for all. */
  Map<String, String> contentHashes(Collection<String> documentIds);

  /** Writes a document and everything extracted from it in one transaction. */
  WriteOutcome write(AnnotatedDocument document);

  /**
   * Writes several documents in one transaction, all or none; the outcomes are in input order.
   * Cheaper per document than {@link #write} one by one.
   *
   * @throws IllegalArgumentException when a document id appears twice
   * @throws DocumentRejectedException when the transaction was refused (e.g. it ran past its time
   *     limit); nothing was written, and writing the documents one by one tells which one it was
   */
  List<WriteOutcome> writeAll(List<AnnotatedDocument> documents);

  /** A stored document with its sentences and mentions. */
  Optional<DocumentView> document(String documentId);

  /**
   * An entity with its counts, its most co-mentioned entities and the documents naming it.
   *
   * @param limit the most co-mentions and documents to return (each)
   */
  Optional<EntityCard> entity(Curie id, int limit);

  /**
   * An entity's neighbourhood: its claim links (both directions) and co-mentions, with the
   * predicate, direction and support of each. Empty when the entity is unknown or unlinked.
   */
  List<Neighbor> neighbors(NeighborQuery query);

  /** Claims matching a query, newest documents first. */
  List<ClaimView> claims(ClaimQuery query);

  /**
   * Every claim between two entities, either way round, grouped by (subject, predicate, object)
   * with each group's evidence profile, the best-supported first.
   *
   * @param limit the most claims to read (1..1000)
   */
  List<EvidenceGroup> evidence(Curie a, Curie b, int limit);

  /**
   * Directed chains of claim links from one entity to another, ranked by the product of their
   * links' beliefs, each hop with its profile and best three claims.
   *
   * @param maxHops 1..4
   * @param limit 1..50 paths
   */
  List<MechanismPath> paths(Curie from, Curie to, int maxHops, int limit);

  /** Ids of all stored documents, sorted. */
  List<String> documentIds();

  /**
   * Every stored document's id and content hash, sorted by id: what the search index must hold (see
   * {@link SearchIndex#documentHashes()}).
   */
  Map<String, String> documentHashes();

  /** Counts of what is stored. */
  GraphCounts counts();

  /** Streaming reads of the whole graph for exports (issue 9). */
  GraphExport export();

  /** Analysts' read-only Cypher over this graph (issue 9). */
  ReadOnlyCypher cypher();

  @Override
  void close();
}
