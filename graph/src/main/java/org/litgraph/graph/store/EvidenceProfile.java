package org.litgraph.graph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How much the literature in the graph supports one (subject, predicate, object) link, with every
 * component of the score kept so that a reader can see why.
 *
 * <p>Evidence counts <b>documents</b>, not sentences: several sentences of one paper are one piece
 * of evidence. A document supports the link when one of its claims affirms it and contradicts it
 * when one negates it (a document can do both). Each document weighs by its strongest claim: {@link
 * #studyWeight} of the study type, halved when every affirming claim of it is hedged. Then {@code
 * support} and {@code contradiction} are the sums of the weights, and
 *
 * <pre>belief = (1 - e^-support) * support / (support + contradiction)</pre>
 *
 * which grows with independent support, saturates, and falls as contradicting documents accumulate.
 * A link with no affirming document has belief 0.
 *
 * @param supportingDocuments documents with at least one affirming claim
 * @param contradictingDocuments documents with at least one negated claim
 * @param hedgedDocuments supporting documents whose affirming claims are all hedged
 * @param claims claims of any polarity
 * @param studyTypes study types of the supporting documents, sorted
 * @param species species or models of the claims, sorted
 * @param years publication years of the supporting documents, sorted
 * @param support summed weight of the supporting documents
 * @param contradiction summed weight of the contradicting documents
 * @param belief the score in [0, 1)
 */
public record EvidenceProfile(
    int supportingDocuments,
    int contradictingDocuments,
    int hedgedDocuments,
    int claims,
    List<String> studyTypes,
    List<String> species,
    List<Integer> years,
    double support,
    double contradiction,
    double belief) {
  public EvidenceProfile {
    studyTypes = List.copyOf(studyTypes);
    species = List.copyOf(species);
    years = List.copyOf(years);
  }

  /** The facts of one claim that the profile counts. */
  public record ClaimFacts(
      String documentId,
      boolean negated,
      boolean hedged,
      String studyType,
      List<String> species,
      Optional<LocalDate> published) {
    public ClaimFacts {
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(studyType, "studyType");
      species = List.copyOf(species);
      Objects.requireNonNull(published, "published");
    }
  }

  /** The weight of a study type: trials count most, news reports least. */
  public static double studyWeight(String studyType) {
    String t = studyType.toLowerCase(Locale.ROOT);
    if (t.startsWith("clinical trial")) {
      return 1.0;
    }
    return switch (t) {
      case "review" -> 0.8;
      case "observational" -> 0.7;
      case "animal study" -> 0.5;
      case "in vitro" -> 0.4;
      case "news report", "explainer" -> 0.2;
      default -> 0.5;
    };
  }

  /** The profile of a set of claims about one link. */
  public static EvidenceProfile of(List<ClaimFacts> claims) {
    Map<String, Double> supportByDoc = new HashMap<>();
    Map<String, Double> contradictionByDoc = new HashMap<>();
    Map<String, Boolean> allHedged = new HashMap<>();
    TreeSet<String> studyTypes = new TreeSet<>();
    TreeSet<String> species = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (ClaimFacts c : claims) {
      species.addAll(c.species());
      double weight = studyWeight(c.studyType());
      if (c.negated()) {
        contradictionByDoc.merge(c.documentId(), weight, Math::max);
        continue;
      }
      double w = c.hedged() ? weight / 2 : weight;
      supportByDoc.merge(c.documentId(), w, Math::max);
      allHedged.merge(c.documentId(), c.hedged(), Boolean::logicalAnd);
      studyTypes.add(c.studyType());
      c.published().ifPresent(d -> years.add(d.getYear()));
    }
    double support = supportByDoc.values().stream().mapToDouble(Double::doubleValue).sum();
    double contradiction =
        contradictionByDoc.values().stream().mapToDouble(Double::doubleValue).sum();
    double belief =
        support == 0 ? 0 : (1 - Math.exp(-support)) * support / (support + contradiction);
    int hedged = (int) allHedged.values().stream().filter(Boolean::booleanValue).count();
    return new EvidenceProfile(
        supportByDoc.size(),
        contradictionByDoc.size(),
        hedged,
        claims.size(),
        new ArrayList<>(studyTypes),
        new ArrayList<>(species),
        new ArrayList<>(years),
        round(support),
        round(contradiction),
        round(belief));
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
