package org.litgraph.graph.store;

import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Mention;

/** A mention together with the entity it names, as read back from the graph. */
public record ResolvedMention(Mention mention, EntityRef entity) {}
