package org.litgraph.ingest.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Recognises ambiguous words ("fat") only where they are coordinated with entities of the same
 * category: "bone marrow, fat, umbilical cord and placenta" names four tissues, "a high-fat diet"
 * names none.
 *
 * <p>Consumes: annotated text and the mentions found so far. Produces: mentions of the words listed
 * in {@code coordinated-terms.tsv} that stand next to a same-category mention, separated by a
 * comma, "and" or "or".
 */
final class CoordinationRule {
  static final Provenance PROVENANCE = new Provenance("coordination-rule", "1");
  private static final String RESOURCE = "/org/litgraph/ingest/entity/coordinated-terms.tsv";
  private static final Set<String> JOINERS = Set.of(",", "and", "or");

  private final Map<String, Entity> terms;

  CoordinationRule() {
    this.terms = load();
  }

  private static Map<String, Entity> load() {
    Map<String, Entity> out = new HashMap<>();
    try (InputStream in = CoordinationRule.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(
            SurfaceKeys.folded(f[0]),
            new Entity(
                Curie.parse(f[1]), EntityCategory.parse(f[2]), f[3], List.of(f[0]), List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return out;
  }

  List<RecognizedMention> recognize(AnnotatedText text, List<RecognizedMention> known) {
    List<RecognizedMention> found = new ArrayList<>();
    for (NlpSentence s : text.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Entity entity = terms.get(SurfaceKeys.folded(tokens.get(i).text()));
        if (entity == null) {
          continue;
        }
        Token t = tokens.get(i);
        RecognizedMention candidate =
            new RecognizedMention(s.index(), t.start(), t.end(), entity, PROVENANCE);
        if (known.stream().noneMatch(candidate::overlaps)
            && (coordinatedBefore(tokens, i, known, entity.category())
                || coordinatedAfter(tokens, i, known, entity.category()))) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  private static boolean coordinatedBefore(
      List<Token> tokens, int i, List<RecognizedMention> known, EntityCategory category) {
    if (i < 2 || !JOINERS.contains(tokens.get(i - 1).text())) {
      return false;
    }
    int end = tokens.get(i - 2).end();
    return known.stream().anyMatch(k -> k.end() == end && k.entity().category() == category);
  }

  private static boolean coordinatedAfter(
      List<Token> tokens, int i, List<RecognizedMention> known, EntityCategory category) {
    if (i + 2 >= tokens.size() || !JOINERS.contains(tokens.get(i + 1).text())) {
      return false;
    }
    int start = tokens.get(i + 2).start();
    return known.stream().anyMatch(k -> k.start() == start && k.entity().category() == category);
  }
}
