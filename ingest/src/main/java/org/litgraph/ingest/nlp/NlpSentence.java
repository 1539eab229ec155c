package org.litgraph.ingest.nlp;

import java.util.List;

/** A sentence as the NLP stage found it: offsets into the document text and its tokens. */
public record NlpSentence(int index, int start, int end, List<Token> tokens) {
  public NlpSentence {
    tokens = List.copyOf(tokens);
  }
}
