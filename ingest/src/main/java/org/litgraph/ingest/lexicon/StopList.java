package org.litgraph.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.litgraph.ingest.entity.SurfaceKeys;

/**
 * Surfaces too common to be names, compared by {@link SurfaceKeys#folded} key. Two resource files
 * make it up: {@value #CURATED}, written by hand (function words, everyday words that vocabularies
 * list as names: "was", "can", "set", "cat", "fat", "cell", "patient"), and {@value #MINED}, the
 * surfaces that {@link CommonSurfaceMiner} found frequent but never annotated in the train splits
 * of the gold corpora. One surface or key per line; {@code #} starts a comment; the first tab ends
 * the surface, so the mined file may carry its counts.
 */
public final class StopList {
  public static final String CURATED = "/org/litgraph/ingest/lexicon/stop-surfaces.txt";
  public static final String MINED = "/org/litgraph/ingest/lexicon/common-surfaces.tsv";

  private final Set<String> keys;

  public StopList(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  /** The curated and mined lists shipped with LitGraph. */
  public static StopList standard() {
    Set<String> keys = new TreeSet<>(resource(CURATED));
    keys.addAll(resource(MINED));
    return new StopList(keys);
  }

  /** The curated list alone (what the miner starts from). */
  public static StopList curated() {
    return new StopList(resource(CURATED));
  }

  public boolean containsKey(String foldedKey) {
    return keys.contains(foldedKey);
  }

  public boolean contains(String surface) {
    return keys.contains(SurfaceKeys.folded(surface));
  }

  public int size() {
    return keys.size();
  }

  static Set<String> resource(String name) {
    Set<String> keys = new TreeSet<>();
    try (InputStream in = StopList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("stop list missing from classpath: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        String surface = (tab >= 0 ? line.substring(0, tab) : line).strip();
        if (!surface.isEmpty() && !surface.startsWith("#")) {
          keys.add(SurfaceKeys.folded(surface));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return keys;
  }
}
