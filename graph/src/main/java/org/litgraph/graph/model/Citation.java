package org.litgraph.graph.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A work a document cites: a numbered reference of a news piece, a JATS {@code <ref>}, an outbound
 * link. Identifiers are kept under lower-case scheme names ({@code doi}, {@code pmid}, {@code
 * pmcid}, {@code nct}, {@code url}).
 *
 * @param label the citing document's own label, e.g. {@code 1} for "[1]" or {@code B12} in JATS
 * @param text the reference as written (may be a link's anchor text)
 * @param ids identifiers found in the reference, scheme to value
 */
public record Citation(Optional<String> label, String text, Map<String, String> ids) {
  public Citation {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    ids = Map.copyOf(new TreeMap<>(ids));
    if (text.isBlank() && ids.isEmpty()) {
      throw new IllegalArgumentException("a citation needs a text or an identifier");
    }
  }

  /** The identifier under a scheme ({@code doi}, {@code pmid}, ...). */
  public Optional<String> id(String scheme) {
    return Optional.ofNullable(ids.get(scheme));
  }
}
