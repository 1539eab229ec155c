package org.litgraph.ingest.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The key under which the CRF's gazetteer stores and looks up a name: NFKC, Greek letters spelled
 * out, lower case, only letters and digits ({@code "TNF-α"} and {@code "tnf alpha"} both give
 * {@code "tnfalpha"}).
 *
 * <p>It mirrors {@code entity.SurfaceKeys.folded} on purpose rather than calling it: the keys of a
 * shipped model's gazetteer were computed with this function, so it belongs to the model format and
 * must not change under it when the lexicon's folding evolves (and the nlp package does not depend
 * on the entity package, which depends on it).
 */
final class GazetteerKeys {
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
          Map.entry('ω', "omega"));

  private GazetteerKeys() {}

  static String key(String surface) {
    String s = Normalizer.normalize(surface, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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

  /** Tokens that may sit inside a name without ending it: hyphens, slashes, a plus. */
  static boolean isJoiner(String token) {
    return token.equals("-") || token.equals("/") || token.equals("–") || token.equals("+");
  }
}
