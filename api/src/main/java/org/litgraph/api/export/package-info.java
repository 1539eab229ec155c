/**
 * Exports for analysts' tools: KGX (Biolink) for knowledge-graph pipelines, BioC and PubTator for
 * text-mining tools, CSV for spreadsheets. Each exporter streams from {@link
 * org.litgraph.graph.store.GraphExport} page by page and writes as it reads, so memory does not
 * grow with the graph.
 */
package org.litgraph.api.export;
