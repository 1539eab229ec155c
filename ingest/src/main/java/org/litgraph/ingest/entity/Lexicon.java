package org.litgraph.ingest.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;

/**
 * Surface forms mapped to normalised entities, looked up by {@link SurfaceKeys#folded} key.
 *
 * <p>Read from a TSV with the columns {@code surface, id, category, name, xrefs} (xrefs separated
 * by {@code |}; lines starting with {@code #} are comments). Surfaces shorter than {@value
 * #CASE_SENSITIVE_BELOW} characters match case-sensitively.
 */
public final class Lexicon {
  /** Surfaces shorter than this must match with their exact case. */
  public static final int CASE_SENSITIVE_BELOW = 5;

  /** The seed gazetteer shipped with LitGraph. */
  public static final String SEED_RESOURCE = "/org/litgraph/ingest/entity/seed-gazetteer.tsv";

  private final Map<String, List<LexiconEntry>> byKey;
  private final Map<Curie, Entity> entities;
  private final int maxTokens;

  private Lexicon(Map<String, List<LexiconEntry>> byKey, Map<Curie, Entity> entities, int max) {
    this.byKey = byKey;
    this.entities = entities;
    this.maxTokens = max;
  }

  /** Loads the seed gazetteer from the classpath. */
  public static Lexicon seed() {
    try (InputStream in = Lexicon.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("seed gazetteer missing from classpath: " + SEED_RESOURCE);
      }
      return read(in, SEED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SEED_RESOURCE, e);
    }
  }

  /**
   * Reads a lexicon TSV.
   *
   * @param name the source's name, for error messages
   * @throws IllegalArgumentException naming the line when a row is malformed
   */
  public static Lexicon read(InputStream in, String name) throws IOException {
    record Row(String surface, Curie id, EntityCategory category, String name, List<Curie> xrefs) {}
    List<Row> rows = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException(
            name + ":" + lineNo + ": expected surface, id, category, name[, xrefs]");
      }
      try {
        List<Curie> xrefs = new ArrayList<>();
        if (f.length > 4 && !f[4].isBlank()) {
          for (String x : f[4].split("\\|")) {
            xrefs.add(Curie.parse(x.strip()));
          }
        }
        rows.add(
            new Row(
                f[0].strip(),
                Curie.parse(f[1].strip()),
                EntityCategory.parse(f[2]),
                f[3].strip(),
                xrefs));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    Map<Curie, Set<String>> synonyms = new LinkedHashMap<>();
    Map<Curie, Row> first = new LinkedHashMap<>();
    for (Row r : rows) {
      first.putIfAbsent(r.id(), r);
      synonyms.computeIfAbsent(r.id(), k -> new LinkedHashSet<>()).add(r.surface());
    }
    Map<Curie, Entity> entities = new LinkedHashMap<>();
    first.forEach(
        (id, r) -> {
          Set<String> syn = new LinkedHashSet<>(synonyms.get(id));
          syn.removeIf(s -> s.equalsIgnoreCase(r.name()));
          entities.put(id, new Entity(id, r.category(), r.name(), List.copyOf(syn), r.xrefs()));
        });
    Map<String, List<LexiconEntry>> byKey = new HashMap<>();
    int maxTokens = 1;
    for (Row r : rows) {
      String key = SurfaceKeys.folded(r.surface());
      if (key.isEmpty()) {
        continue;
      }
      boolean caseSensitive = r.surface().length() < CASE_SENSITIVE_BELOW;
      byKey
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(new LexiconEntry(r.surface(), entities.get(r.id()), caseSensitive));
      maxTokens = Math.max(maxTokens, r.surface().split("[\\s\\-/]+").length);
    }
    return new Lexicon(byKey, entities, Math.min(maxTokens + 2, 16));
  }

  /** Entries whose folded key equals the given key (empty when none). */
  public List<LexiconEntry> lookup(String foldedKey) {
    return byKey.getOrDefault(foldedKey, List.of());
  }

  /** The longest span, in tokens, that can match (with room for hyphen tokens). */
  public int maxTokens() {
    return maxTokens;
  }

  public int entityCount() {
    return entities.size();
  }

  public int surfaceCount() {
    return byKey.values().stream().mapToInt(List::size).sum();
  }
}
