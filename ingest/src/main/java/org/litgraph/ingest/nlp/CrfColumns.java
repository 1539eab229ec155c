package org.litgraph.ingest.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CRF sees of a token, built one way for training and for tagging so the two cannot drift
 * apart: the word, its part of speech, its lemma and its gazetteer tag ({@link CrfGazetteer#tag}).
 * Training writes them as tab-separated columns in the order of {@link #MAP}; tagging puts the same
 * values into the annotations those columns map to.
 */
final class CrfColumns {
  /** The {@code map} property of the CRF: which column holds what. */
  static final String MAP = "word=0,tag=1,lemma=2,gaz=3,answer=4";

  private CrfColumns() {}

  /** Tokens as CoreNLP labels for {@code classifySentence}. */
  static List<CoreLabel> labels(NlpSentence sentence, CrfGazetteer gazetteer) {
    List<Token> tokens = sentence.tokens();
    List<String> gaz = gazetteer.tag(tokens);
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      CoreLabel l = new CoreLabel();
      String word = field(t.text());
      l.setWord(word);
      l.setValue(word);
      l.setTag(field(t.pos()));
      l.setLemma(field(t.lemma()));
      l.set(CoreAnnotations.GazAnnotation.class, gaz.get(i));
      labels.add(l);
    }
    return labels;
  }

  /** Writes one sentence as training rows followed by a blank line. */
  static void write(NlpSentence sentence, List<String> answers, CrfGazetteer gazetteer, Writer out)
      throws IOException {
    List<Token> tokens = sentence.tokens();
    List<String> gaz = gazetteer.tag(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      out.write(field(t.text()));
      out.write('\t');
      out.write(field(t.pos()));
      out.write('\t');
      out.write(field(t.lemma()));
      out.write('\t');
      out.write(gaz.get(i));
      out.write('\t');
      out.write(answers.get(i));
      out.write('\n');
    }
    out.write('\n');
  }

  /** Column values may not hold whitespace (the column reader splits on it) or be empty. */
  static String field(String value) {
    if (value.isEmpty()) {
      return "_";
    }
    StringBuilder b = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (b == null) {
          b = new StringBuilder(value);
        }
        b.setCharAt(i, '_');
      }
    }
    return b == null ? value : b.toString();
  }
}
