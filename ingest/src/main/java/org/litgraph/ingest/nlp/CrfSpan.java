package org.litgraph.ingest.nlp;

import java.util.Objects;
import org.litgraph.graph.model.EntityCategory;

/**
 * A name the CRF found: offsets into the document text, the index of its sentence, its text and
 * category. It carries no id; the recognition stage normalises it against the lexicon.
 */
public record CrfSpan(int sentenceIndex, int start, int end, String text, EntityCategory category) {
  public CrfSpan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
    }
  }
}
