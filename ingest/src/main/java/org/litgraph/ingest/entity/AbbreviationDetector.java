package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds abbreviation definitions in text with the algorithm of Schwartz and Hearst (PSB 2003):
 * "long form (SHORT)" and "SHORT (long form)".
 *
 * <p>For each parenthesis the text inside (up to a nested parenthesis, a semicolon or a comma) is
 * tried as the short form; when it is too long for one, the word before the parenthesis is tried
 * and the text inside becomes the long form. The long form is then the shortest stretch ending
 * before the parenthesis (or ending the parenthesised text) in which every letter and digit of the
 * short form occurs in order, the first one at the start of a word; it has at most min(|SF| + 5,
 * 2|SF|) words. On top of Schwartz–Hearst, candidates that are statistics or references — "(p <
 * 0.05)", "(n = 12)", "(Figure 2)", "(Table 1)" — and lower-case-only short forms are rejected,
 * since in biomedical abstracts they are almost never entity abbreviations.
 */
public final class AbbreviationDetector {
  private static final int MAX_SHORT_LENGTH = 10;

  /**
   * Bounds, in characters, on a parenthesis and on the text searched for a long form: a definition
   * is a few words, and without bounds text full of unclosed parentheses (or one huge "word") would
   * cost quadratic time.
   */
  private static final int MAX_PARENTHESIS = 200;

  private static final int MAX_LONG_FORM = 300;
  private static final Set<String> REFERENCE_WORDS =
      Set.of(
          "fig",
          "figs",
          "figure",
          "figures",
          "table",
          "tables",
          "ref",
          "refs",
          "see",
          "eg",
          "ie",
          "cf",
          "suppl",
          "supplementary",
          "appendix",
          "chapter",
          "section",
          "eq",
          "equation");

  /** Definitions in the whole text. */
  public List<AbbreviationPair> find(String text) {
    return find(text, 0, text.length());
  }

  /**
   * Definitions inside {@code text[from, to)} (one sentence, so that no long form reaches into the
   * previous sentence), with offsets into {@code text}.
   */
  public List<AbbreviationPair> find(String text, int from, int to) {
    List<AbbreviationPair> pairs = new ArrayList<>();
    int i = from;
    while (true) {
      int open = text.indexOf('(', i);
      if (open < 0 || open >= to) {
        return pairs;
      }
      int close = matchingClose(text, open, Math.min(to, open + MAX_PARENTHESIS));
      if (close < 0) {
        i = open + 1;
        continue;
      }
      int innerStart = skipSpaces(text, open + 1, close);
      int innerEnd = trimEnd(text, innerStart, contentEnd(text, open + 1, close));
      if (innerStart < innerEnd) {
        pairAt(text, from, open, innerStart, innerEnd).ifPresent(pairs::add);
      }
      i = close + 1;
    }
  }

  private Optional<AbbreviationPair> pairAt(
      String text, int from, int open, int innerStart, int innerEnd) {
    String inner = text.substring(innerStart, innerEnd);
    int beforeEnd = trimEnd(text, from, open);
    if (isShortForm(inner)) {
      int windowStart =
          wordsBack(
              text, Math.max(from, beforeEnd - MAX_LONG_FORM), beforeEnd, maxLongWords(inner));
      return longForm(text, inner, windowStart, beforeEnd)
          .map(start -> new AbbreviationPair(innerStart, innerEnd, start, beforeEnd));
    }
    int wordStart = beforeEnd;
    int wordLimit = Math.max(from, beforeEnd - MAX_SHORT_LENGTH - 1);
    while (wordStart > wordLimit && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart >= beforeEnd) {
      return Optional.empty();
    }
    String word = text.substring(wordStart, beforeEnd);
    if (!isShortForm(word) || !looksAbbreviated(word) || word.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    if (words(inner) > maxLongWords(word)) {
      return Optional.empty();
    }
    int sfStart = wordStart;
    return longForm(text, word, innerStart, innerEnd)
        .map(start -> new AbbreviationPair(sfStart, beforeEnd, start, innerEnd));
  }

  /**
   * The start of the best long form for {@code shortForm} inside {@code text[from, end)}, if one
   * passes the checks (longer than the short form, not containing it as a word, balanced brackets,
   * not too many words).
   */
  private static Optional<Integer> longForm(String text, String shortForm, int from, int end) {
    int l = end - 1;
    for (int s = shortForm.length() - 1; s >= 0; s--) {
      char c = Character.toLowerCase(shortForm.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while ((l >= from && Character.toLowerCase(text.charAt(l)) != c)
          || (s == 0 && l > from && Character.isLetterOrDigit(text.charAt(l - 1)))) {
        l--;
      }
      if (l < from) {
        return Optional.empty();
      }
      l--;
    }
    int start = l + 1;
    while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String longForm = text.substring(start, end);
    if (!Character.isLetterOrDigit(longForm.charAt(0))
        || longForm.length() <= shortForm.length()
        || words(longForm) > maxLongWords(shortForm)
        || containsWord(longForm, shortForm)
        || !balanced(longForm)) {
      return Optional.empty();
    }
    return Optional.of(start);
  }

  /** Schwartz–Hearst's short-form test plus the reference and statistics filters. */
  static boolean isShortForm(String candidate) {
    if (candidate.length() < 2 || candidate.length() > MAX_SHORT_LENGTH) {
      return false;
    }
    if (!Character.isLetterOrDigit(candidate.charAt(0))) {
      return false;
    }
    String[] words = candidate.split("\\s+");
    if (words.length > 2) {
      return false;
    }
    boolean upper = false;
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if ("=<>±≤≥%".indexOf(c) >= 0) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    if (!upper) {
      return false;
    }
    String first = words[0].replace(".", "").toLowerCase(Locale.ROOT);
    if (REFERENCE_WORDS.contains(first)) {
      return false;
    }
    return words.length == 1 || !words[1].matches("[\\d.,–-]+");
  }

  /**
   * For a short form written before the parenthesis: at least two capitals, or a capital that is
   * not first, or a capital and a digit ("MSCs", "mAb", "IL6"), so that an ordinary capitalised
   * word before an aside is not taken for an abbreviation.
   */
  static boolean looksAbbreviated(String word) {
    int upper = 0;
    boolean innerUpper = false;
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
        innerUpper |= i > 0;
      }
      digit |= Character.isDigit(c);
    }
    return upper >= 2 || innerUpper || (upper == 1 && digit);
  }

  private static int maxLongWords(String shortForm) {
    int n = 0;
    for (int i = 0; i < shortForm.length(); i++) {
      if (Character.isLetterOrDigit(shortForm.charAt(i))) {
        n++;
      }
    }
    return Math.min(n + 5, n * 2);
  }

  private static int matchingClose(String text, int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** End of the candidate inside a parenthesis: before a nested "(", a ";" or a ", ". */
  private static int contentEnd(String text, int start, int close) {
    for (int i = start; i < close; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ';' || (c == ',' && i + 1 < close && text.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return close;
  }

  private static int wordsBack(String text, int from, int end, int words) {
    int i = end;
    for (int w = 0; w < words && i > from; w++) {
      while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return skipSpaces(text, i, end);
  }

  private static int skipSpaces(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int end) {
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static boolean containsWord(String text, String word) {
    int i = text.indexOf(word);
    while (i >= 0) {
      int end = i + word.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return true;
      }
      i = text.indexOf(word, i + 1);
    }
    return false;
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (--depth < 0) {
          return false;
        }
      }
    }
    return depth == 0;
  }
}
