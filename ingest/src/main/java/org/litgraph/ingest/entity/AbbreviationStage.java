package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * definition of the same short form takes over from its own position on.
 */
public final class AbbreviationStage {
  public static final Provenance PROVENANCE = new Provenance("abbreviation", "1");

  private final AbbreviationDetector detector = new AbbreviationDetector();

  private record Definition(String shortForm, int from, Entity entity) {}

  private record Claim(int start, int end, Entity entity) {}

  public List<RecognizedMention> resolve(AnnotatedText annotated, List<RecognizedMention> in) {
    String text = annotated.text();
    List<Definition> definitions = new ArrayList<>();
    for (NlpSentence s : annotated.sentences()) {
      for (AbbreviationPair pair : detector.find(text, s.start(), s.end())) {
        longFormMention(text, in, pair)
            .ifPresent(
                m ->
                    definitions.add(
                        new Definition(pair.shortForm(text), pair.shortStart(), m.entity())));
      }
    }
    if (definitions.isEmpty()) {
      return in;
    }
    TreeMap<Integer, Claim> claims = new TreeMap<>();
    for (Definition d : definitions) {
      for (String form : variants(d.shortForm())) {
        for (int at = occurrence(text, form, d.from()); at >= 0; ) {
          Claim c = new Claim(at, at + form.length(), d.entity());
          claims.merge(at, c, (old, neu) -> neu.end() >= old.end() ? neu : old);
          at = occurrence(text, form, at + 1);
        }
      }
    }
    return apply(annotated, in, nonOverlapping(claims));
  }

  /**
   * The mention that ends where the long form ends and starts no later than the long form's first
   * word: "leukemia" alone does not define "ALL" in "acute lymphoblastic leukemia (ALL)".
   */
  private static Optional<RecognizedMention> longFormMention(
      String text, List<RecognizedMention> mentions, AbbreviationPair pair) {
    int firstWordEnd = pair.longStart();
    while (firstWordEnd < pair.longEnd() && !Character.isWhitespace(text.charAt(firstWordEnd))) {
      firstWordEnd++;
    }
    int limit = firstWordEnd;
    return mentions.stream()
        .filter(m -> m.end() == pair.longEnd() && m.start() < limit)
        .findFirst();
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
    List<RecognizedMention> out = new ArrayList<>(in);
    for (Claim c : claims) {
      List<RecognizedMention> overlapping =
          out.stream().filter(m -> m.start() < c.end() && c.start() < m.end()).toList();
      boolean containedOnly =
          overlapping.stream().allMatch(m -> m.start() >= c.start() && m.end() <= c.end());
      if (!containedOnly) {
        continue; // a longer name around the short form wins
      }
      boolean sameAlready =
          overlapping.size() == 1
              && overlapping.getFirst().start() == c.start()
              && overlapping.getFirst().end() == c.end()
              && overlapping.getFirst().entity().id().equals(c.entity().id());
      if (sameAlready) {
        continue;
      }
      sentenceOf(annotated, c.start())
          .ifPresent(
              sentence -> {
                out.removeAll(overlapping);
                out.add(
                    new RecognizedMention(sentence, c.start(), c.end(), c.entity(), PROVENANCE));
              });
    }
    out.sort(
        Comparator.comparingInt(RecognizedMention::start).thenComparingInt(RecognizedMention::end));
    return out;
  }

  private static Optional<Integer> sentenceOf(AnnotatedText annotated, int offset) {
    for (NlpSentence s : annotated.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return Optional.of(s.index());
      }
    }
    return Optional.empty();
  }
}
