package org.litgraph.ingest.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.EntityExtractor;
import org.litgraph.ingest.claim.ClaimExtractor;
import org.litgraph.ingest.claim.ExtractedClaim;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.pubtator.PubTatorAnnotation;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import org.litgraph.ingest.pubtator.PubTatorRelation;

/**
 * Scores claim extraction against a PubTator corpus's document-level relations (BioRED's typed
 * relations, BC5CDR's chemical-induced disease): a predicted pair is the unordered pair of a
 * non-negated claim's subject and object ids; it is a true positive when the document's gold
 * relations link the same two concepts (matching any of our ids and cross-references).
 *
 * <p>Two modes: {@link Mode#END_TO_END} with our own entity recognition and normalisation, and
 * {@link Mode#GOLD_ENTITIES} with the corpus's annotations as the mentions, which isolates the
 * relation rules from recognition errors. Each run also scores the same-sentence co-mention
 * baseline, so the rules' precision gain and recall cost show in one report.
 *
 * <p>Type mapping. BioRED: increases, causes, contributes_to → Positive_Correlation; decreases,
 * treats, prevents → Negative_Correlation; interacts_with → Bind; every other predicate →
 * Association. BC5CDR: causes, contributes_to and increases from a chemical to a disease → CID.
 * Only pairs of categories the corpus annotates are predicted (chemical–disease for BC5CDR).
 */
public final class RelationEvaluation {
  private static final Provenance GOLD = new Provenance("gold", "corpus");

  /** Where the entity mentions come from. */
  public enum Mode {
    END_TO_END,
    GOLD_ENTITIES
  }

  /**
   * One mode's result.
   *
   * @param scores rows: untyped pairs, typed pairs, one row per gold relation type, and the
   *     co-mention baseline (untyped)
   * @param claimsByPredicate all non-negated claims extracted, by predicate
   */
  public record Result(
      Mode mode,
      int documents,
      long tokens,
      int claims,
      Duration elapsed,
      List<RelationScore> scores,
      Map<String, Integer> claimsByPredicate) {
    public Result {
      scores = List.copyOf(scores);
      claimsByPredicate = Map.copyOf(claimsByPredicate);
    }

    /** The untyped pair score (the first row). */
    public RelationScore pairs() {
      return scores.getFirst();
    }
  }

  private final EntityExtractor extractor;
  private final ClaimExtractor claims = new ClaimExtractor();

  /**
   * @param extractor recognition over NLP models that include the dependency parser
   */
  public RelationEvaluation(EntityExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Relation types in a corpus, with how many gold pairs each has. */
  public static Map<String, Integer> relationTypes(List<PubTatorDocument> documents) {
    Map<String, Integer> types = new TreeMap<>();
    for (PubTatorDocument d : documents) {
      for (PubTatorRelation r : d.relations()) {
        types.merge(r.type(), 1, Integer::sum);
      }
    }
    return types;
  }

  public Result run(List<PubTatorDocument> documents, Mode mode, EvaluationListener listener) {
    Map<String, Integer> types = relationTypes(documents);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("the corpus has no relation lines to evaluate against");
    }
    boolean cdr = types.keySet().equals(Set.of("CID"));
    listener.loadingModels();
    extractor.loadModels();
    Counts pairs = new Counts("pairs (any type)");
    Counts typed = new Counts("pairs with type");
    Map<String, Counts> perType = new LinkedHashMap<>();
    types.keySet().forEach(t -> perType.put(t, new Counts(t)));
    Counts baseline = new Counts("co-mention baseline (any type)");
    Map<String, Integer> byPredicate = new TreeMap<>();
    long tokens = 0;
    int claimCount = 0;
    long t0 = System.nanoTime();
    int done = 0;
    TypeMapping mapping = new TypeMapping(NerEvaluation.corpusTypes(documents));
    for (PubTatorDocument d : documents) {
      Map<Pair, String> gold = goldPairs(d);
      EntityExtractor.Result recognised = extractor.extract(d.text());
      AnnotatedText text = recognised.text();
      tokens += text.tokenCount();
      List<RecognizedMention> mentions;
      Function<Entity, Set<String>> forms;
      if (mode == Mode.END_TO_END) {
        mentions = recognised.mentions();
        forms = ConceptIds::predicted;
      } else {
        Map<Curie, Set<String>> goldForms = new HashMap<>();
        mentions = goldMentions(d, text, goldForms);
        forms = e -> goldForms.getOrDefault(e.id(), Set.of());
      }
      List<ExtractedClaim> found = claims.extract(text, mentions, DocumentKind.ABSTRACT).claims();
      Map<Pair, String> predicted = new LinkedHashMap<>();
      Map<Pair, Set<Pair>> predictedForms = new HashMap<>();
      for (ExtractedClaim c : found) {
        if (c.context().negated() || !inScope(c.subject(), c.object(), mapping, cdr)) {
          continue;
        }
        claimCount++;
        byPredicate.merge(c.predicate().label(), 1, Integer::sum);
        Optional<String> type = relationType(c, cdr);
        if (type.isEmpty()) {
          continue;
        }
        Pair key =
            Pair.of(primary(c.subject().entity(), forms), primary(c.object().entity(), forms));
        predicted.putIfAbsent(key, type.get());
        predictedForms
            .computeIfAbsent(key, k -> new HashSet<>())
            .addAll(
                crossForms(forms.apply(c.subject().entity()), forms.apply(c.object().entity())));
      }
      score(gold, predicted, predictedForms, pairs, typed, perType);
      // the co-mention baseline: every in-scope pair of entities sharing a sentence
      Map<Pair, String> cooccurring = new LinkedHashMap<>();
      Map<Pair, Set<Pair>> cooccurringForms = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        for (int j = i + 1; j < mentions.size(); j++) {
          RecognizedMention a = mentions.get(i);
          RecognizedMention b = mentions.get(j);
          if (a.sentenceIndex() != b.sentenceIndex()
              || a.entity().id().equals(b.entity().id())
              || !inScope(a, b, mapping, cdr)) {
            continue;
          }
          Pair key = Pair.of(primary(a.entity(), forms), primary(b.entity(), forms));
          cooccurring.putIfAbsent(key, "co-mention");
          cooccurringForms
              .computeIfAbsent(key, k -> new HashSet<>())
              .addAll(crossForms(forms.apply(a.entity()), forms.apply(b.entity())));
        }
      }
      score(gold, cooccurring, cooccurringForms, baseline, null, Map.of());
      listener.documentScored(++done, documents.size(), d, null);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
    List<RelationScore> rows = new ArrayList<>();
    rows.add(pairs.score());
    rows.add(typed.score());
    perType.values().forEach(c -> rows.add(c.score()));
    rows.add(baseline.score());
    return new Result(mode, documents.size(), tokens, claimCount, elapsed, rows, byPredicate);
  }

  private static void score(
      Map<Pair, String> gold,
      Map<Pair, String> predicted,
      Map<Pair, Set<Pair>> predictedForms,
      Counts pairs,
      Counts typed,
      Map<String, Counts> perType) {
    Set<Pair> found = new HashSet<>();
    Set<Pair> foundTyped = new HashSet<>();
    for (Map.Entry<Pair, String> p : predicted.entrySet()) {
      Pair match = null;
      for (Pair candidate : predictedForms.getOrDefault(p.getKey(), Set.of())) {
        if (gold.containsKey(candidate)) {
          match = candidate;
          break;
        }
      }
      if (match == null) {
        pairs.fp++;
        if (typed != null) {
          typed.fp++;
        }
        Counts row = perType.get(p.getValue());
        if (row != null) {
          row.fp++;
        }
        continue;
      }
      if (found.add(match)) {
        pairs.tp++;
      }
      if (typed == null) {
        continue;
      }
      String goldType = gold.get(match);
      if (goldType.equals(p.getValue())) {
        if (foundTyped.add(match)) {
          typed.tp++;
          perType.get(goldType).tp++;
        }
      } else {
        typed.fp++;
        Counts row = perType.get(p.getValue());
        if (row != null) {
          row.fp++;
        }
      }
    }
    for (Map.Entry<Pair, String> g : gold.entrySet()) {
      if (!found.contains(g.getKey())) {
        pairs.fn++;
      }
      if (typed != null && !foundTyped.contains(g.getKey())) {
        typed.fn++;
        perType.get(g.getValue()).fn++;
      }
    }
  }

  /** The document's gold pairs with their relation type. */
  static Map<Pair, String> goldPairs(PubTatorDocument d) {
    Map<String, String> typeOfId = new HashMap<>();
    for (PubTatorAnnotation a : d.annotations()) {
      for (String id : a.ids()) {
        typeOfId.putIfAbsent(id, TypeMapping.goldType(a.type()));
      }
    }
    Map<Pair, String> out = new LinkedHashMap<>();
    for (PubTatorRelation r : d.relations()) {
      if (r.arguments().size() < 2) {
        continue;
      }
      String a = r.arguments().get(0).strip();
      String b = r.arguments().get(1).strip();
      Set<String> fa = ConceptIds.gold(List.of(a), typeOfId.getOrDefault(a, ""));
      Set<String> fb = ConceptIds.gold(List.of(b), typeOfId.getOrDefault(b, ""));
      if (fa.isEmpty() || fb.isEmpty()) {
        continue;
      }
      out.putIfAbsent(Pair.of(fa.iterator().next(), fb.iterator().next()), r.type());
    }
    return out;
  }

  /** The corpus's annotations as mentions, each entity named by its first gold id. */
  static List<RecognizedMention> goldMentions(
      PubTatorDocument d, AnnotatedText text, Map<Curie, Set<String>> forms) {
    List<RecognizedMention> out = new ArrayList<>();
    for (PubTatorAnnotation a : d.annotations()) {
      String type = TypeMapping.goldType(a.type());
      Set<String> ids = ConceptIds.gold(a.ids(), type);
      Optional<Integer> sentence = sentenceOf(text, a.start());
      if (ids.isEmpty() || sentence.isEmpty() || a.end() > text.text().length()) {
        continue;
      }
      String first = ids.iterator().next();
      Curie id = new Curie("GOLD", first.replaceAll("\\s", "_"));
      forms.put(id, new LinkedHashSet<>(ids));
      Entity entity = new Entity(id, category(type), a.mention(), List.of(), List.of());
      out.add(new RecognizedMention(sentence.get(), a.start(), a.end(), entity, GOLD));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  private static Optional<Integer> sentenceOf(AnnotatedText text, int offset) {
    for (NlpSentence s : text.sentences()) {
      if (offset >= s.start() && offset < s.end()) {
        return Optional.of(s.index());
      }
    }
    return Optional.empty();
  }

  static EntityCategory category(String goldType) {
    return switch (goldType) {
      case "Disease", "DiseaseOrPhenotypicFeature" -> EntityCategory.DISEASE;
      case "Chemical", "ChemicalEntity" -> EntityCategory.CHEMICAL_ENTITY;
      case "GeneOrGeneProduct", "Gene" -> EntityCategory.GENE_OR_GENE_PRODUCT;
      case "OrganismTaxon", "Species" -> EntityCategory.ORGANISM_TAXON;
      case "CellLine" -> EntityCategory.CELL;
      default -> EntityCategory.OTHER;
    };
  }

  private static boolean inScope(
      RecognizedMention a, RecognizedMention b, TypeMapping mapping, boolean cdr) {
    EntityCategory ca = a.entity().category();
    EntityCategory cb = b.entity().category();
    if (cdr) {
      return (ca == EntityCategory.CHEMICAL_ENTITY && cb == EntityCategory.DISEASE)
          || (ca == EntityCategory.DISEASE && cb == EntityCategory.CHEMICAL_ENTITY);
    }
    return inCorpus(ca, mapping) && inCorpus(cb, mapping);
  }

  private static boolean inCorpus(EntityCategory c, TypeMapping mapping) {
    return mapping.predictedType(c).isPresent()
        || c == EntityCategory.OTHER
        || c == EntityCategory.CELL;
  }

  /** The corpus relation type a claim stands for, if any. */
  static Optional<String> relationType(ExtractedClaim c, boolean cdr) {
    Predicate p = c.predicate();
    if (cdr) {
      boolean chemToDisease =
          c.subject().entity().category() == EntityCategory.CHEMICAL_ENTITY
              && c.object().entity().category() == EntityCategory.DISEASE;
      boolean positive =
          p == Predicate.CAUSES || p == Predicate.CONTRIBUTES_TO || p == Predicate.INCREASES;
      return chemToDisease && positive ? Optional.of("CID") : Optional.empty();
    }
    return Optional.of(
        switch (p) {
          case INCREASES, CAUSES, CONTRIBUTES_TO -> "Positive_Correlation";
          case DECREASES, TREATS, PREVENTS -> "Negative_Correlation";
          case INTERACTS_WITH -> "Bind";
          default -> "Association";
        });
  }

  private static String primary(Entity e, Function<Entity, Set<String>> forms) {
    Set<String> f = forms.apply(e);
    return f.isEmpty() ? e.id().toString() : f.iterator().next();
  }

  private static Set<Pair> crossForms(Set<String> a, Set<String> b) {
    Set<Pair> out = new HashSet<>();
    for (String x : a) {
      for (String y : b) {
        if (!x.equals(y)) {
          out.add(Pair.of(x, y));
        }
      }
    }
    return out;
  }

  /** An unordered pair of concept ids. */
  record Pair(String first, String second) {
    static Pair of(String a, String b) {
      return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }
  }

  private static final class Counts {
    final String label;
    int tp;
    int fp;
    int fn;

    Counts(String label) {
      this.label = label;
    }

    RelationScore score() {
      return new RelationScore(label, tp, fp, fn);
    }
  }
}
