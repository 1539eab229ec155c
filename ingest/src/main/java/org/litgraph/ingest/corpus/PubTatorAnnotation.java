package org.litgraph.ingest.corpus;

import java.util.Objects;

/**
 * One gold mention of a PubTator document.
 *
 * @param start offset into the document text (title, a space, the abstract)
 * @param end exclusive end offset
 * @param text the mention as written
 * @param type the corpus's own type name ({@code Disease}, {@code SpecificDisease}, {@code
 *     Chemical}, ...)
 * @param id the corpus's concept id, possibly empty or several ids joined by {@code |} or {@code ,}
 */
public record PubTatorAnnotation(int start, int end, String text, String type, String id) {
  public PubTatorAnnotation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad annotation offsets " + start + ".." + end);
    }
  }
}
