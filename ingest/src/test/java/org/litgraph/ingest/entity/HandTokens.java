package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Builds one {@link NlpSentence} the way {@code CoreNlpStage} shapes it, without loading models: a
 * token is a run of letters and digits or a single other character ("IL-6" gives "IL", "-", "6", as
 * CoreNLP splits hyphenated words), offsets point into the text, and lemmas default to the token's
 * own text unless the test names one.
 */
final class HandTokens {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

  private HandTokens() {}

  static NlpSentence sentence(String text) {
    return sentence(text, Map.of());
  }

  static NlpSentence sentence(String text, Map<String, String> lemmas) {
    return sentence(0, 0, text, lemmas);
  }

  /** A sentence starting at {@code offset} of a larger text ({@code sentenceText} is its part). */
  static NlpSentence sentence(
      int index, int offset, String sentenceText, Map<String, String> lemmas) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentenceText);
    while (m.find()) {
      String word = m.group();
      tokens.add(
          new Token(
              word,
              lemmas.getOrDefault(word, word),
              "NN",
              "O",
              offset + m.start(),
              offset + m.end()));
    }
    return new NlpSentence(index, tokens.getFirst().start(), tokens.getLast().end(), tokens);
  }
}
