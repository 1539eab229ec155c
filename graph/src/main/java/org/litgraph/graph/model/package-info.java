/** Immutable domain records: documents, sentences, entities, mentions and their ids. */
package org.litgraph.graph.model;
