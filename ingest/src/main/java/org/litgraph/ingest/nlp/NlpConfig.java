package org.litgraph.ingest.nlp;

/**
 * How the CoreNLP pipeline is built.
 *
 * @param fullNer use CoreNLP's default NER (fine-grained classes, SUTime, numeric classifiers):
 *     about 600 tokens/s here. The default, {@code false}, keeps the three-class statistical NER
 *     (PERSON, LOCATION, ORGANIZATION, MISC) at about 10,000 tokens/s, which is what LitGraph uses
 *     CoreNLP's NER for; biomedical entities come from our own recognisers.
 * @param maxSentenceTokens sentences longer than this are not POS-tagged or NER-tagged beyond the
 *     cap (bounds time on pathological input)
 */
public record NlpConfig(boolean fullNer, int maxSentenceTokens) {
  public NlpConfig {
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be >= 10");
    }
  }

  public static NlpConfig defaults() {
    return new NlpConfig(false, 300);
  }
}
