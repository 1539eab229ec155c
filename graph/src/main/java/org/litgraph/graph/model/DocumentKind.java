package org.litgraph.graph.model;

import java.util.Locale;

/** What kind of source a document came from; drives reading and, later, study-type defaults. */
public enum DocumentKind {
  NEWS,
  ABSTRACT,
  ARTICLE,
  TRIAL,
  EXPLAINER,
  WEB_PAGE,
  TEXT;

  /** Parses a kind name ignoring case, e.g. {@code news}. */
  public static DocumentKind parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown document kind '" + name + "'", e);
    }
  }
}
