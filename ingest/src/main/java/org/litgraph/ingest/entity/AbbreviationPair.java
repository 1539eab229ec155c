package org.litgraph.ingest.entity;

import java.util.Set;

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

  private static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "for", "to", "with", "by", "on", "from", "at", "against");

  private static final java.util.regex.Pattern GENERIC_HEADS =
      java.util.regex.Pattern.compile("(?i)(disease|syndrome|disorder|condition)s?");

  /**
   * Whether a mention from {@code mentionStart} to {@code mentionEnd} (ending at or after the long
   * form's end) names what the long form names. It does not when one of them reaches the long form
   * only through a preposition — the long form is then a complement of the mention's head, or the
   * mention a complement inside the long form: "deficiency of aspartoacylase (ASPA)" names a
   * disease, ASPA an enzyme; in "DCC (deleted in colorectal cancer)" the cancer is not the DCC. Nor
   * does a mention that runs past the long form and its parenthesis: the long form then modifies
   * its head, as "glucose-6-phosphate dehydrogenase (G6PD)" does in "... (G6PD) deficiency", unless
   * that head is generic: "von Hippel-Lindau (VHL) disease" is VHL.
   */
  public boolean namedBy(String text, int mentionStart, int mentionEnd) {
    int inner = Math.max(longEnd, shortEnd);
    if (mentionEnd > inner && mentionStart <= Math.min(longStart, shortStart)) {
      String head = text.substring(inner, mentionEnd).replaceAll("^[)\\]\\s]+", "");
      return GENERIC_HEADS.matcher(head).matches();
    }
    int from = Math.min(mentionStart, longStart);
    int to = Math.max(mentionStart, longStart);
    for (String word : text.substring(from, to).split("[^\\p{L}]+")) {
      if (PREPOSITIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
