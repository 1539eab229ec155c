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
 * @param parse run the neural dependency parser ({@code depparse}), which claim extraction needs;
 *     it roughly halves throughput, so entity evaluation and benchmarks turn it off
 * @param maxParsedChars texts longer than this are tagged but not parsed (a 5 MB page would cost
 *     minutes and the whole heap)
 */
public record NlpConfig(boolean fullNer, int maxSentenceTokens, boolean parse, int maxParsedChars) {
  public NlpConfig {
    if (maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxSentenceTokens must be >= 10");
    }
  }

  /** The product's default: light NER, sentences capped at 300 tokens, dependency parses on. */
  public static NlpConfig defaults() {
    return new NlpConfig(false, 300, true, 1_000_000);
  }

  /** The same pipeline without the dependency parser (entity recognition only). */
  public NlpConfig withoutParse() {
    return new NlpConfig(fullNer, maxSentenceTokens, false, maxParsedChars);
  }

  /** The same pipeline parsing texts of at most {@code chars} characters. */
  public NlpConfig withMaxParsedChars(int chars) {
    return new NlpConfig(fullNer, maxSentenceTokens, parse, chars);
  }
}
