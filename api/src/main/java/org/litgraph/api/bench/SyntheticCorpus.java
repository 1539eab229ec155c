package org.litgraph.api.bench;

import java.time.LocalDate;
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
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.model.Sentence;

/**
 * A generator of realistic annotated documents without NLP: abstracts, articles, news and trial
 * records of 6 to 11 sentences that state relations between entities ("IL-6 reduced septic shock in
 * mice (animal study)"), with their mentions at exact offsets, claims with species, study type,
 * negation and hedging, dates from 2000 to 2024 and a source URL. Document {@code i} is the same
 * for the same seed, so a corpus can be rebuilt, extended or compared. Used by {@code litgraph
 * bench query} and by anything else that needs many documents quickly (it builds thousands of
 * documents per second; writing them to the stores is the slow part).
 */
public final class SyntheticCorpus {
  /** The extractor name on every mention and claim. */
  public static final Provenance PROVENANCE = new Provenance("synthetic", "1");

  private static final DocumentKind[] KINDS = {
    DocumentKind.ABSTRACT,
    DocumentKind.ABSTRACT,
    DocumentKind.ARTICLE,
    DocumentKind.NEWS,
    DocumentKind.TRIAL
  };
  private static final String[][] TRIGGERS = {
    {"reduced", "decreases"}, {"increased", "increases"}, {"prevented", "prevents"},
    {"caused", "causes"}, {"regulates", "regulates"}, {"was associated with", "associated_with"},
    {"treats", "treats"}, {"contributes to", "contributes_to"}
  };
  private static final String[][] SETTINGS = {
    {"mice", "mice", "animal study"}, {"rats", "rats", "animal study"},
    {"patients", "humans", "clinical trial"}, {"a cohort of adults", "humans", "observational"},
    {"cultured cells", "in vitro", "in vitro"}
  };
  private static final String[] FILLER = {
    "Samples were collected at baseline and after 28 days of follow-up.",
    "The primary outcome was mortality at 90 days, with organ function as a secondary outcome.",
    "Serum concentrations were measured by enzyme-linked immunosorbent assay.",
    "These findings warrant confirmation in larger randomised studies.",
    "Transcriptomic profiling revealed distinct signatures between responders and non-responders.",
    "Histological scoring was performed by two blinded pathologists.",
    "The intervention was well tolerated and no serious adverse events were reported.",
    "Statistical significance was assessed with mixed-effects regression models."
  };

  private final SyntheticVocabulary vocabulary;
  private final long seed;

  public SyntheticCorpus(SyntheticVocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  /** The default corpus: 3,000 generated entities besides the real ones, seed 42. */
  public static SyntheticCorpus standard() {
    return new SyntheticCorpus(new SyntheticVocabulary(3_000, 42), 42);
  }

  public SyntheticVocabulary vocabulary() {
    return vocabulary;
  }

  /** The id of document {@code i}. */
  public static String documentId(int i) {
    return "synthetic-" + i;
  }

  /** Document {@code i} of the corpus. */
  public AnnotatedDocument document(int i) {
    Random random = new Random(seed * 1_000_003L + i);
    String id = documentId(i);
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    Map<Curie, Entity> entities = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    int count = 6 + random.nextInt(6);
    for (int s = 0; s < count; s++) {
      int start = text.length();
      if (s % 3 == 2) {
        text.append(FILLER[random.nextInt(FILLER.length)]);
      } else {
        relation(random, id, s, text, entities, mentions, claims);
      }
      sentences.add(new Sentence(id, s, start, text.length(), text.substring(start)));
      text.append(' ');
    }
    String body = text.toString().stripTrailing();
    Entity first = entities.values().iterator().next();
    Entity second = entities.values().stream().skip(1).findFirst().orElse(first);
    String title = first.name() + " and " + second.name() + ": " + FILLER[i % FILLER.length];
    LocalDate published = LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1);
    DocumentKind kind = KINDS[random.nextInt(KINDS.length)];
    Document doc =
        new Document(
            id,
            "https://synthetic.litgraph.org/" + kind.name().toLowerCase() + "/" + i,
            title,
            Optional.of(published),
            kind,
            "synthetic-v1-" + seed + "-" + i,
            DocumentMetadata.NONE);
    return new AnnotatedDocument(
        doc, body, sentences, List.copyOf(entities.values()), mentions, claims);
  }

  /**
   * "{A} [possibly | did not] {trigger} {B} in {setting} ({study type})." with two mentions and a
   * claim.
   */
  private void relation(
      Random random,
      String id,
      int s,
      StringBuilder text,
      Map<Curie, Entity> entities,
      List<Mention> mentions,
      List<Claim> claims) {
    Entity a = vocabulary.pick(random);
    Entity b = vocabulary.pick(random);
    while (b.id().equals(a.id())) {
      b = vocabulary.pick(random);
    }
    String[] trigger = TRIGGERS[random.nextInt(TRIGGERS.length)];
    String[] setting = SETTINGS[random.nextInt(SETTINGS.length)];
    boolean negated = random.nextInt(8) == 0;
    boolean hedged = !negated && random.nextInt(6) == 0;
    mention(a, surface(a, random), id, s, text, entities, mentions);
    text.append(negated ? " did not " : hedged ? " possibly " : " ");
    int triggerStart = text.length();
    String word = negated ? "alter" : trigger[0];
    text.append(word);
    int triggerEnd = text.length();
    text.append(' ');
    mention(b, surface(b, random), id, s, text, entities, mentions);
    text.append(" in ").append(setting[0]).append(" (").append(setting[2]).append(").");
    ClaimContext context =
        new ClaimContext(
            negated,
            negated ? List.of("not") : List.of(),
            hedged,
            hedged ? List.of("may") : List.of(),
            List.of(setting[1]),
            setting[2],
            List.of());
    claims.add(
        new Claim(
            a.id(),
            Predicate.parse(negated ? "decreases" : trigger[1]),
            b.id(),
            id,
            OptionalInt.of(s),
            OptionalInt.of(triggerStart),
            OptionalInt.of(triggerEnd),
            PROVENANCE,
            Map.of(),
            word,
            context));
  }

  private static String surface(Entity e, Random random) {
    int n = random.nextInt(1 + e.synonyms().size());
    return n == 0 ? e.name() : e.synonyms().get(n - 1);
  }

  private static void mention(
      Entity e,
      String surface,
      String id,
      int s,
      StringBuilder text,
      Map<Curie, Entity> entities,
      List<Mention> mentions) {
    int start = text.length();
    text.append(surface);
    entities.putIfAbsent(e.id(), e);
    mentions.add(new Mention(e.id(), id, s, start, text.length(), surface, PROVENANCE));
  }
}
