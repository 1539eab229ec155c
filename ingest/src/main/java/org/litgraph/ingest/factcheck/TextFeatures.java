package org.litgraph.ingest.factcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a sentence as the stance rules see them: content stems, negation cues, direction
 * words (up or down) and numbers. Deliberately shallow and explainable; no models.
 */
public record TextFeatures(
    Set<String> stems, List<String> negations, int direction, Set<String> numbers) {
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:[.,][0-9]+)?(?:n't)?");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  static final Set<String> STOP =
      Set.of(
          "the",
          "and",
          "for",
          "with",
          "that",
          "this",
          "are",
          "was",
          "were",
          "been",
          "have",
          "has",
          "had",
          "from",
          "which",
          "their",
          "there",
          "these",
          "those",
          "its",
          "can",
          "may",
          "also",
          "into",
          "than",
          "such",
          "other",
          "more",
          "most",
          "some",
          "any",
          "all",
          "our",
          "they",
          "them",
          "his",
          "her",
          "who",
          "whom",
          "what",
          "when",
          "where",
          "how",
          "why",
          "will",
          "would",
          "could",
          "should",
          "being",
          "about",
          "between",
          "after",
          "before",
          "during",
          "over",
          "under",
          "while",
          "both",
          "each",
          "only",
          "very",
          "not",
          "but",
          "you",
          "your",
          "one",
          "two",
          "new",
          "use",
          "used",
          "using",
          "study",
          "studies",
          "result",
          "results",
          "show",
          "shown",
          "showed",
          "found",
          "find",
          "patient",
          "patients",
          "people",
          "said",
          "per",
          "via",
          "does",
          "did",
          "doe",
          "due",
          "well",
          "however",
          "it's",
          "is",
          "be",
          "of",
          "in",
          "to",
          "a",
          "an",
          "on",
          "or",
          "by",
          "as",
          "at",
          "it",
          "we",
          "no",
          "if",
          "so");
  private static final Set<String> NEGATORS =
      Set.of(
          "not",
          "no",
          "never",
          "neither",
          "nor",
          "without",
          "none",
          "cannot",
          "fail",
          "fails",
          "failed",
          "lack",
          "lacks",
          "lacked",
          "absence",
          "unable",
          "unlikely",
          "insufficient",
          "ineffective",
          "false",
          "myth",
          "hoax",
          "nothing");
  private static final Set<String> UP =
      Set.of(
          "increase",
          "increases",
          "increased",
          "increasing",
          "rise",
          "rises",
          "raised",
          "raise",
          "elevated",
          "elevate",
          "higher",
          "high",
          "enhance",
          "enhances",
          "enhanced",
          "promote",
          "promotes",
          "promoted",
          "boost",
          "boosts",
          "greater",
          "induce",
          "induces",
          "induced",
          "activate",
          "activates",
          "stimulate",
          "stimulates",
          "worsen",
          "worsens",
          "worse",
          "accelerate",
          "accelerates",
          "upregulated",
          "upregulates",
          "more");
  private static final Set<String> DOWN =
      Set.of(
          "decrease",
          "decreases",
          "decreased",
          "decreasing",
          "reduce",
          "reduces",
          "reduced",
          "reducing",
          "reduction",
          "lower",
          "lowers",
          "lowered",
          "low",
          "decline",
          "declines",
          "less",
          "fewer",
          "inhibit",
          "inhibits",
          "inhibited",
          "suppress",
          "suppresses",
          "suppressed",
          "attenuate",
          "attenuates",
          "attenuated",
          "impair",
          "impairs",
          "impaired",
          "diminish",
          "diminishes",
          "diminished",
          "downregulated",
          "downregulates",
          "block",
          "blocks",
          "blocked",
          "prevent",
          "prevents",
          "prevented",
          "protect",
          "protects",
          "protective",
          "slow",
          "slows");

  /** Reads one sentence or passage. */
  public static TextFeatures of(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    Set<String> stems = new LinkedHashSet<>();
    List<String> negations = new ArrayList<>();
    int up = 0;
    int down = 0;
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      String w = m.group();
      if (w.endsWith("n't")) {
        negations.add(w);
        continue;
      }
      if (NEGATORS.contains(w)) {
        negations.add(w);
      }
      if (UP.contains(w)) {
        up++;
      } else if (DOWN.contains(w)) {
        down++;
      }
      if (!STOP.contains(w) && (w.length() > 2 || Character.isDigit(w.charAt(0)))) {
        stems.add(stem(w));
      }
    }
    Set<String> numbers = new LinkedHashSet<>();
    Matcher n = NUMBER.matcher(lower);
    while (n.find()) {
      String num = n.group().replace(",", "");
      if (!isYear(num)) {
        numbers.add(num);
      }
    }
    return new TextFeatures(
        Set.copyOf(stems), List.copyOf(negations), Integer.signum(up - down), Set.copyOf(numbers));
  }

  /** The share of this text's stems found in the other's, 0 when this one has none. */
  public double coveredBy(TextFeatures other) {
    if (stems.isEmpty()) {
      return 0;
    }
    long shared = stems.stream().filter(other.stems::contains).count();
    return shared / (double) stems.size();
  }

  /** A crude suffix stripper, enough to meet "reduces" with "reduced" and "cells" with "cell". */
  static String stem(String w) {
    if (w.length() <= 4 || Character.isDigit(w.charAt(0))) {
      return w;
    }
    for (String suffix : List.of("ations", "ation", "ings", "ing", "ies", "ed", "es", "ly", "s")) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }

  private static boolean isYear(String num) {
    if (num.length() != 4 || num.contains(".")) {
      return false;
    }
    int y = Integer.parseInt(num);
    return y >= 1900 && y <= 2100;
  }
}
