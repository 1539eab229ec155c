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
  private final int maxSentenceTokens;

  public CoreNlpStage(NlpConfig config) {
    this(properties(config), config.maxSentenceTokens());
  }

  private CoreNlpStage(Properties properties, int maxSentenceTokens) {
    this.pipeline = new StanfordCoreNLP(properties);
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /**
   * The same tokens, sentences, parts of speech and lemmas without CoreNLP's NER (tokens get {@code
   * O}): what CRF training needs, at several times the speed.
   */
  static CoreNlpStage withoutNer(NlpConfig config) {
    Properties p = properties(config);
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    return new CoreNlpStage(p, config.maxSentenceTokens());
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
      List<CoreEntityMention> mentions =
          s.entityMentions() == null ? List.of() : s.entityMentions();
      // A "sentence" longer than the cap (a page with no full stops, a 5 MB single line) is cut
      // into pieces of at most maxSentenceTokens: later stages and the stores then work on
      // bounded units instead of one sentence with hundreds of thousands of mentions.
      for (int from = 0; from < tokens.size(); from += maxSentenceTokens) {
        List<Token> piece = tokens.subList(from, Math.min(tokens.size(), from + maxSentenceTokens));
        int start = piece.get(0).start();
        int end = piece.get(piece.size() - 1).end();
        int index = sentences.size();
        sentences.add(new NlpSentence(index, start, end, piece));
        for (CoreEntityMention m : mentions) {
          var span = m.charOffsets();
          if (span.first() >= start && span.first() < end) {
            spans.add(
                new NerSpan(
                    index, span.first(), Math.min(end, span.second()), m.text(), m.entityType()));
          }
        }
      }
    }
    return new AnnotatedText(text, sentences, spans);
  }
}
