package org.litgraph.ingest.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.litgraph.graph.model.EntityCategory;

/**
 * Converts between typed character spans and one BIO label per token ({@code B-Disease}, {@code
 * I-Disease}, {@code O}; categories by their Biolink names).
 */
final class BioLabels {
  static final String OUTSIDE = "O";

  private BioLabels() {}

  /** A span to label: character offsets into the document and its category. */
  record Gold(int start, int end, EntityCategory category) {}

  /** Labels and what did not fit the tokens. */
  record Encoded(List<String> labels, int misaligned, int overlapping) {}

  /**
   * Labels the tokens of a sentence. A token is inside a span when it overlaps it, so a mention
   * that ends inside a token ("lithium" in "non-lithium-treated") labels that whole token; such
   * mentions are counted as misaligned. A span overlapping an earlier one is skipped and counted.
   */
  static Encoded encode(NlpSentence sentence, List<Gold> spans) {
    List<Token> tokens = sentence.tokens();
    String[] labels = new String[tokens.size()];
    Arrays.fill(labels, OUTSIDE);
    int misaligned = 0;
    int overlapping = 0;
    for (Gold g : spans) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() < g.end() && g.start() < t.end()) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first < 0) {
        continue;
      }
      boolean free = true;
      for (int i = first; i <= last; i++) {
        free &= labels[i].equals(OUTSIDE);
      }
      if (!free) {
        overlapping++;
        continue;
      }
      if (tokens.get(first).start() != g.start() || tokens.get(last).end() != g.end()) {
        misaligned++;
      }
      String name = g.category().biolinkName();
      labels[first] = "B-" + name;
      for (int i = first + 1; i <= last; i++) {
        labels[i] = "I-" + name;
      }
    }
    return new Encoded(List.of(labels), misaligned, overlapping);
  }

  /**
   * Reads spans back from labels. An {@code I-} label that does not continue a span of its category
   * starts one, so IO-labelled output decodes too.
   */
  static List<CrfSpan> decode(String text, NlpSentence sentence, List<String> labels) {
    List<Token> tokens = sentence.tokens();
    if (labels.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "expected " + tokens.size() + " labels, got " + labels.size());
    }
    List<CrfSpan> spans = new ArrayList<>();
    int start = -1;
    String open = null;
    for (int i = 0; i <= tokens.size(); i++) {
      String label = i < tokens.size() ? labels.get(i) : OUTSIDE;
      String category = label.equals(OUTSIDE) ? null : categoryOf(label);
      boolean continues = open != null && label.startsWith("I-") && category.equals(open);
      if (open != null && !continues) {
        spans.add(span(text, sentence, start, i - 1, open));
        open = null;
      }
      if (category != null && !continues) {
        open = category;
        start = i;
      }
    }
    return spans;
  }

  private static String categoryOf(String label) {
    if (label.length() < 3 || label.charAt(1) != '-' || "BI".indexOf(label.charAt(0)) < 0) {
      throw new IllegalArgumentException("not a BIO label: '" + label + "'");
    }
    return label.substring(2);
  }

  private static CrfSpan span(String text, NlpSentence s, int first, int last, String category) {
    int start = s.tokens().get(first).start();
    int end = s.tokens().get(last).end();
    return new CrfSpan(
        s.index(), start, end, text.substring(start, end), EntityCategory.parse(category));
  }
}
