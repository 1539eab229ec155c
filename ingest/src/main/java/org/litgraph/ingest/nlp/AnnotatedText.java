package org.litgraph.ingest.nlp;

import java.util.List;

/** The output of the NLP stage, in LitGraph's own types (no CoreNLP type escapes this package). */
/**
 * @param parseSkipped the dependency parser was configured but not run, because the text is over
 *     {@link NlpConfig#maxParsedChars()} characters (claims need the parse)
 */
public record AnnotatedText(
    String text, List<NlpSentence> sentences, List<NerSpan> nerSpans, boolean parseSkipped) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
    nerSpans = List.copyOf(nerSpans);
  }

  /** Annotations of a text whose parse (if configured) was not skipped. */
  public AnnotatedText(String text, List<NlpSentence> sentences, List<NerSpan> nerSpans) {
    this(text, sentences, nerSpans, false);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
