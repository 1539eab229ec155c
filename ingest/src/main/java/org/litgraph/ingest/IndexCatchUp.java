package org.litgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.ResolvedMention;
import org.litgraph.graph.store.SearchIndex;

/**
 * Brings the search index up to the graph after a crash, from what the graph stores (no NLP).
 *
 * <p>Why it is needed: ingest writes each document to Neo4j first, in one transaction (the graph is
 * the source of truth), then adds it to the Lucene index, which commits only every {@link
 * IngestConfig#commitEvery()} documents. A process killed in between leaves documents that the
 * graph has and the index lacks, or holds in an older version. On start every document whose
 * content hash differs between the two stores (or is missing from the index) is re-indexed from the
 * graph's text, sentences and mentions, and the index is committed. Documents are never lost (the
 * graph transaction either committed or rolled back) nor duplicated (uniqueness constraints in the
 * graph, id-keyed upserts in the index).
 */
public final class IndexCatchUp {
  private IndexCatchUp() {}

  /**
   * Re-indexes every graph document the index lacks or holds with another content hash.
   *
   * @return how many documents were re-indexed
   */
  public static int run(GraphStore graph, SearchIndex index) {
    Map<String, String> indexed = index.documentHashes();
    int repaired = 0;
    for (Map.Entry<String, String> stored : graph.documentHashes().entrySet()) {
      if (stored.getValue().equals(indexed.get(stored.getKey()))) {
        continue;
      }
      Optional<DocumentView> view = graph.document(stored.getKey());
      if (view.isPresent()) {
        index.index(annotated(view.get()));
        repaired++;
      }
    }
    if (repaired > 0) {
      index.commit();
    }
    return repaired;
  }

  /** The parts of a stored document that the index reads: text, sentences, mentions, entities. */
  static AnnotatedDocument annotated(DocumentView view) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (ResolvedMention m : view.mentions()) {
      EntityRef e = m.entity();
      entities.computeIfAbsent(
          e.id().toString(), k -> new Entity(e.id(), e.category(), e.name(), List.of(), List.of()));
      mentions.add(m.mention());
    }
    return new AnnotatedDocument(
        view.document(), view.text(), view.sentences(), List.copyOf(entities.values()), mentions);
  }
}
