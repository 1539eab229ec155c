package org.litgraph.ingest.nlp;

import java.util.List;

/** The output of the NLP stage, in LitGraph's own types (no CoreNLP type escapes this package). */
public record AnnotatedText(String text, List<NlpSentence> sentences, List<NerSpan> nerSpans) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
    nerSpans = List.copyOf(nerSpans);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
