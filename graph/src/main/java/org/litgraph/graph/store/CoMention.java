package org.litgraph.graph.store;

import org.litgraph.graph.model.EntityRef;

/** Another entity named in the same sentences as a given one, with the number of such sentences. */
public record CoMention(EntityRef entity, long sentences) {}
