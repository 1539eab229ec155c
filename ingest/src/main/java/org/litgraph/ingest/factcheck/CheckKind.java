package org.litgraph.ingest.factcheck;

/** Why a sentence of a piece is worth checking. */
public enum CheckKind {
  /** A causal or therapeutic claim read by the claim extractor ("MSCs treat sepsis"). */
  CAUSAL,
  /** A number about the world ("30 million cases of sepsis every year"). */
  STATISTIC,
  /** A statement credited to someone ("according to the World Health Organization"). */
  ATTRIBUTION,
  /** A fact about a trial: status, enrolment, phase, sites ("recruiting 180 patients"). */
  TRIAL,
  /** A cited source: a numbered reference, a link or a journal name. */
  CITATION
}
