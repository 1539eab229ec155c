package org.litgraph.ingest.factcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Species, study type, hedging and quantities read from a plain sentence with word lists, for
 * evidence found by full-text search (stored claims carry the claim extractor's richer context).
 */
final class TextCues {
  private static final Pattern RATS = Pattern.compile("(?i)\\brats?\\b");
  private static final Pattern MICE = Pattern.compile("(?i)\\b(?:mice|mouse|murine)\\b");
  private static final Pattern ANIMALS =
      Pattern.compile("(?i)\\b(?:animals?|rodents?|pigs|sheep|dogs|rabbits|primates|zebrafish)\\b");
  private static final Pattern HUMANS =
      Pattern.compile(
          "(?i)\\b(?:patients?|humans?|participants|adults|children|people|volunteers)\\b");
  private static final Pattern IN_VITRO =
      Pattern.compile("(?i)\\b(?:in vitro|cultured|cell culture|co-culture|cell lines?)\\b");
  private static final Pattern TRIAL =
      Pattern.compile("(?i)\\b(?:randomi[sz]ed|placebo|phase [1-4i]|clinical trial|trial)\\b");
  private static final Pattern OBSERVATIONAL =
      Pattern.compile("(?i)\\b(?:cohort|observational|case-control|cross-sectional|registry)\\b");
  private static final Pattern REVIEW =
      Pattern.compile("(?i)\\b(?:meta-analysis|systematic review|review)\\b");
  static final Pattern HEDGE =
      Pattern.compile(
          "(?i)\\b(?:may|might|could|suggests?|suggested|potential(?:ly)?|possibl[ey]|hopes?|aims?"
              + "|whether|likely|appears?|promising|preliminary|early)\\b");

  private TextCues() {}

  static List<String> species(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (RATS.matcher(text).find()) {
      out.add("rats");
    }
    if (MICE.matcher(text).find()) {
      out.add("mice");
    }
    if (out.isEmpty() && ANIMALS.matcher(text).find()) {
      out.add("animals");
    }
    if (HUMANS.matcher(text).find()) {
      out.add("humans");
    }
    if (IN_VITRO.matcher(text).find()) {
      out.add("in vitro");
    }
    return List.copyOf(out);
  }

  static String studyType(String text, List<String> species) {
    if (TRIAL.matcher(text).find()) {
      return "clinical trial";
    }
    if (REVIEW.matcher(text).find()) {
      return "review";
    }
    if (species.contains("in vitro")) {
      return "in vitro";
    }
    if (species.stream().anyMatch(s -> !s.equals("humans") && !s.equals("in vitro"))) {
      return "animal study";
    }
    if (OBSERVATIONAL.matcher(text).find()) {
      return "observational";
    }
    return "unknown";
  }

  static boolean hedged(String text) {
    return HEDGE.matcher(text).find();
  }

  static List<String> quantities(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CheckworthyDetector.STATISTIC.matcher(text);
    while (m.find()) {
      out.add(m.group().strip());
    }
    return out;
  }
}
