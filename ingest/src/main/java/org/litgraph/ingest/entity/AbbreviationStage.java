package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Document-level abbreviation resolution: every short form defined in a document as "long form
 * (SHORT)" or "SHORT (long form)" refers, there and at every later occurrence in the document, to
 * the entity recognised for its long form.
 *
 * <p>Consumes: the annotated text and its recognised mentions (sorted, non-overlapping). Produces:
 * the mentions with short forms added or re-linked, still sorted and non-overlapping. A definition
 * counts when a recognised mention ends where the long form ends and starts within its first word
 * or before. A short form the lexicon does not know becomes recognisable; one it maps to another
 * entity is re-linked, in this document only. A longer mention that contains a short form
 * occurrence ("G6PD deficiency" around "G6PD") is kept; mentions inside an occurrence give way to
 * it. The plural or singular of the short form ("MSC" for "MSCs") counts as an occurrence. A later
 * definition of the same short form takes over from its own position on. Cost is linear in the text
 * plus logarithmic lookups per occurrence, so a huge document cannot stall it.
 */
public final class AbbreviationStage {
  public static final Provenance PROVENANCE = new Provenance("abbreviation", "1");

  private final AbbreviationDetector detector = new AbbreviationDetector();

  private record Claim(int start, int end, Entity entity) {}

  public List<RecognizedMention> resolve(AnnotatedText annotated, List<RecognizedMention> in) {
    String text = annotated.text();
    Map<Integer, RecognizedMention> byEnd = new HashMap<>();
    in.forEach(m -> byEnd.putIfAbsent(m.end(), m));
    // short form -> (definition offset -> entity), definitions in text order
    Map<String, TreeMap<Integer, Entity>> definitions = new LinkedHashMap<>();
    for (NlpSentence s : annotated.sentences()) {
      for (AbbreviationPair pair : detector.find(text, s.start(), s.end())) {
        longFormMention(text, byEnd, pair)
            .ifPresent(
                m ->
                    definitions
                        .computeIfAbsent(pair.shortForm(text), k -> new TreeMap<>())
                        .put(pair.shortStart(), m.entity()));
      }
    }
    if (definitions.isEmpty()) {
      return in;
    }
    TreeMap<Integer, Claim> claims = new TreeMap<>();
    definitions.forEach(
        (shortForm, byOffset) -> {
          for (String form : variants(shortForm)) {
            for (int at = occurrence(text, form, byOffset.firstKey()); at >= 0; ) {
              Claim c = new Claim(at, at + form.length(), byOffset.floorEntry(at).getValue());
              claims.merge(at, c, (old, neu) -> neu.end() >= old.end() ? neu : old);
              at = occurrence(text, form, at + 1);
            }
          }
        });
    return apply(annotated, in, nonOverlapping(claims));
  }

  /**
   * The mention that ends where the long form ends and starts no later than the long form's first
   * word: "leukemia" alone does not define "ALL" in "acute lymphoblastic leukemia (ALL)", nor
   * "deficiency of aspartoacylase" ASPA ({@link AbbreviationPair#namedBy}).
   */
  private static Optional<RecognizedMention> longFormMention(
      String text, Map<Integer, RecognizedMention> byEnd, AbbreviationPair pair) {
    int firstWordEnd = pair.longStart();
    while (firstWordEnd < pair.longEnd() && !Character.isWhitespace(text.charAt(firstWordEnd))) {
      firstWordEnd++;
    }
    int limit = firstWordEnd;
    return Optional.ofNullable(byEnd.get(pair.longEnd()))
        .filter(m -> m.start() < limit && pair.namedBy(text, m.start(), m.end()));
  }

  /** The short form and its plural or singular: "MSCs" gives "MSC", "MSC" gives "MSCs". */
  static List<String> variants(String shortForm) {
    if (shortForm.length() > 2
        && shortForm.endsWith("s")
        && Character.isUpperCase(shortForm.charAt(shortForm.length() - 2))) {
      return List.of(shortForm, shortForm.substring(0, shortForm.length() - 1));
    }
    if (Character.isUpperCase(shortForm.charAt(shortForm.length() - 1))) {
      return List.of(shortForm, shortForm + "s");
    }
    return List.of(shortForm);
  }

  /** The next whole-word, case-sensitive occurrence of {@code form} at or after {@code from}. */
  static int occurrence(String text, String form, int from) {
    int i = text.indexOf(form, from);
    while (i >= 0) {
      int end = i + form.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return i;
      }
      i = text.indexOf(form, i + 1);
    }
    return -1;
  }

  private static List<Claim> nonOverlapping(TreeMap<Integer, Claim> claims) {
    List<Claim> out = new ArrayList<>();
    int end = -1;
    for (Claim c : claims.values()) {
      if (c.start() >= end) {
        out.add(c);
        end = c.end();
      }
    }
    return out;
  }

  private static List<RecognizedMention> apply(
      AnnotatedText annotated, List<RecognizedMention> in, List<Claim> claims) {
    TreeMap<Integer, RecognizedMention> byStart = new TreeMap<>();
    in.forEach(m -> byStart.put(m.start(), m));
    TreeMap<Integer, NlpSentence> sentences = new TreeMap<>();
    annotated.sentences().forEach(s -> sentences.put(s.start(), s));
    for (Claim c : claims) {
      List<RecognizedMention> overlapping = new ArrayList<>();
      Map.Entry<Integer, RecognizedMention> before = byStart.lowerEntry(c.start());
      if (before != null && before.getValue().end() > c.start()) {
        overlapping.add(before.getValue());
      }
      overlapping.addAll(byStart.subMap(c.start(), c.end()).values());
      boolean containedOnly =
          overlapping.stream().allMatch(m -> m.start() >= c.start() && m.end() <= c.end());
      boolean sameAlready =
          overlapping.size() == 1
              && overlapping.getFirst().start() == c.start()
              && overlapping.getFirst().end() == c.end()
              && overlapping.getFirst().entity().id().equals(c.entity().id());
      Map.Entry<Integer, NlpSentence> sentence = sentences.floorEntry(c.start());
      if (!containedOnly // a longer name around the short form wins
          || sameAlready
          || sentence == null
          || sentence.getValue().end() <= c.start()) {
        continue;
      }
      overlapping.forEach(m -> byStart.remove(m.start()));
      byStart.put(
          c.start(),
          new RecognizedMention(
              sentence.getValue().index(), c.start(), c.end(), c.entity(), PROVENANCE));
    }
    List<RecognizedMention> out = new ArrayList<>(byStart.values());
    out.sort(
        Comparator.comparingInt(RecognizedMention::start).thenComparingInt(RecognizedMention::end));
    return out;
  }
}
