package org.litgraph.ingest.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Bare CoreNLP {@code tokenize,ssplit,pos,lemma} with the same tokenizer, sentence and length
 * settings as {@link CoreNlpStage}, minus NER: the reference against which the benchmark shows what
 * recognition costs.
 *
 * <p>Consumes: plain text. Produces: the number of tokens (the benchmark needs nothing else, and
 * converting tokens into records would blur the figure). Loading takes about a second; CoreNLP
 * shares the tokenizer, tagger and lemmatizer with a {@link CoreNlpStage} of the same config.
 */
public final class LemmatizerStage {
  private final StanfordCoreNLP pipeline;

  public LemmatizerStage(NlpConfig config) {
    Properties p = CoreNlpStage.properties(config);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    List<String> nerKeys =
        p.stringPropertyNames().stream().filter(k -> k.startsWith("ner.")).toList();
    nerKeys.forEach(p::remove);
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates the text and returns how many tokens it has. */
  public int countTokens(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    return doc.tokens().size();
  }
}
