package org.litgraph.ingest.factcheck;

/** What a piece of evidence says about a claim. */
public enum Stance {
  SUPPORTS,
  REFUTES,
  NEUTRAL
}
