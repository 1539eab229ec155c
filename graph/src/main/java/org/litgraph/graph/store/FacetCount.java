package org.litgraph.graph.store;

import java.util.Objects;

/** One value of a facet and how many matching documents have it. */
public record FacetCount(String value, long count) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
  }
}
