package org.litgraph.ingest.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises surface forms for dictionary lookup, so that "TNF-α", "TNF alpha" and "tnfalpha" meet
 * at one key: Unicode NFKC, Greek letters spelled out, everything but letters and digits dropped.
 * The folded key also lower-cases; the exact key keeps case, for short symbols that must match
 * case-sensitively ("MSC" but not "msc").
 */
public final class SurfaceKeys {
  private static final Map<Character, String> GREEK =
      Map.ofEntries(
          Map.entry('α', "alpha"),
          Map.entry('β', "beta"),
          Map.entry('γ', "gamma"),
          Map.entry('δ', "delta"),
          Map.entry('ε', "epsilon"),
          Map.entry('κ', "kappa"),
          Map.entry('λ', "lambda"),
          Map.entry('μ', "mu"),
          Map.entry('ω', "omega"),
          Map.entry('Α', "Alpha"),
          Map.entry('Β', "Beta"),
          Map.entry('Γ', "Gamma"),
          Map.entry('Δ', "Delta"),
          Map.entry('Κ', "Kappa"));

  private SurfaceKeys() {}

  /** Case-folded key: {@code "TNF-α" -> "tnfalpha"}. */
  public static String folded(String surface) {
    return exact(surface).toLowerCase(Locale.ROOT);
  }

  /** Case-preserving key: {@code "TNF-α" -> "TNFalpha"}. */
  public static String exact(String surface) {
    String s = Normalizer.normalize(surface, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String greek = GREEK.get(c);
      if (greek != null) {
        out.append(greek);
      } else if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True for tokens that may sit inside a multi-token name without ending it (hyphens, slashes, the
   * plus of a cell marker), as in "stem/stromal", "IL - 6" or "CD4 + T cells" (CoreNLP splits
   * "CD4+" into two tokens).
   */
  static boolean isJoiner(String token) {
    return token.equals("-") || token.equals("/") || token.equals("–") || token.equals("+");
  }
}
