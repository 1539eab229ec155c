/**
 * The graph module: LitGraph's domain model ({@link org.litgraph.graph.model}) and its two stores,
 * the Neo4j graph ({@link org.litgraph.graph.store.GraphStore}, implemented in {@code neo4j}) and
 * the Lucene index ({@link org.litgraph.graph.store.SearchIndex}, implemented in {@code lucene}).
 * Neo4j and Lucene types never leave their implementation packages.
 */
package org.litgraph.graph;
