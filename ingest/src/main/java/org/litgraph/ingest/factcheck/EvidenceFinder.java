package org.litgraph.ingest.factcheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.ClaimView;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.EvidenceGroup;
import org.litgraph.graph.store.EvidenceProfile;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.SearchRequest;
import org.litgraph.graph.store.SentenceHit;

/**
 * Gathers the evidence for one claim, ranked: stored claims between the same two entities (either
 * way round, any predicate of the same or the opposite family, or an association), then sentences
 * found by full-text search on the claim's sentence. Documents published after the as-of date, or
 * undated when a date is set, are left out, and so is the piece itself.
 *
 * <p>One finder serves one fact-check: it caches the documents it has looked up.
 */
final class EvidenceFinder {
  /** The most evidence items kept per claim. */
  static final int MAX_EVIDENCE = 8;

  private static final int SENTENCE_HITS = 12;
  private final GraphStore graph;
  private final SearchIndex index;
  private final String pieceId;
  private final Optional<LocalDate> asOf;
  private final StanceClassifier stance = new StanceClassifier();
  private final Map<String, Optional<DocumentView>> documents = new HashMap<>();

  EvidenceFinder(GraphStore graph, SearchIndex index, String pieceId, Optional<LocalDate> asOf) {
    this.graph = graph;
    this.index = index;
    this.pieceId = pieceId;
    this.asOf = asOf;
  }

  List<Evidence> find(CheckworthyClaim claim) {
    List<Evidence> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (claim.structured()) {
      for (EvidenceGroup g :
          graph.evidence(claim.subject().get().id(), claim.object().get().id(), 200)) {
        for (ClaimView v : g.claims()) {
          graphEvidence(claim, g, v).ifPresent(e -> add(found, seen, e));
        }
      }
    }
    String query = EvidenceQuery.of(claim.sentence());
    if (!query.isEmpty()) {
      for (SentenceHit hit : index.search(new SearchRequest(query, SENTENCE_HITS)).sentences()) {
        textEvidence(claim, hit).ifPresent(e -> add(found, seen, e));
      }
    }
    found.sort(Comparator.comparingDouble(Evidence::score).reversed());
    List<Evidence> kept = new ArrayList<>();
    for (Evidence e : found.subList(0, Math.min(MAX_EVIDENCE, found.size()))) {
      kept.add(e.withId(claim.id() + "-e" + (kept.size() + 1)));
    }
    return kept;
  }

  private static void add(List<Evidence> found, Set<String> seen, Evidence e) {
    if (seen.add(e.documentId() + "#" + e.sentenceIndex() + "#" + e.relation().orElse(""))) {
      found.add(e);
    }
  }

  private boolean admitted(String documentId, Optional<LocalDate> published) {
    if (documentId.equals(pieceId)) {
      return false;
    }
    return asOf.isEmpty() || published.filter(d -> !d.isAfter(asOf.get())).isPresent();
  }

  private Optional<Evidence> graphEvidence(CheckworthyClaim claim, EvidenceGroup g, ClaimView v) {
    if (!admitted(v.claim().documentId(), v.published())
        || g.predicate() == Predicate.CO_MENTIONED) {
      return Optional.empty();
    }
    boolean sameWay = g.subject().id().equals(claim.subject().get().id());
    PredicateFamily family = PredicateFamily.of(claim.predicate().get(), g.predicate());
    ClaimContext ctx = v.claim().context();
    boolean opposed = ctx.negated() != claim.context().negated();
    Stance s;
    String reason;
    if (family == PredicateFamily.UNRELATED
        || (!sameWay && family != PredicateFamily.ASSOCIATION)) {
      s = Stance.NEUTRAL;
      reason = "a stored claim between the same entities with another relation";
    } else if (family == PredicateFamily.ASSOCIATION) {
      s = Stance.NEUTRAL;
      reason = "the stored claim states an association, not a direction or a cause";
    } else {
      boolean refutes = (family == PredicateFamily.OPPOSITE) != opposed;
      s = refutes ? Stance.REFUTES : Stance.SUPPORTS;
      reason =
          (family == PredicateFamily.SAME ? "same relation family" : "opposite relation")
              + (ctx.negated() ? ", negated (" + String.join(", ", ctx.negationCues()) + ")" : "")
              + (ctx.hedged() ? ", hedged (" + String.join(", ", ctx.hedgeCues()) + ")" : "");
    }
    double weight = EvidenceProfile.studyWeight(ctx.studyType());
    double score = (s == Stance.NEUTRAL ? 0.45 : 0.7) + 0.3 * weight;
    String relation = g.subject().name() + " " + g.predicate().label() + " " + g.object().name();
    return Optional.of(
        new Evidence(
            "",
            "graph",
            v.claim().documentId(),
            v.documentTitle(),
            v.documentSource(),
            v.documentKind(),
            v.published(),
            v.sentence().orElse(relation),
            v.claim().sentence().orElse(-1),
            Optional.of(relation),
            s,
            round(score),
            reason,
            ctx.negated(),
            ctx.hedged(),
            ctx.species(),
            ctx.studyType(),
            ctx.quantities()));
  }

  private Optional<Evidence> textEvidence(CheckworthyClaim claim, SentenceHit hit) {
    Optional<DocumentView> doc = documents.computeIfAbsent(hit.documentId(), graph::document);
    if (doc.isEmpty() || hit.index() >= doc.get().sentences().size()) {
      return Optional.empty();
    }
    DocumentView d = doc.get();
    if (!admitted(d.document().id(), d.document().published())) {
      return Optional.empty();
    }
    String sentence = d.sentences().get(hit.index()).text();
    Set<Curie> inHit = new HashSet<>();
    hit.entities().forEach(e -> inHit.add(e.id()));
    boolean bothEntities =
        claim.structured()
            && inHit.contains(claim.subject().get().id())
            && inHit.contains(claim.object().get().id());
    StanceClassifier.Judgement j =
        bothEntities
            ? stance.judgeRelated(sentence, claim.sentence())
            : stance.judge(sentence, claim.sentence());
    Set<Curie> named = new HashSet<>();
    claim.entities().forEach(e -> named.add(e.id()));
    if (!bothEntities
        && j.stance() != Stance.NEUTRAL
        && !named.isEmpty()
        && hit.entities().stream().noneMatch(e -> named.contains(e.id()))) {
      j =
          new StanceClassifier.Judgement(
              Stance.NEUTRAL, j.coverage(), j.reason() + "; names none of the claim's entities");
    }
    List<String> species = TextCues.species(sentence);
    double score = bothEntities ? 0.55 + 0.3 * j.coverage() : 0.85 * j.coverage();
    String reason = bothEntities ? "names both entities of the claim; " + j.reason() : j.reason();
    return Optional.of(
        new Evidence(
            "",
            "text",
            d.document().id(),
            d.document().title(),
            d.document().source(),
            d.document().kind(),
            d.document().published(),
            sentence,
            hit.index(),
            Optional.empty(),
            j.stance(),
            round(score),
            reason,
            !TextFeatures.of(sentence).negations().isEmpty(),
            TextCues.hedged(sentence),
            species,
            TextCues.studyType(sentence, species),
            TextCues.quantities(sentence)));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
