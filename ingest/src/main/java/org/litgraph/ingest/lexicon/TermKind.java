package org.litgraph.ingest.lexicon;

/**
 * How a vocabulary offers a surface form. The kind ranks competing forms (a concept's preferred
 * name beats another concept's synonym for the same text) and decides how a form may be varied:
 * names get plural and spelling variants, symbols and abbreviations are kept as written and match
 * with their exact case.
 */
public enum TermKind {
  /** The concept's preferred name in its vocabulary. */
  PREFERRED(false),
  /** An exact synonym or entry term. */
  SYNONYM(false),
  /** An official gene symbol. */
  SYMBOL(true),
  /** An abbreviation, acronym or lab code given by the vocabulary. */
  ABBREVIATION(true),
  /** A gene alias: another symbol once used for the gene. */
  ALIAS(true);

  private final boolean exactCase;

  TermKind(boolean exactCase) {
    this.exactCase = exactCase;
  }

  /** True for symbol-like forms that must match with their exact case and get no variants. */
  public boolean exactCase() {
    return exactCase;
  }
}
