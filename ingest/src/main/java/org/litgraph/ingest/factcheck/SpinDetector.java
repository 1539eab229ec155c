package org.litgraph.ingest.factcheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.graph.model.Predicate;

/**
 * Compares a claim with the evidence used for it (supporting items, and associations for causal
 * claims) and raises a flag where the piece says more than the evidence: an animal result told as a
 * human one, a preclinical one as clinical, a hedge dropped, an association told as a cause, other
 * numbers, or a recruiting trial told as a result. Each flag names the evidence that triggered it
 * (at most three of each type per claim).
 */
public final class SpinDetector {
  private static final Set<String> HUMAN = Set.of("humans");
  private static final Set<Predicate> THERAPEUTIC =
      EnumSet.of(Predicate.TREATS, Predicate.PREVENTS);
  private static final Pattern CLINICAL =
      Pattern.compile("(?i)\\b(?:patients?|clinical|trials?|therapy|treatment|human)\\b");
  private static final Pattern ASSOCIATION =
      Pattern.compile(
          "(?i)\\b(?:associated|association|correlat\\w*|linked|predictors?|risk factor)\\b");
  private static final Pattern RESULT =
      Pattern.compile(
          "(?i)\\b(?:showed|shown|proved|proven|demonstrated|found|results?|effective|cures?|cured"
              + "|successful(?:ly)?|works|approved|improved)\\b");
  private static final Pattern NOT_YET =
      Pattern.compile(
          "(?i)\\b(?:recruiting|not yet recruiting|will (?:enrol|recruit|test)|planned enrol\\w*"
              + "|is expected to|registration|aims to|hopes to)\\b");
  private static final Pattern QUANTITY =
      Pattern.compile("(?i)(\\d[\\d,.]*)\\s*(million|billion|thousand)?\\s*(%|percent|[a-z]+)");

  /** The most flags of one type per claim, each naming another piece of evidence. */
  static final int MAX_PER_TYPE = 3;

  public List<SpinFlag> flags(CheckworthyClaim claim, List<Evidence> evidence) {
    List<SpinFlag> out = new ArrayList<>();
    java.util.Map<SpinFlag.Type, Integer> raised = new java.util.EnumMap<>(SpinFlag.Type.class);
    boolean causal = claim.predicate().filter(PredicateFamily.CAUSAL::contains).isPresent();
    for (Evidence e : evidence) {
      boolean used =
          e.stance() == Stance.SUPPORTS
              || (causal && e.origin().equals("graph") && e.stance() == Stance.NEUTRAL);
      if (!used) {
        continue;
      }
      check(claim, e, causal)
          .forEach(
              f -> {
                if (raised.merge(f.type(), 1, Integer::sum) <= MAX_PER_TYPE) {
                  out.add(f);
                }
              });
    }
    return out;
  }

  private List<SpinFlag> check(CheckworthyClaim claim, Evidence e, boolean causal) {
    List<SpinFlag> out = new ArrayList<>();
    List<String> claimSpecies = claim.context().species();
    boolean claimAnimal =
        claimSpecies.stream().anyMatch(s -> !HUMAN.contains(s) && !s.equals("in vitro"));
    boolean therapeutic = claim.predicate().filter(THERAPEUTIC::contains).isPresent();
    List<String> animal =
        e.species().stream().filter(s -> !HUMAN.contains(s) && !s.equals("in vitro")).toList();
    boolean evidenceHuman = e.species().stream().anyMatch(HUMAN::contains);
    if (!claimAnimal
        && !animal.isEmpty()
        && !evidenceHuman
        && (claimSpecies.contains("humans") || therapeutic)) {
      out.add(
          flag(
              SpinFlag.Type.SPECIES_SHIFT,
              e,
              "the claim is about "
                  + (claimSpecies.contains("humans") ? "humans" : "a therapy")
                  + " but this evidence is in "
                  + String.join(", ", animal)));
    }
    String studyType = e.studyType().toLowerCase(Locale.ROOT);
    boolean preclinical =
        studyType.equals("in vitro")
            || studyType.equals("animal study")
            || e.species().contains("in vitro");
    boolean claimClinical =
        claim.context().studyType().startsWith("clinical trial")
            || (!claimAnimal && CLINICAL.matcher(claim.sentence()).find());
    if (preclinical && claimClinical && !claim.context().studyType().equals(studyType)) {
      out.add(
          flag(
              SpinFlag.Type.STAGE_SHIFT,
              e,
              "the claim reads as clinical but this evidence is "
                  + studyType
                  + (e.species().contains("in vitro") ? " (in vitro)" : "")));
    }
    if (e.stance() == Stance.SUPPORTS
        && e.hedged()
        && !claim.context().hedged()
        && !TextCues.hedged(claim.sentence())) {
      out.add(
          flag(
              SpinFlag.Type.HEDGE_REMOVED,
              e,
              "the evidence is hedged; the claim states it as fact"));
    }
    boolean association =
        e.relation().filter(r -> r.contains(" associated_with ")).isPresent()
            || (e.origin().equals("text") && ASSOCIATION.matcher(e.sentence()).find());
    if (causal && association && !claim.context().hedged()) {
      out.add(
          flag(
              SpinFlag.Type.CORRELATION_TO_CAUSATION,
              e,
              "the evidence reports an association; the claim states "
                  + claim.predicate().get().label()));
    }
    if (e.stance() != Stance.NEUTRAL) {
      numberMismatch(claim, e).ifPresent(out::add);
    }
    if (RESULT.matcher(claim.sentence()).find()
        && !NOT_YET.matcher(claim.sentence()).find()
        && NOT_YET.matcher(e.sentence()).find()
        && (e.documentKind().name().equals("TRIAL")
            || e.sentence().toLowerCase(Locale.ROOT).contains("trial"))) {
      out.add(
          flag(
              SpinFlag.Type.TRIAL_STATUS_OVERSTATED,
              e,
              "the claim reports results but the trial in this evidence is still planned or recruiting"));
    }
    return out;
  }

  private static java.util.Optional<SpinFlag> numberMismatch(CheckworthyClaim claim, Evidence e) {
    for (String q : claim.context().quantities()) {
      Matcher cm = QUANTITY.matcher(q);
      if (!cm.find()) {
        continue;
      }
      for (String eq : e.quantities()) {
        Matcher em = QUANTITY.matcher(eq);
        if (em.find()
            && em.group(3).equalsIgnoreCase(cm.group(3))
            && !Double.isNaN(value(em))
            && !Double.isNaN(value(cm))
            && value(em) != value(cm)) {
          return java.util.Optional.of(
              flag(
                  SpinFlag.Type.NUMBER_MISMATCH,
                  e,
                  "the claim says " + q + ", the evidence " + eq));
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static double value(Matcher m) {
    double v;
    try {
      v = Double.parseDouble(m.group(1).replace(",", ""));
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
    String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    return switch (scale) {
      case "million" -> v * 1e6;
      case "billion" -> v * 1e9;
      case "thousand" -> v * 1e3;
      default -> v;
    };
  }

  private static SpinFlag flag(SpinFlag.Type type, Evidence e, String what) {
    return new SpinFlag(type, e.id(), what + " (" + e.id() + ": " + e.documentTitle() + ")");
  }
}
