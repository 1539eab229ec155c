package org.litgraph.graph.lucene;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits symbols into the parts users type separately, and marks the parts that must not be
 * stemmed. Runs before lower-casing, because capitals tell an acronym from a word.
 *
 * <ul>
 *   <li>Letters and digits part: {@code IL6} → {@code IL}, {@code 6}; {@code CD34} → {@code CD},
 *       {@code 34}. The parts take consecutive positions, so they match the phrase {@code "IL 6"}.
 *   <li>A short symbol ending in a Greek letter's name splits before it: {@code TNFalpha} → {@code
 *       TNF}, {@code alpha}; {@code NFkappaB} → {@code NF}, {@code kappa}, {@code B}.
 *   <li>A part with a digit, an all-capital part of two letters or more, and a Greek name are
 *       keywords (see {@link BioAnalyzer}).
 * </ul>
 */
final class SymbolSplitFilter extends TokenFilter {
  private static final Pattern GREEK_SUFFIX =
      Pattern.compile(
          "([A-Za-z]{0,5})(alpha|beta|gamma|delta|epsilon|kappa)([A-Za-z]?)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GREEK_NAME =
      Pattern.compile(
          "alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho"
              + "|sigma|tau|upsilon|phi|chi|psi|omega");

  /**
   * Greek letters (both cases) and the micro sign, and their names. Spelt out here rather than by a
   * char filter, so each name keeps the exact offsets of its letter for highlighting.
   */
  private static final Map<Character, String> GREEK = new HashMap<>();

  static {
    Map.ofEntries(
            Map.entry("αΑ", "alpha"),
            Map.entry("βΒ", "beta"),
            Map.entry("γΓ", "gamma"),
            Map.entry("δΔ", "delta"),
            Map.entry("εΕ", "epsilon"),
            Map.entry("ζΖ", "zeta"),
            Map.entry("ηΗ", "eta"),
            Map.entry("θΘ", "theta"),
            Map.entry("ιΙ", "iota"),
            Map.entry("κΚ", "kappa"),
            Map.entry("λΛ", "lambda"),
            Map.entry("μΜµ", "mu"),
            Map.entry("νΝ", "nu"),
            Map.entry("ξΞ", "xi"),
            Map.entry("οΟ", "omicron"),
            Map.entry("πΠ", "pi"),
            Map.entry("ρΡ", "rho"),
            Map.entry("σςΣ", "sigma"),
            Map.entry("τΤ", "tau"),
            Map.entry("υΥ", "upsilon"),
            Map.entry("φΦ", "phi"),
            Map.entry("χΧ", "chi"),
            Map.entry("ψΨ", "psi"),
            Map.entry("ωΩ", "omega"))
        .forEach((letters, name) -> letters.chars().forEach(c -> GREEK.put((char) c, name)));
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final ArrayDeque<Part> pending = new ArrayDeque<>();
  private int tokenStart;
  private int tokenEnd;
  private boolean exactOffsets;

  private record Part(String text, int from, int to, boolean keyword) {}

  SymbolSplitFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      emit(pending.poll());
      position.setPositionIncrement(1);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String text = term.toString();
    List<Part> parts = split(text);
    tokenStart = offset.startOffset();
    tokenEnd = offset.endOffset();
    exactOffsets = tokenEnd - tokenStart == text.length();
    pending.addAll(parts.subList(1, parts.size()));
    emit(parts.get(0));
    return true;
  }

  private void emit(Part p) {
    term.setEmpty().append(p.text());
    if (exactOffsets) {
      offset.setOffset(tokenStart + p.from(), tokenStart + p.to());
    } else {
      offset.setOffset(tokenStart, tokenEnd);
    }
    keyword.setKeyword(p.keyword());
  }

  /** The parts of one token; a token that needs no split is one part. */
  static List<Part> split(String token) {
    List<Part> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= token.length(); i++) {
      if (i == token.length() || boundary(token.charAt(i - 1), token.charAt(i))) {
        String greek = GREEK.get(token.charAt(start));
        if (greek != null) {
          runs.add(new Part(greek, start, i, true));
        } else {
          addRun(token, start, i, runs);
        }
        start = i;
      }
    }
    boolean acronym = isAcronym(token);
    List<Part> out = new ArrayList<>(runs.size());
    for (Part r : runs) {
      boolean kw = acronym || isKeyword(r.text());
      out.add(new Part(r.text(), r.from(), r.to(), kw));
    }
    return out;
  }

  private static void addRun(String token, int from, int to, List<Part> runs) {
    String run = token.substring(from, to);
    Matcher m = GREEK_SUFFIX.matcher(run);
    if (Character.isLetter(run.charAt(0)) && m.matches() && splitsBeforeGreek(m)) {
      for (int g = 1; g <= 3; g++) {
        if (m.start(g) < m.end(g)) {
          runs.add(new Part(m.group(g), from + m.start(g), from + m.end(g), false));
        }
      }
    } else {
      runs.add(new Part(run, from, to, false));
    }
  }

  /**
   * A symbol before the Greek name ({@code TNFalpha}, two letters at least), or a capital after it
   * ({@code kappaB}); not a plural ({@code betas}) or a word ({@code alphabet}).
   */
  private static boolean splitsBeforeGreek(Matcher m) {
    String before = m.group(1);
    String after = m.group(3);
    return before.length() >= 2 || (!after.isEmpty() && Character.isUpperCase(after.charAt(0)));
  }

  /** Letters meet digits, or a Greek letter meets anything (each Greek letter is a part). */
  private static boolean boundary(char a, char b) {
    return (Character.isLetter(a) && Character.isDigit(b))
        || (Character.isDigit(a) && Character.isLetter(b))
        || GREEK.containsKey(a)
        || GREEK.containsKey(b);
  }

  private static boolean isKeyword(String part) {
    return part.chars().anyMatch(Character::isDigit)
        || isAcronym(part)
        || GREEK_NAME.matcher(part.toLowerCase(Locale.ROOT)).matches();
  }

  /** Two or more letters, all capitals (digits allowed): {@code SIRS}, {@code IL6}. */
  private static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
