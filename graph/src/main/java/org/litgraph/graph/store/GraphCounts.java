package org.litgraph.graph.store;

/** Node and relationship counts of the graph, for health checks and idempotency tests. */
public record GraphCounts(
    long documents,
    long sentences,
    long entities,
    long mentions,
    long coMentions,
    long claims,
    long nodes,
    long relationships) {}
