package org.litgraph.graph.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The relation a {@link Claim} states between two entities, named after the Biolink model's
 * predicates ({@code biolink:treats}, {@code biolink:located_in}, ...) so exports map one to one.
 *
 * <p>The set is what LitGraph extracts today and what the sentence-level claim extractor of the
 * claims issue will produce. Each predicate reads from subject to object: a drug {@link #TREATS} a
 * disease; a trial {@link #STUDIES} a condition, {@link #TESTS} an intervention, is {@link
 * #SPONSORED_BY} an organisation and {@link #LOCATED_IN} a place.
 */
public enum Predicate {
  TREATS("treats"),
  PREVENTS("prevents"),
  CAUSES("causes"),
  CONTRIBUTES_TO("contributes_to"),
  INCREASES("increases"),
  DECREASES("decreases"),
  REGULATES("regulates"),
  PRODUCES("produces"),
  LOCATED_IN("located_in"),
  DERIVED_FROM("derived_from"),
  INTERACTS_WITH("interacts_with"),
  ASSOCIATED_WITH("associated_with"),
  /** A clinical trial studies a condition (Biolink's inverse is {@code studied_in}). */
  STUDIES("studies"),
  /** A clinical trial tests an intervention (Biolink {@code has_intervention}). */
  TESTS("has_intervention"),
  SPONSORED_BY("sponsored_by"),
  CO_MENTIONED("co_mentioned");

  private final String biolinkName;

  Predicate(String biolinkName) {
    this.biolinkName = biolinkName;
  }

  /** The Biolink predicate name without prefix, e.g. {@code located_in}. */
  public String biolinkName() {
    return biolinkName;
  }

  /** Parses a Biolink name ({@code has_intervention}) or a constant name ({@code TESTS}). */
  public static Predicate parse(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Predicate p : values()) {
      if (p.biolinkName.equals(wanted) || p.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown predicate '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(Predicate::biolinkName).toList());
  }
}
