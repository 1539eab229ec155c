package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Makes the CRF's sentence-by-sentence decisions agree across a document, as annotators do
 * (definitions found by {@link AbbreviationDetector}):
 *
 * <ul>
 *   <li>an abbreviation defined as "long form (SHORT)" takes its long form's category: every
 *       occurrence of SHORT (and its plural) becomes a span when the long form is one, and loses
 *       its span when the long form is not (the CRF often tags an unknown all-caps token);
 *   <li>a name tagged somewhere in the document is tagged at its other occurrences too, where they
 *       overlap no span.
 * </ul>
 */
final class DocumentConsistency {
  private static final AbbreviationDetector DETECTOR = new AbbreviationDetector();

  private DocumentConsistency() {}

  /**
   * The consistent spans, and for each short form defined in the document (and its plural) the span
   * of its long form, whose entity the short form's occurrences take.
   */
  record Result(List<CrfSpan> spans, Map<String, CrfSpan> longForms) {
    Result {
      spans = List.copyOf(spans);
      longForms = Map.copyOf(longForms);
    }
  }

  static List<CrfSpan> apply(AnnotatedText text, List<CrfSpan> spans) {
    return resolve(text, spans).spans();
  }

  static Result resolve(AnnotatedText text, List<CrfSpan> spans) {
    List<CrfSpan> out = new ArrayList<>(spans);
    Map<String, EntityCategory> abbreviations = new HashMap<>();
    Map<String, CrfSpan> longForms = new HashMap<>();
    Map<String, Boolean> notNames = new HashMap<>();
    for (NlpSentence s : text.sentences()) {
      for (AbbreviationPair d : DETECTOR.find(text.text(), s.start(), s.end())) {
        CrfSpan longForm = covering(text.text(), out, d);
        String shortForm = d.shortForm(text.text());
        if (longForm != null) {
          abbreviations.putIfAbsent(shortForm, longForm.category());
          longForms.putIfAbsent(shortForm, longForm);
          longForms.putIfAbsent(shortForm + "s", longForm);
        } else {
          notNames.putIfAbsent(shortForm, true);
        }
      }
    }
    notNames.keySet().removeAll(abbreviations.keySet());
    out.removeIf(sp -> notNames.containsKey(sp.text()) || notNames.containsKey(singular(sp)));
    out.replaceAll(
        sp -> {
          EntityCategory c = abbreviations.get(sp.text());
          return c == null || c == sp.category()
              ? sp
              : new CrfSpan(sp.sentenceIndex(), sp.start(), sp.end(), sp.text(), c);
        });
    Map<String, EntityCategory> names = new HashMap<>(abbreviations);
    for (CrfSpan sp : out) {
      names.putIfAbsent(sp.text(), sp.category());
    }
    Map<String, EntityCategory> wanted = new HashMap<>(names);
    for (Map.Entry<String, EntityCategory> e : names.entrySet()) {
      if (abbreviations.containsKey(e.getKey())) {
        wanted.putIfAbsent(e.getKey() + "s", e.getValue());
      }
    }
    addOccurrences(text, wanted, out);
    out.sort(Comparator.comparingInt(CrfSpan::start));
    return new Result(out, longForms);
  }

  private static String singular(CrfSpan sp) {
    String t = sp.text();
    return t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
  }

  /**
   * The span that contains the long form's last character and either ends with it — the head of the
   * long form, as "dyskinesias" in "levodopa-induced dyskinesias (LID)" — or covers half of the
   * long form, if any — and names what the long form names ({@link AbbreviationPair#namedBy}).
   */
  private static CrfSpan covering(String doc, List<CrfSpan> spans, AbbreviationPair pair) {
    int start = pair.longStart();
    int end = pair.longEnd();
    for (CrfSpan sp : spans) {
      if (sp.start() < end
          && end <= sp.end()
          && (sp.end() == end || sp.end() - sp.start() >= (end - start) / 2)
          && pair.namedBy(doc, sp.start(), sp.end())) {
        return sp;
      }
    }
    return null;
  }

  /**
   * Adds spans where a name occurs on token boundaries and overlaps no span, the longest name first
   * at each token. One pass over the tokens with the names indexed by their first characters and
   * the covered characters in a bit set, so a document with hundreds of thousands of tokens and
   * spans stays linear.
   */
  private static void addOccurrences(
      AnnotatedText text, Map<String, EntityCategory> names, List<CrfSpan> spans) {
    if (names.isEmpty()) {
      return;
    }
    String doc = text.text();
    java.util.BitSet covered = new java.util.BitSet(doc.length());
    for (CrfSpan sp : spans) {
      covered.set(sp.start(), sp.end());
    }
    Map<String, List<String>> byPrefix = new HashMap<>();
    for (String name : names.keySet()) {
      if (!name.isEmpty()) {
        byPrefix
            .computeIfAbsent(name.substring(0, Math.min(3, name.length())), k -> new ArrayList<>())
            .add(name);
      }
    }
    byPrefix.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    for (NlpSentence s : text.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int start = tokens.get(i).start();
        if (covered.get(start)) {
          continue;
        }
        List<String> candidates = new ArrayList<>();
        for (int k = 3; k >= 1; k--) {
          if (start + k <= doc.length()) {
            List<String> found = byPrefix.get(doc.substring(start, start + k));
            if (found != null) {
              for (String n : found) {
                if (k == 3 || n.length() == k) {
                  candidates.add(n);
                }
              }
            }
          }
        }
        candidates.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : candidates) {
          if (!doc.startsWith(name, start)) {
            continue;
          }
          int end = start + name.length();
          boolean endsOnToken = false;
          for (int j = i; j < tokens.size() && tokens.get(j).end() <= end; j++) {
            endsOnToken = tokens.get(j).end() == end;
          }
          int next = covered.nextSetBit(start);
          if (endsOnToken && (next < 0 || next >= end)) {
            spans.add(new CrfSpan(s.index(), start, end, name, names.get(name)));
            covered.set(start, end);
            break;
          }
        }
      }
    }
  }
}
