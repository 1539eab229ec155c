package org.litgraph.ingest.lexicon;

import java.util.Objects;

/**
 * One surface form offered by a vocabulary for a concept.
 *
 * @param text the form as written in the vocabulary (inverted MeSH headings already put in natural
 *     order)
 * @param kind how the vocabulary offers it
 */
public record Term(String text, TermKind kind) {
  public Term {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
