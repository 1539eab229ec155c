package org.litgraph.ingest.factcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a claim's sentence into a full-text query: its content words OR'ed, so that sentences
 * sharing most of them rank first (BM25). Only plain lower-case words go in, so no text of the
 * piece can be read as query syntax.
 */
public final class EvidenceQuery {
  /** The most words a query keeps (the longest words, which are the most specific). */
  public static final int MAX_TERMS = 24;

  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]+|[0-9]+");
  private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");

  private EvidenceQuery() {}

  /** The query for a text, or empty when it has no content word. */
  public static String of(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.length() > 2 && !TextFeatures.STOP.contains(w) && !OPERATORS.contains(w)) {
        words.add(w);
      }
    }
    List<String> kept = new ArrayList<>(words);
    if (kept.size() > MAX_TERMS) {
      kept.sort((a, b) -> b.length() - a.length());
      kept = kept.subList(0, MAX_TERMS);
    }
    return String.join(" OR ", kept);
  }
}
