package org.litgraph.graph.store;

import java.util.function.Consumer;

/**
 * Streaming reads of the whole graph, for exports. Each method reads in batches of {@link
 * ExportFilter#batchSize()} rows, one read transaction per batch, paging by id (never SKIP), and
 * hands each record to the sink before reading the next batch: memory stays bounded by one batch
 * whatever the size of the graph. Records come in id order.
 */
public interface GraphExport {

  /**
   * Entities of the filter's categories.
   *
   * @return how many were passed to the sink
   */
  long entities(ExportFilter filter, Consumer<org.litgraph.graph.model.Entity> sink);

  /** Claims with their sentence, document identifiers and link belief. */
  long claims(ExportFilter filter, Consumer<ExportedClaim> sink);

  /** Co-mention links (the smaller id first) between entities of the filter's categories. */
  long coMentions(ExportFilter filter, Consumer<CoMentionLink> sink);

  /** Documents with their text, sentences, mentions and claims (citations are left out). */
  long documents(ExportFilter filter, Consumer<DocumentView> sink);
}
