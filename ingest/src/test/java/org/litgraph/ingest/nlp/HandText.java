package org.litgraph.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link AnnotatedText} the way {@link CoreNlpStage} shapes it, without loading models: a
 * token is a run of letters and digits or one other character (CoreNLP splits hyphenated words
 * too), sentences end after a full stop followed by a space, lemmas are the token's text unless the
 * test names one, and every part of speech is NN unless the test names another.
 */
public final class HandText {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

  private HandText() {}

  public static AnnotatedText of(String text) {
    return of(text, Map.of());
  }

  public static AnnotatedText of(String text, Map<String, String> lemmas) {
    return of(text, lemmas, Map.of());
  }

  /** With parts of speech other than NN for the words {@code pos} names. */
  public static AnnotatedText of(String text, Map<String, String> lemmas, Map<String, String> pos) {
    List<NlpSentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String word = m.group();
      tokens.add(
          new Token(
              word,
              lemmas.getOrDefault(word, word),
              pos.getOrDefault(word, "NN"),
              "O",
              m.start(),
              m.end()));
      if (word.equals(".") && (m.end() == text.length() || text.charAt(m.end()) == ' ')) {
        sentences.add(sentence(sentences.size(), tokens));
        tokens = new ArrayList<>();
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(sentence(sentences.size(), tokens));
    }
    return new AnnotatedText(text, sentences, List.of());
  }

  private static NlpSentence sentence(int index, List<Token> tokens) {
    return new NlpSentence(index, tokens.getFirst().start(), tokens.getLast().end(), tokens);
  }

  /** Where the {@code occurrence}-th (from 0) occurrence of {@code name} starts in the text. */
  public static int offset(AnnotatedText a, String name, int occurrence) {
    int start = -1;
    for (int i = 0; i <= occurrence; i++) {
      start = a.text().indexOf(name, start + 1);
    }
    if (start < 0) {
      throw new IllegalArgumentException("no occurrence " + occurrence + " of " + name);
    }
    return start;
  }

  /** The index of the sentence holding the character at {@code offset}. */
  public static int sentenceAt(AnnotatedText a, int offset) {
    return a.sentences().stream()
        .filter(s -> s.start() <= offset && offset < s.end())
        .findFirst()
        .orElseThrow()
        .index();
  }
}
