package org.litgraph.ingest.pubtator;

import java.util.List;
import java.util.Objects;

/**
 * One entity annotation of a PubTator document: a span of {@code title + " " + abstract} with the
 * corpus's own type name and concept ids.
 *
 * @param start offset of the first character, in the document's {@link PubTatorDocument#text()}
 * @param end offset after the last character
 * @param mention the annotated text as the corpus gives it
 * @param type the corpus's type, unchanged ({@code SpecificDisease}, {@code Chemical}, {@code
 *     GeneOrGeneProduct} ...)
 * @param rawId the id column as written (may be empty, {@code -1} or a composite {@code D1|D2})
 * @param ids the concept ids of {@code rawId}, split at composite separators, without the
 *     placeholders for "no id"; see {@link PubTatorIds#parse}
 */
public record PubTatorAnnotation(
    int start, int end, String mention, String type, String rawId, List<String> ids) {
  public PubTatorAnnotation {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rawId, "rawId");
    ids = List.copyOf(ids);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "annotation offsets must satisfy 0 <= start < end, were " + start + ", " + end);
    }
    if (type.isBlank()) {
      throw new IllegalArgumentException("annotation type must not be blank");
    }
  }
}
