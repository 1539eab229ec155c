package org.litgraph.ingest.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokenizes, splits sentences, tags parts of speech, lemmatizes and runs CoreNLP's named-entity
 * recognizer ({@code tokenize,ssplit,pos,lemma,ner}).
 *
 * <p>Consumes: plain text. Produces: {@link AnnotatedText} with sentences, tokens (lemma, POS, NER
 * tag, offsets) and CoreNLP's entity mentions. Build one per process: loading the models takes
 * seconds and hundreds of MB. Thread-safe (CoreNLP annotators are).
 */
public final class CoreNlpStage {
  private final StanfordCoreNLP pipeline;

  public CoreNlpStage(NlpConfig config) {
    this(properties(config));
  }

  private CoreNlpStage(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /**
   * The same tokens, sentences, parts of speech and lemmas without CoreNLP's NER (tokens get {@code
   * O}): what CRF training and evaluation need, at several times the speed.
   */
  static CoreNlpStage withoutNer(NlpConfig config) {
    Properties p = properties(config);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    return new CoreNlpStage(p);
  }

  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
    p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    if (!config.fullNer()) {
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.docdate.usePresent", "false");
    }
    return p;
  }

  /** Annotates a text. */
  public AnnotatedText annotate(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<NlpSentence> sentences = new ArrayList<>();
    List<NerSpan> spans = new ArrayList<>();
    List<CoreSentence> coreSentences = doc.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreSentence s = coreSentences.get(i);
      List<Token> tokens = new ArrayList<>(s.tokens().size());
      for (CoreLabel t : s.tokens()) {
        tokens.add(
            new Token(
                t.word(),
                t.lemma() == null ? t.word() : t.lemma(),
                t.tag() == null ? "" : t.tag(),
                t.ner() == null ? "O" : t.ner(),
                t.beginPosition(),
                t.endPosition()));
      }
      if (tokens.isEmpty()) {
        continue;
      }
      int start = tokens.get(0).start();
      int end = tokens.get(tokens.size() - 1).end();
      int index = sentences.size();
      sentences.add(new NlpSentence(index, start, end, tokens));
      List<CoreEntityMention> mentions = s.entityMentions();
      for (CoreEntityMention m : mentions == null ? List.<CoreEntityMention>of() : mentions) {
        var span = m.charOffsets();
        spans.add(new NerSpan(index, span.first(), span.second(), m.text(), m.entityType()));
      }
    }
    return new AnnotatedText(text, sentences, spans);
  }
}
