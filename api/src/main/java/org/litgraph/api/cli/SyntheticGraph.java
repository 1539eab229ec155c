package org.litgraph.api.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.model.Sentence;

/**
 * Deterministic synthetic annotated documents for export benchmarks, written straight to the graph
 * (no NLP): document {@code i} has a title and four sentences "A increases B in mice.", each with
 * two mentions and one claim, over a pool of {@code entities} entities of four categories.
 */
final class SyntheticGraph {
  private static final Provenance EXTRACTOR = new Provenance("synthetic", "1");
  private static final EntityCategory[] CATEGORIES = {
    EntityCategory.DISEASE,
    EntityCategory.CHEMICAL_ENTITY,
    EntityCategory.GENE_OR_GENE_PRODUCT,
    EntityCategory.CELL
  };
  private static final String[] VERBS = {"increases", "decreases", "treats", "causes"};
  private static final Predicate[] PREDICATES = {
    Predicate.INCREASES, Predicate.DECREASES, Predicate.TREATS, Predicate.CAUSES
  };

  private final int entities;

  SyntheticGraph(int entities) {
    this.entities = entities;
  }

  private Entity entity(int n) {
    return new Entity(
        new Curie("SYNTH", String.format("E%06d", n)),
        CATEGORIES[n % CATEGORIES.length],
        "synthetic entity " + n,
        List.of("synth-" + n, "SE" + n),
        List.of(new Curie("MESH", String.format("S%06d", n))));
  }

  /** Document {@code i}: the same every time. */
  AnnotatedDocument document(int i) {
    Random random = new Random(31L * i + 7);
    String id = String.format("synth-%07d", i);
    StringBuilder text = new StringBuilder("Synthetic study " + i + ", with \"quotes\", commas");
    String title = text.toString();
    List<Sentence> sentences = new ArrayList<>();
    Map<Curie, Entity> used = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    text.append("\n\n");
    for (int s = 0; s < 4; s++) {
      int an = random.nextInt(entities);
      int bn = random.nextInt(entities - 1);
      Entity a = entity(an);
      Entity b = entity(bn >= an ? bn + 1 : bn); // two different entities
      int verb = random.nextInt(VERBS.length);
      int start = text.length();
      String sentence = a.name() + " " + VERBS[verb] + " " + b.name() + " in mice.";
      text.append(sentence).append(' ');
      sentences.add(new Sentence(id, s, start, start + sentence.length(), sentence));
      used.put(a.id(), a);
      used.put(b.id(), b);
      int aEnd = start + a.name().length();
      int bStart = aEnd + 1 + VERBS[verb].length() + 1;
      mentions.add(new Mention(a.id(), id, s, start, aEnd, a.name(), EXTRACTOR));
      mentions.add(
          new Mention(b.id(), id, s, bStart, bStart + b.name().length(), b.name(), EXTRACTOR));
      claims.add(
          new Claim(
              a.id(),
              PREDICATES[verb],
              b.id(),
              id,
              OptionalInt.of(s),
              OptionalInt.of(aEnd + 1),
              OptionalInt.of(aEnd + 1 + VERBS[verb].length()),
              EXTRACTOR,
              Map.of(),
              VERBS[verb],
              new ClaimContext(
                  random.nextInt(10) == 0,
                  List.of(),
                  false,
                  List.of(),
                  List.of("mice"),
                  "animal study",
                  List.of())));
    }
    Document d =
        new Document(
            id, "synthetic:" + i, title, Optional.empty(), DocumentKind.ABSTRACT, "synthetic-" + i);
    return new AnnotatedDocument(
        d, text.toString().strip(), sentences, List.copyOf(used.values()), mentions, claims);
  }
}
