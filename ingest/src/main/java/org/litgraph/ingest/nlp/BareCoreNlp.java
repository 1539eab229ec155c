package org.litgraph.ingest.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Plain CoreNLP with exactly the annotators and properties {@link CoreNlpStage} runs ({@code
 * tokenize,ssplit,pos,lemma,ner} and, when parsing, {@code depparse}), but none of our stages: the
 * baseline of {@code litgraph bench ingest}, so that what LitGraph adds beyond the NLP shows as a
 * ratio. It shares CoreNLP's annotator instances with a {@link CoreNlpStage} of the same config (no
 * second model load).
 */
public final class BareCoreNlp {
  private final StanfordCoreNLP pipeline;
  private final String annotators;

  public BareCoreNlp(NlpConfig config) {
    var properties = CoreNlpStage.properties(config);
    this.annotators = properties.getProperty("annotators");
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** The annotators it runs, for reports. */
  public String annotators() {
    return annotators;
  }

  /** Annotates the text and returns its token count. */
  public int annotate(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    return doc.tokens().size();
  }
}
