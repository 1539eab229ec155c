package org.litgraph.ingest.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Sentence;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.SearchRequest;
import org.litgraph.graph.store.SentenceHit;
import org.litgraph.ingest.factcheck.EvidenceQuery;

/**
 * Recall@k of the fact-checker's sentence retrieval: every evidence text of a pairs file is indexed
 * (sentences split by punctuation, no NLP: retrieval does not use entities), then each claim is
 * searched with the query the fact-checker builds, and a claim counts as found at k when a sentence
 * of one of its evidence texts is among the first k distinct documents.
 */
public final class RetrievalEvaluation {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");
  private final SearchIndex index;

  /** Recall at each k over the claims. */
  public record Report(int evidenceTexts, int claims, Map<Integer, Double> recallAt) {}

  /**
   * @param index an empty, temporary index this evaluation may fill
   */
  public RetrievalEvaluation(SearchIndex index) {
    this.index = index;
  }

  public Report run(StancePairs data, List<Integer> ks) {
    Map<String, String> evidenceIds = new LinkedHashMap<>();
    Map<String, Set<String>> goldByClaim = new LinkedHashMap<>();
    for (StancePairs.Pair p : data.pairs()) {
      String id = evidenceIds.computeIfAbsent(p.evidence(), e -> "eval-ev-" + evidenceIds.size());
      goldByClaim.computeIfAbsent(p.claim(), c -> new HashSet<>()).add(id);
    }
    evidenceIds.forEach((text, id) -> index.index(document(id, text)));
    index.commit();
    int maxK = ks.stream().mapToInt(Integer::intValue).max().orElse(10);
    Map<Integer, Integer> found = new LinkedHashMap<>();
    ks.forEach(k -> found.put(k, 0));
    for (Map.Entry<String, Set<String>> e : goldByClaim.entrySet()) {
      List<String> ranked = rankedDocuments(e.getKey(), maxK);
      for (int k : ks) {
        if (ranked.subList(0, Math.min(k, ranked.size())).stream()
            .anyMatch(e.getValue()::contains)) {
          found.merge(k, 1, Integer::sum);
        }
      }
    }
    Map<Integer, Double> recall = new LinkedHashMap<>();
    found.forEach((k, n) -> recall.put(k, n / (double) goldByClaim.size()));
    return new Report(evidenceIds.size(), goldByClaim.size(), recall);
  }

  private List<String> rankedDocuments(String claim, int k) {
    String query = EvidenceQuery.of(claim);
    if (query.isEmpty()) {
      return List.of();
    }
    List<String> docs = new ArrayList<>();
    for (SentenceHit hit :
        index.search(new SearchRequest(query, SearchRequest.MAX_LIMIT)).sentences()) {
      if (!docs.contains(hit.documentId())) {
        docs.add(hit.documentId());
      }
      if (docs.size() == k) {
        break;
      }
    }
    return docs;
  }

  private static AnnotatedDocument document(String id, String text) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      if (!m.group().isBlank()) {
        sentences.add(new Sentence(id, sentences.size(), m.start(), m.end(), m.group()));
      }
    }
    String title = text.length() > 60 ? text.substring(0, 60) : text;
    Document doc =
        new Document(
            id,
            "eval:" + id,
            title.isBlank() ? id : title,
            Optional.empty(),
            DocumentKind.ABSTRACT,
            Integer.toHexString(text.hashCode()));
    return new AnnotatedDocument(doc, text, sentences, List.of(), List.of());
  }
}
