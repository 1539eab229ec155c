package org.litgraph.ingest.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.litgraph.ingest.EntityExtractor;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.pubtator.PubTatorAnnotation;
import org.litgraph.ingest.pubtator.PubTatorDocument;

/**
 * Runs entity recognition over a gold corpus and scores it.
 *
 * <p>Consumes: PubTator documents and an {@link EntityExtractor}. Produces: strict-match precision,
 * recall and F1 per evaluation type and micro-averaged, and normalisation accuracy on true
 * positives ({@link NerScorer}). Each document's text is {@code title + " " + abstract}, the text
 * PubTator offsets refer to. Gold and predicted types meet through {@link TypeMapping}; predictions
 * of categories the corpus does not annotate are not counted. The elapsed time excludes loading the
 * models.
 */
public final class NerEvaluation {
  private final EntityExtractor extractor;

  public NerEvaluation(EntityExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** The outcome of one run. */
  /**
   * @param mentionsByExtractor all recognised mentions (whether or not their category is scored) by
   *     the extractor that produced them ({@code dictionary}, {@code abbreviation}, ...)
   */
  public record Result(
      int documents,
      long tokens,
      Duration elapsed,
      TypeMapping mapping,
      List<TypeScore> scores,
      Map<String, Integer> mentionsByExtractor) {
    public Result {
      scores = List.copyOf(scores);
      mentionsByExtractor = Collections.unmodifiableMap(new TreeMap<>(mentionsByExtractor));
    }

    /** The micro-averaged score (the last row). */
    public TypeScore micro() {
      return scores.getLast();
    }
  }

  /** The evaluation types of a corpus (gold types after {@link TypeMapping#goldType}), sorted. */
  public static Set<String> corpusTypes(Collection<PubTatorDocument> documents) {
    Set<String> types = new TreeSet<>();
    for (PubTatorDocument d : documents) {
      for (PubTatorAnnotation a : d.annotations()) {
        types.add(TypeMapping.goldType(a.type()));
      }
    }
    return types;
  }

  /**
   * Scores recognition on the documents.
   *
   * @param types the evaluation types to score; empty for all the corpus has
   * @throws IllegalArgumentException naming the corpus's types when a requested type is not one
   */
  public Result run(
      List<PubTatorDocument> documents, Set<String> types, EvaluationListener listener) {
    Set<String> available = corpusTypes(documents);
    if (available.isEmpty()) {
      throw new IllegalArgumentException("the corpus has no annotations to evaluate against");
    }
    for (String t : types) {
      if (!available.contains(t)) {
        throw new IllegalArgumentException(
            "type '" + t + "' is not in the corpus; its types are " + available);
      }
    }
    Set<String> scored = types.isEmpty() ? available : new TreeSet<>(types);
    TypeMapping mapping = new TypeMapping(available);
    NerScorer scorer = new NerScorer(scored);
    listener.loadingModels();
    extractor.loadModels();
    long tokens = 0;
    Map<String, Integer> byExtractor = new TreeMap<>();
    long t0 = System.nanoTime();
    int done = 0;
    for (PubTatorDocument d : documents) {
      EntityExtractor.Result r = extractor.extract(d.text());
      tokens += r.text().tokenCount();
      r.mentions().forEach(m -> byExtractor.merge(m.provenance().extractor(), 1, Integer::sum));
      NerScorer.DocumentOutcome outcome = scorer.add(gold(d), predicted(d.text(), r, mapping));
      listener.documentScored(++done, documents.size(), d, outcome);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
    return new Result(documents.size(), tokens, elapsed, mapping, scorer.scores(), byExtractor);
  }

  static List<EvalMention> gold(PubTatorDocument d) {
    List<EvalMention> out = new ArrayList<>();
    for (PubTatorAnnotation a : d.annotations()) {
      String type = TypeMapping.goldType(a.type());
      out.add(
          new EvalMention(
              a.start(),
              a.end(),
              type,
              d.text().substring(a.start(), a.end()),
              ConceptIds.gold(a.ids(), type)));
    }
    return out;
  }

  static List<EvalMention> predicted(
      String text, EntityExtractor.Result result, TypeMapping mapping) {
    List<EvalMention> out = new ArrayList<>();
    for (RecognizedMention m : result.mentions()) {
      mapping
          .predictedType(m.entity().category())
          .ifPresent(
              type ->
                  out.add(
                      new EvalMention(
                          m.start(),
                          m.end(),
                          type,
                          text.substring(m.start(), m.end()),
                          ConceptIds.predicted(m.entity()))));
    }
    return out;
  }
}
