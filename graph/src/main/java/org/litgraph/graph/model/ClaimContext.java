package org.litgraph.graph.model;

import java.util.List;
import java.util.Objects;

/**
 * What a claim's sentence says about how sure and how general the claim is.
 *
 * @param negated the sentence denies the relation ("did not reduce", "no effect on")
 * @param negationCues the words that negate it
 * @param hedged the relation is stated as possible, hoped for, aimed at or asked about
 * @param hedgeCues the words that hedge it ("may", "aims", "?")
 * @param species the organisms or models the claim is about: {@code humans}, {@code rats}, {@code
 *     mice}, {@code animals}, {@code in vitro}; empty when the sentence does not say
 * @param studyType animal study, clinical trial, in vitro, observational, review, news report or
 *     unknown
 * @param quantities numbers with what they count: "180 patients", "30 million cases", "45%"
 */
public record ClaimContext(
    boolean negated,
    List<String> negationCues,
    boolean hedged,
    List<String> hedgeCues,
    List<String> species,
    String studyType,
    List<String> quantities) {
  /** Nothing known: not negated, not hedged, no species, unknown study type. */
  public static final ClaimContext NONE =
      new ClaimContext(false, List.of(), false, List.of(), List.of(), "unknown", List.of());

  public ClaimContext {
    negationCues = List.copyOf(negationCues);
    hedgeCues = List.copyOf(hedgeCues);
    species = List.copyOf(species);
    Objects.requireNonNull(studyType, "studyType");
    quantities = List.copyOf(quantities);
  }
}
