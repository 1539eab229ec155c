package org.litgraph.ingest.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plural and singular of a name's head word: regular English (-s, -es, -ies) and the Latin and
 * Greek endings that are common in anatomy, microbiology and pathology (bacterium/bacteria,
 * staphylococcus/staphylococci, metastasis/metastases, vertebra/vertebrae). Cheap rules, not a
 * morphological analyser: a wrong form only adds a surface that no text contains.
 */
final class Inflections {
  /** Irregular singular → plural; keys of five letters or more also match as word endings. */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("bacterium", "bacteria"),
          Map.entry("coccus", "cocci"),
          Map.entry("bacillus", "bacilli"),
          Map.entry("fungus", "fungi"),
          Map.entry("nucleus", "nuclei"),
          Map.entry("stimulus", "stimuli"),
          Map.entry("thrombus", "thrombi"),
          Map.entry("embolus", "emboli"),
          Map.entry("bronchus", "bronchi"),
          Map.entry("calculus", "calculi"),
          Map.entry("villus", "villi"),
          Map.entry("alveolus", "alveoli"),
          Map.entry("ovum", "ova"),
          Map.entry("atrium", "atria"),
          Map.entry("septum", "septa"),
          Map.entry("epithelium", "epithelia"),
          Map.entry("endothelium", "endothelia"),
          Map.entry("mitochondrion", "mitochondria"),
          Map.entry("ganglion", "ganglia"),
          Map.entry("foramen", "foramina"),
          Map.entry("vertebra", "vertebrae"),
          Map.entry("larva", "larvae"),
          Map.entry("alga", "algae"),
          Map.entry("cortex", "cortices"),
          Map.entry("appendix", "appendices"),
          Map.entry("matrix", "matrices"),
          Map.entry("apex", "apices"),
          Map.entry("larynx", "larynges"),
          Map.entry("pharynx", "pharynges"),
          Map.entry("phalanx", "phalanges"),
          Map.entry("testis", "testes"),
          Map.entry("mouse", "mice"),
          Map.entry("louse", "lice"),
          Map.entry("tooth", "teeth"),
          Map.entry("foot", "feet"),
          Map.entry("child", "children"),
          Map.entry("woman", "women"));

  private static final Map<String, String> IRREGULAR_SINGULAR = invert();

  private Inflections() {}

  private static Map<String, String> invert() {
    Map<String, String> out = new HashMap<>();
    IRREGULAR.forEach((s, p) -> out.put(p, s));
    return Map.copyOf(out);
  }

  /**
   * The plural of a name whose head is a singular noun, or empty when no rule applies. The head is
   * the last word, or the last word before "of" ("interstitial cells of Cajal").
   */
  static Optional<String> plural(String name) {
    return onHead(name, Inflections::pluralOfLastWord);
  }

  /** The singular of a name whose head looks plural, or empty. */
  static Optional<String> singular(String name) {
    return onHead(name, Inflections::singularOfLastWord);
  }

  private static Optional<String> onHead(String name, Function<String, Optional<String>> inflect) {
    int of = name.toLowerCase(Locale.ROOT).indexOf(" of ");
    if (of <= 0) {
      return inflect.apply(name);
    }
    return inflect.apply(name.substring(0, of)).map(head -> head + name.substring(of));
  }

  private static Optional<String> pluralOfLastWord(String name) {
    int start = lastWordStart(name);
    String word = name.substring(start);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 3 || !lower.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    String head = name.substring(0, start);
    Optional<String> irregular = replaceEnding(word, lower, IRREGULAR);
    if (irregular.isPresent()) {
      return irregular.map(w -> head + w);
    }
    if (lower.endsWith("sis")) {
      return Optional.of(head + word.substring(0, word.length() - 2) + "es");
    }
    if (lower.endsWith("itis") || lower.endsWith("ss") && lower.length() < 5) {
      return Optional.empty();
    }
    if (lower.endsWith("is") || lower.endsWith("ae")) {
      return Optional.empty();
    }
    if (lower.endsWith("y") && !isVowel(lower.charAt(lower.length() - 2))) {
      return Optional.of(head + word.substring(0, word.length() - 1) + "ies");
    }
    if (lower.endsWith("s")
        || lower.endsWith("x")
        || lower.endsWith("z")
        || lower.endsWith("ch")
        || lower.endsWith("sh")) {
      return Optional.of(head + word + "es");
    }
    return Optional.of(head + word + "s");
  }

  private static Optional<String> singularOfLastWord(String name) {
    int start = lastWordStart(name);
    String word = name.substring(start);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 4 || !lower.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    String head = name.substring(0, start);
    Optional<String> irregular = replaceEnding(word, lower, IRREGULAR_SINGULAR);
    if (irregular.isPresent()) {
      return irregular.map(w -> head + w);
    }
    String stem = null;
    if (lower.endsWith("ies") && lower.length() > 4) {
      stem = word.substring(0, word.length() - 3) + "y";
    } else if (lower.endsWith("oses") || lower.endsWith("yses") || lower.endsWith("iases")) {
      stem = word.substring(0, word.length() - 2) + "is";
    } else if (lower.endsWith("sses")
        || lower.endsWith("uses")
        || lower.endsWith("xes")
        || lower.endsWith("ches")
        || lower.endsWith("shes")) {
      stem = word.substring(0, word.length() - 2);
    } else if (lower.endsWith("s")
        && !lower.endsWith("ss")
        && !lower.endsWith("us")
        && !lower.endsWith("is")
        && !lower.endsWith("ics")) {
      stem = word.substring(0, word.length() - 1);
    }
    return Optional.ofNullable(stem).map(s -> head + s);
  }

  private static Optional<String> replaceEnding(
      String word, String lower, Map<String, String> table) {
    String whole = table.get(lower);
    if (whole != null) {
      return Optional.of(matchCase(word, whole));
    }
    for (int i = 1; i < lower.length() - 4; i++) {
      String ending = lower.substring(i);
      String replacement = table.get(ending);
      if (replacement != null) {
        return Optional.of(word.substring(0, i) + replacement);
      }
    }
    return Optional.empty();
  }

  private static String matchCase(String word, String replacement) {
    return Character.isUpperCase(word.charAt(0))
        ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
        : replacement;
  }

  private static int lastWordStart(String name) {
    int i = name.length();
    while (i > 0 && Character.isLetterOrDigit(name.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
