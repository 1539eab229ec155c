package org.litgraph.graph.store;

/** What writing a document did to a store. */
public enum WriteOutcome {
  /** The document was new. */
  CREATED,
  /** The document existed with other content and was replaced. */
  UPDATED,
  /** The document existed with the same content hash; nothing changed. */
  UNCHANGED
}
