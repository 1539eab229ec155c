package org.litgraph.graph.store;

import java.util.Objects;
import org.litgraph.graph.model.Curie;

/**
 * Two entities named in the same sentences, with no stated relation: {@code a} has the smaller id.
 *
 * @param sentences sentences naming both
 * @param documents documents with such a sentence
 */
public record CoMentionLink(Curie a, Curie b, long sentences, long documents) {
  public CoMentionLink {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
