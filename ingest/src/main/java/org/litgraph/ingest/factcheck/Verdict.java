package org.litgraph.ingest.factcheck;

/** The verdict on one claim, from the stances of its evidence. */
public enum Verdict {
  SUPPORTED,
  CONTRADICTED,
  MIXED,
  NOT_ENOUGH_EVIDENCE;

  /** The lower-case label used in reports: {@code not_enough_evidence}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
