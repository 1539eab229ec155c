package org.litgraph.graph.model;

import java.util.Objects;

/** Which extractor produced a fact, and which version of it, so facts can be traced and redone. */
public record Provenance(String extractor, String version) {
  public Provenance {
    Objects.requireNonNull(extractor, "extractor");
    Objects.requireNonNull(version, "version");
    if (extractor.isBlank()) {
      throw new IllegalArgumentException("extractor name must not be blank");
    }
  }

  @Override
  public String toString() {
    return extractor + "@" + version;
  }

  /** Parses {@code name@version}. */
  public static Provenance parse(String text) {
    int at = text.lastIndexOf('@');
    if (at <= 0) {
      throw new IllegalArgumentException("provenance must be name@version: '" + text + "'");
    }
    return new Provenance(text.substring(0, at), text.substring(at + 1));
  }
}
