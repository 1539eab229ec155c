package org.litgraph.ingest.nlp;

/**
 * One edge of a sentence's dependency graph (CoreNLP's enhanced++ Universal Dependencies).
 *
 * @param governor index of the head token in the sentence, {@code -1} for the root edge
 * @param dependent index of the dependent token in the sentence
 * @param relation the relation with its enhanced suffix, e.g. {@code nsubj}, {@code obl:in}, {@code
 *     nmod:of}, {@code conj:and}
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("bad dependency indices " + governor + "->" + dependent);
    }
    if (relation == null || relation.isBlank()) {
      throw new IllegalArgumentException("relation must not be blank");
    }
  }

  /** The relation without its enhanced suffix: {@code obl} for {@code obl:in}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The enhanced suffix ({@code in} for {@code obl:in}), or empty. */
  public String suffix() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
