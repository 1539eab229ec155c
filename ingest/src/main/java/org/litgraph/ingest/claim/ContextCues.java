package org.litgraph.ingest.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.Dependency;
import org.litgraph.ingest.nlp.Token;

/**
 * Reads a claim's context from its sentence: negation, hedging, species or model, study type and
 * quantities. Cue lists follow the hedge and negation cues annotated in BioScope-style corpora,
 * kept short and explicit so every flag can be explained by the words that raised it.
 */
final class ContextCues {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> NEGATING_HEADS =
      Set.of("fail", "unable", "lack", "absence", "inability", "stop", "cease");
  private static final Set<String> HEDGES =
      Set.of(
          "may",
          "might",
          "could",
          "can",
          "would",
          "suggest",
          "propose",
          "hypothesize",
          "hypothesise",
          "speculate",
          "appear",
          "seem",
          "aim",
          "hope",
          "attempt",
          "expect",
          "plan",
          "intend",
          "potential",
          "potentially",
          "possible",
          "possibly",
          "perhaps",
          "probably",
          "likely",
          "presumably",
          "putative",
          "whether",
          "promising",
          "believe");
  private static final Map<String, String> SPECIES_NAMES =
      Map.ofEntries(
          Map.entry("humans", "humans"),
          Map.entry("human", "humans"),
          Map.entry("rats", "rats"),
          Map.entry("rat", "rats"),
          Map.entry("mice", "mice"),
          Map.entry("mouse", "mice"),
          Map.entry("rabbits", "rabbits"),
          Map.entry("dogs", "dogs"),
          Map.entry("swine", "pigs"),
          Map.entry("pigs", "pigs"),
          Map.entry("sheep", "sheep"),
          Map.entry("primates", "primates"),
          Map.entry("macaca", "primates"),
          Map.entry("zebrafish", "zebrafish"),
          Map.entry("cattle", "cattle"),
          Map.entry("guinea pigs", "guinea pigs"),
          Map.entry("cricetinae", "hamsters"));
  private static final Set<String> HUMAN_WORDS =
      Set.of(
          "patient",
          "volunteer",
          "participant",
          "subject",
          "woman",
          "man",
          "child",
          "adult",
          "infant",
          "donor");
  private static final Pattern IN_VITRO =
      Pattern.compile(
          "\\bin vitro\\b|\\bcultured\\b|\\bcell lines?\\b|\\bco-?cultures?\\b|\\bcell cultures?\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ANIMAL =
      Pattern.compile(
          "\\banimals?\\b|\\bin vivo\\b|\\bmurine\\b|\\brodents?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRIAL =
      Pattern.compile(
          "\\btrials?\\b|\\brandomi[sz]ed\\b|\\bplacebo\\b|\\bphase (?:[1-4]|i{1,3}v?|iv)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OBSERVATIONAL =
      Pattern.compile(
          "\\bcohort\\b|\\bcase-control\\b|\\bretrospective\\b|\\bobservational\\b"
              + "|\\bcross-sectional\\b|\\bregistry\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REVIEW =
      Pattern.compile(
          "\\bmeta-analys[ie]s\\b|\\bsystematic review\\b|\\breview\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOT_A_YEAR_UNIT = Set.of("%", "percent", "per");

  private ContextCues() {}

  static ClaimContext read(
      SentenceGraph g,
      String sentenceText,
      int trigger,
      List<RecognizedMention> sentenceMentions,
      DocumentKind kind,
      Optional<RecognizedMention> trialInSentence,
      Optional<String> trialPhase) {
    List<String> negation = negation(g, trigger);
    List<String> hedges = hedges(g, trigger, sentenceText);
    List<String> species = species(g, sentenceText, sentenceMentions);
    String study = studyType(sentenceText, species, kind, trialInSentence, trialPhase);
    return new ClaimContext(
        !negation.isEmpty(), negation, !hedges.isEmpty(), hedges, species, study, quantities(g));
  }

  /** Negators on the trigger or on the verbs it completes ("did not reduce", "failed to"). */
  static List<String> negation(SentenceGraph g, int trigger) {
    Set<String> cues = new LinkedHashSet<>();
    List<Integer> scope = new ArrayList<>();
    scope.add(trigger);
    int current = trigger;
    for (int step = 0; step < 3; step++) {
      Dependency d = g.head(current);
      if (d == null || d.governor() < 0 || !(d.base().equals("xcomp") || d.base().equals("conj"))) {
        break;
      }
      current = d.governor();
      scope.add(current);
    }
    for (int node : scope) {
      if (node != trigger && NEGATING_HEADS.contains(g.lemma(node))) {
        cues.add(g.token(node).text());
      }
      for (Dependency c : g.children(node)) {
        String lemma = g.lemma(c.dependent());
        boolean modifier =
            c.base().equals("advmod") || c.base().equals("neg") || c.base().equals("det");
        if (modifier && NEGATORS.contains(lemma)) {
          cues.add(g.token(c.dependent()).text());
        }
        // "no longer reduced": the negator hangs on "longer"
        if (c.base().equals("advmod") && (lemma.equals("longer") || lemma.equals("more"))) {
          for (Dependency cc : g.children(c.dependent())) {
            if (g.lemma(cc.dependent()).equals("no")) {
              cues.add("no " + g.token(c.dependent()).text());
            }
          }
        }
        // "improving, rather than impairing, clearance"
        if (lemma.equals("rather") && node == trigger) {
          cues.add("rather than");
        }
      }
    }
    // "had no effect on", "without reducing": a negator on the trigger's object or as its mark
    for (Dependency c : g.children(trigger)) {
      if (c.base().equals("mark") && g.lemma(c.dependent()).equals("without")) {
        cues.add(g.token(c.dependent()).text());
      }
    }
    return List.copyOf(cues);
  }

  /** Hedge cues on the trigger, its heads and their auxiliaries and modifiers; a question. */
  static List<String> hedges(SentenceGraph g, int trigger, String sentenceText) {
    Set<String> cues = new LinkedHashSet<>();
    List<Integer> scope = new ArrayList<>();
    scope.add(trigger);
    scope.addAll(g.ancestors(trigger));
    for (int node : scope) {
      if (node != trigger && HEDGES.contains(g.lemma(node))) {
        cues.add(g.token(node).text());
      }
      for (Dependency c : g.children(node)) {
        String rel = c.base();
        if ((rel.equals("aux")
                || rel.equals("advmod")
                || rel.equals("amod")
                || rel.equals("obj")
                || rel.equals("nsubj")
                || rel.equals("mark"))
            && HEDGES.contains(g.lemma(c.dependent()))) {
          cues.add(g.token(c.dependent()).text());
        }
      }
    }
    if (sentenceText.strip().endsWith("?")) {
      cues.add("?");
    }
    return List.copyOf(cues);
  }

  static List<String> species(
      SentenceGraph g, String sentenceText, List<RecognizedMention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    for (RecognizedMention m : mentions) {
      if (m.entity().category() == EntityCategory.ORGANISM_TAXON) {
        String name = m.entity().name().toLowerCase(Locale.ROOT);
        String species = SPECIES_NAMES.get(name);
        if (species != null) {
          out.add(species);
        }
      }
    }
    for (Token t : g.sentence().tokens()) {
      if (t.pos().startsWith("NN") && HUMAN_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        out.add("humans");
      }
    }
    if (IN_VITRO.matcher(sentenceText).find()) {
      out.add("in vitro");
    }
    if (out.isEmpty() && ANIMAL.matcher(sentenceText).find()) {
      out.add("animals");
    }
    return List.copyOf(out);
  }

  static String studyType(
      String sentenceText,
      List<String> species,
      DocumentKind kind,
      Optional<RecognizedMention> trial,
      Optional<String> phase) {
    if (trial.isPresent() || TRIAL.matcher(sentenceText).find()) {
      return phase.map(p -> "clinical trial (phase " + p + ")").orElse("clinical trial");
    }
    if (species.contains("in vitro")) {
      return "in vitro";
    }
    boolean nonHuman = species.stream().anyMatch(s -> !s.equals("humans") && !s.equals("in vitro"));
    if (nonHuman || ANIMAL.matcher(sentenceText).find()) {
      return "animal study";
    }
    if (OBSERVATIONAL.matcher(sentenceText).find()) {
      return "observational";
    }
    if (REVIEW.matcher(sentenceText).find()) {
      return "review";
    }
    return switch (kind) {
      case NEWS -> "news report";
      case TRIAL -> "clinical trial";
      case EXPLAINER -> "explainer";
      default -> "unknown";
    };
  }

  /** Numbers with what they count ("180 patients", "30 million cases") and percentages. */
  static List<String> quantities(SentenceGraph g) {
    List<String> out = new ArrayList<>();
    List<Token> tokens = g.sentence().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).pos().equals("CD")) {
        continue;
      }
      int end = i;
      while (end + 1 < tokens.size() && tokens.get(end + 1).pos().equals("CD")) {
        end++;
      }
      StringBuilder number = new StringBuilder();
      for (int k = i; k <= end; k++) {
        number.append(k == i ? "" : " ").append(tokens.get(k).text());
      }
      String unit = null;
      if (end + 1 < tokens.size()) {
        Token next = tokens.get(end + 1);
        String word = next.text().toLowerCase(Locale.ROOT);
        if (word.equals("%") || word.equals("percent")) {
          unit = "%";
        } else if (next.pos().startsWith("NN") && !NOT_A_YEAR_UNIT.contains(word)) {
          unit = next.text();
        }
      }
      if (unit == null) {
        // a number whose noun precedes it through a nummod edge is rare; a lone year is not a
        // quantity
        i = end;
        continue;
      }
      out.add(unit.equals("%") ? number + "%" : number + " " + unit);
      i = end;
    }
    return out;
  }
}
