package org.litgraph.ingest.entity;

/**
 * A short form and the long form it abbreviates, both as character ranges of one text: "mesenchymal
 * stem cells (MSCs)" or "MSCs (mesenchymal stem cells)".
 */
public record AbbreviationPair(int shortStart, int shortEnd, int longStart, int longEnd) {
  public AbbreviationPair {
    if (shortStart < 0 || shortEnd <= shortStart || longStart < 0 || longEnd <= longStart) {
      throw new IllegalArgumentException(
          "empty or negative range: short "
              + shortStart
              + ".."
              + shortEnd
              + ", long "
              + longStart
              + ".."
              + longEnd);
    }
  }

  /** The short form's text. */
  public String shortForm(String text) {
    return text.substring(shortStart, shortEnd);
  }

  /** The long form's text. */
  public String longForm(String text) {
    return text.substring(longStart, longEnd);
  }
}
