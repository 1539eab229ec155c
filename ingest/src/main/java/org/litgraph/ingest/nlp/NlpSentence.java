package org.litgraph.ingest.nlp;

import java.util.List;

/**
 * A sentence as the NLP stage found it: offsets into the document text, its tokens and, when the
 * parser ran, its dependency edges (indices into {@code tokens}).
 */
public record NlpSentence(
    int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public NlpSentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (Dependency d : dependencies) {
      if (d.governor() >= tokens.size() || d.dependent() >= tokens.size()) {
        throw new IllegalArgumentException("dependency outside sentence " + index + ": " + d);
      }
    }
  }

  /** A sentence without a parse. */
  public NlpSentence(int index, int start, int end, List<Token> tokens) {
    this(index, start, end, tokens, List.of());
  }

  /** Whether the parser ran on this sentence. */
  public boolean parsed() {
    return !dependencies.isEmpty();
  }
}
