package org.litgraph.ingest.entity;

import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.Provenance;

/** A recognised entity mention: offsets into the document text, the entity and who found it. */
public record RecognizedMention(
    int sentenceIndex, int start, int end, Entity entity, Provenance provenance) {
  boolean overlaps(RecognizedMention o) {
    return sentenceIndex == o.sentenceIndex && start < o.end && o.start < end;
  }
}
