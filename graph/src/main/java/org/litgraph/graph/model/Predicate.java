package org.litgraph.graph.model;

import java.util.Locale;

/**
 * What a claim says links its subject to its object. Names follow the Biolink model's predicates
 * where one fits; {@link #biolink()} gives the Biolink CURIE used in exports.
 */
public enum Predicate {
  TREATS("treats", "biolink:treats"),
  PREVENTS("prevents", "biolink:preventative_for_condition"),
  CAUSES("causes", "biolink:causes"),
  CONTRIBUTES_TO("contributes_to", "biolink:contributes_to"),
  INCREASES("increases", "biolink:increases_amount_or_activity_of"),
  DECREASES("decreases", "biolink:decreases_amount_or_activity_of"),
  REGULATES("regulates", "biolink:regulates"),
  PRODUCES("produces", "biolink:produces"),
  LOCATED_IN("located_in", "biolink:located_in"),
  DERIVED_FROM("derived_from", "biolink:derives_from"),
  INTERACTS_WITH("interacts_with", "biolink:interacts_with"),
  ASSOCIATED_WITH("associated_with", "biolink:associated_with"),
  /** A clinical trial studies a condition. */
  STUDIES("studies", "biolink:studies"),
  /** A clinical trial tests an intervention. */
  TESTS("tests", "biolink:has_intervention"),
  SPONSORED_BY("sponsored_by", "biolink:sponsored_by"),
  /** Mentioned in the same sentence, with no stated relation: the weakest link. */
  CO_MENTIONED("co_mentioned", "biolink:related_to");

  private final String label;
  private final String biolink;

  Predicate(String label, String biolink) {
    this.label = label;
    this.biolink = biolink;
  }

  /** The lower-case name used in the API and the graph, e.g. {@code treats}. */
  public String label() {
    return label;
  }

  /** The same as {@link #label()}: the name stored on claims and summary links. */
  public String biolinkName() {
    return label;
  }

  /** The Biolink predicate CURIE. */
  public String biolink() {
    return biolink;
  }

  /**
   * Parses a label ({@code treats}), an enum name ({@code LOCATED_IN}) or a Biolink name with or
   * without its prefix ({@code biolink:has_intervention}), ignoring case.
   */
  public static Predicate parse(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Predicate p : values()) {
      if (p.label.equals(key)
          || p.name().toLowerCase(Locale.ROOT).equals(key)
          || p.biolink.equals(key)
          || p.biolink.substring("biolink:".length()).equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown predicate '"
            + name
            + "'; expected one of "
            + java.util.Arrays.stream(values()).map(Predicate::label).toList());
  }
}
