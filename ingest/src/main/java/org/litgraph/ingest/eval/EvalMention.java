package org.litgraph.ingest.eval;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A gold or predicted mention in evaluation terms: a span, an evaluation type and concept ids in
 * {@link ConceptIds} form (kept in the order given, so listings are reproducible). Two mentions
 * match strictly when start, end and type are equal.
 */
public record EvalMention(int start, int end, String type, String text, Set<String> ids) {
  public EvalMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("mention offsets must satisfy 0 <= start < end");
    }
  }

  /** The strict-match key. */
  public Key key() {
    return new Key(start, end, type);
  }

  /** Span and type: what strict matching compares. */
  public record Key(int start, int end, String type) {}
}
