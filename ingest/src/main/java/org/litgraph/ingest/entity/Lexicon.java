package org.litgraph.ingest.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;

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

  /** The lexicon built from the vocabularies by {@code litgraph lexicon build}. */
  public static final String STANDARD_RESOURCE = "/org/litgraph/ingest/entity/lexicon.tsv.gz";

  /** The row flag of surfaces that match only with their exact case, whatever their length. */
  public static final String CASE_FLAG = "case";

  /** The entity flag of cytokines. */
  public static final String CYTOKINE = "cytokine";

  private final Map<String, List<LexiconEntry>> byKey;
  private final Map<Curie, Entity> entities;
  private final Map<Curie, Set<String>> flags;
  private final int maxTokens;

  private Lexicon(
      Map<String, List<LexiconEntry>> byKey,
      Map<Curie, Entity> entities,
      Map<Curie, Set<String>> flags,
      int max) {
    this.byKey = byKey;
    this.entities = entities;
    this.flags = flags;
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
   * Loads the lexicon built from the public vocabularies ({@value #STANDARD_RESOURCE}, see
   * LEXICON.md) together with the seed gazetteer; where both have a surface, the seed's row wins.
   */
  private static CompletableFuture<Lexicon> shared;

  /**
   * The standard lexicon, loaded once per process on a background thread started by the first call:
   * a process that will ingest calls this early, so the ~2.5 s of loading overlaps with starting
   * the stores. The lexicon is read-only once built, so one instance serves every pipeline.
   */
  public static synchronized CompletableFuture<Lexicon> sharedStandard() {
    if (shared == null) {
      CompletableFuture<Lexicon> f = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  f.complete(standard());
                } catch (RuntimeException | Error e) {
                  f.completeExceptionally(e);
                }
              },
              "lexicon-loader");
      t.setDaemon(true);
      t.start();
      shared = f;
    }
    return shared;
  }

  public static Lexicon standard() {
    try (InputStream seed = resource(SEED_RESOURCE);
        InputStream built = new GZIPInputStream(resource(STANDARD_RESOURCE), 1 << 16)) {
      return new LexiconLoader().add(seed, SEED_RESOURCE).add(built, STANDARD_RESOURCE).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + STANDARD_RESOURCE, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("lexicon missing from classpath: " + name);
    }
    return in;
  }

  /**
   * Reads a lexicon TSV.
   *
   * @param name the source's name, for error messages
   * @throws IllegalArgumentException naming the line when a row is malformed
   */
  public static Lexicon read(InputStream in, String name) throws IOException {
    return new LexiconLoader().add(in, name).build();
  }

  static Lexicon of(
      Map<String, List<LexiconEntry>> byKey,
      Map<Curie, Entity> entities,
      Map<Curie, Set<String>> flags,
      int maxTokens) {
    return new Lexicon(byKey, entities, flags, maxTokens);
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

  /** The entity's flags, such as {@value #CYTOKINE} (empty when none). */
  public Set<String> flags(Curie id) {
    return flags.getOrDefault(id, Set.of());
  }

  /** Calls {@code action} with every entry, in no particular order. */
  public void forEachEntry(Consumer<LexiconEntry> action) {
    byKey.values().forEach(entries -> entries.forEach(action));
  }

  /** The entity with this id, if the lexicon has it. */
  public Optional<Entity> entity(Curie id) {
    return Optional.ofNullable(entities.get(id));
  }

  public int surfaceCount() {
    return byKey.values().stream().mapToInt(List::size).sum();
  }
}
