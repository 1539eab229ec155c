package org.litgraph.ingest.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds abbreviations defined in running text as "long form (SHORT)" with the Schwartz–Hearst
 * algorithm (PSB 2003): the short form is one to three tokens in parentheses (up to a semicolon or
 * comma, as in "(SJS; chondrodystrophic myotonia)"), two to ten characters with a letter; the long
 * form is the shortest run of the preceding words whose characters contain the short form's letters
 * and digits in order, the first one starting a word.
 */
final class AbbreviationFinder {
  private AbbreviationFinder() {}

  /** A definition: character offsets of the long form and of the short form in the text. */
  record Definition(int longStart, int longEnd, int shortStart, int shortEnd, String shortForm) {}

  static List<Definition> find(String text, NlpSentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Definition> found = new ArrayList<>();
    for (int open = 1; open < tokens.size(); open++) {
      if (!tokens.get(open).text().equals("(")) {
        continue;
      }
      int close = open + 1;
      while (close < tokens.size() && close <= open + 4 && !endsShortForm(tokens.get(close))) {
        close++;
      }
      if (close >= tokens.size() || close == open + 1 || !endsShortForm(tokens.get(close))) {
        continue;
      }
      int shortStart = tokens.get(open + 1).start();
      int shortEnd = tokens.get(close - 1).end();
      String shortForm = text.substring(shortStart, shortEnd);
      if (!isShortForm(shortForm)) {
        continue;
      }
      int longEnd = tokens.get(open - 1).end();
      int words = Math.min(shortForm.length() + 5, shortForm.length() * 2);
      int first = open - 1;
      for (int w = 1; first > 0; first--) {
        if (tokens.get(first - 1).end() < tokens.get(first).start()) {
          if (w == words) {
            break; // a space before this token: it starts one more word than allowed
          }
          w++;
        }
      }
      int windowStart = tokens.get(first).start();
      int longStart = longFormStart(shortForm, text.substring(windowStart, longEnd));
      if (longStart < 0) {
        continue;
      }
      longStart += windowStart;
      String longForm = text.substring(longStart, longEnd);
      if (longForm.length() > shortForm.length() && longForm.indexOf('(') < 0) {
        found.add(new Definition(longStart, longEnd, shortStart, shortEnd, shortForm));
      }
    }
    return found;
  }

  /** ")" closes a short form; so do ";" and "," in "(SJS; chondrodystrophic myotonia)". */
  private static boolean endsShortForm(Token t) {
    return t.text().equals(")") || t.text().equals(";") || t.text().equals(",");
  }

  static boolean isShortForm(String s) {
    if (s.length() < 2 || s.length() > 10 || !Character.isLetterOrDigit(s.charAt(0))) {
      return false;
    }
    return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isWhitespace);
  }

  /** Schwartz–Hearst's backward match; the long form's start within the window, or -1. */
  static int longFormStart(String shortForm, String window) {
    int s = shortForm.length() - 1;
    int l = window.length() - 1;
    while (s >= 0) {
      char c = Character.toLowerCase(shortForm.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        s--;
        continue;
      }
      while ((l >= 0 && Character.toLowerCase(window.charAt(l)) != c)
          || (s == 0 && l > 0 && Character.isLetterOrDigit(window.charAt(l - 1)))) {
        l--;
      }
      if (l < 0) {
        return -1;
      }
      l--;
      s--;
    }
    return window.lastIndexOf(' ', l) + 1;
  }
}
