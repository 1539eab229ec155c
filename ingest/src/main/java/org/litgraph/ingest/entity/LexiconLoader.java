package org.litgraph.ingest.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;

/**
 * Reads lexicon TSVs into a {@link Lexicon}, one source after another; a later source cannot take a
 * surface key an earlier one has (so the seed, read first, wins over the built lexicon).
 *
 * <p>Columns: {@code surface, id, category, name[, xrefs[, flags]]}; xrefs and flags are {@code
 * |}-separated. The row flag {@value Lexicon#CASE_FLAG} makes a surface match with its exact case
 * whatever its length (gene symbols such as "BRCA1"); other flags ({@code cytokine}) belong to the
 * entity. Built to load a few hundred thousand rows in well under a second and little memory: one
 * {@link Entity} per id, CURIEs and xref lists parsed once per distinct text, the line itself not
 * kept.
 */
final class LexiconLoader {
  private record Row(String surface, Curie id, boolean caseSensitive) {}

  private static final class Concept {
    final EntityCategory category;
    final String name;
    final Set<Curie> xrefs = new LinkedHashSet<>();
    final Set<String> surfaces = new LinkedHashSet<>();
    Set<String> flags = Set.of();

    Concept(EntityCategory category, String name) {
      this.category = category;
      this.name = name;
    }
  }

  private final Map<String, Curie> curies = new HashMap<>();
  private final Map<String, List<Curie>> xrefLists = new HashMap<>();
  private final Map<String, Set<String>> flagSets = new HashMap<>();
  private final Map<Curie, Concept> concepts = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final Set<String> takenKeys = new HashSet<>();

  /**
   * Adds the rows of one source whose keys no earlier source has.
   *
   * @param name the source's name, for error messages
   * @throws IllegalArgumentException naming the line when a row is malformed
   */
  LexiconLoader add(InputStream in, String name) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Set<String> keys = new HashSet<>();
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
            name + ":" + lineNo + ": expected surface, id, category, name[, xrefs[, flags]]");
      }
      String surface = f[0].strip();
      String key = SurfaceKeys.folded(surface);
      if (takenKeys.contains(key)) {
        continue;
      }
      keys.add(key);
      try {
        addRow(surface, f);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    takenKeys.addAll(keys);
    return this;
  }

  private void addRow(String surface, String[] f) {
    Curie id = curie(f[1].strip());
    Concept c = concepts.get(id);
    if (c == null) {
      c = new Concept(EntityCategory.parse(f[2]), f[3].strip());
      concepts.put(id, c);
    }
    if (f.length > 4 && !f[4].isBlank()) {
      c.xrefs.addAll(xrefs(f[4]));
    }
    boolean caseSensitive = surface.length() < Lexicon.CASE_SENSITIVE_BELOW;
    if (f.length > 5 && !f[5].isBlank()) {
      Set<String> flags = flagSets.computeIfAbsent(f[5].strip(), LexiconLoader::parseFlags);
      caseSensitive |= flags.contains(Lexicon.CASE_FLAG);
      Set<String> entityFlags = new HashSet<>(flags);
      entityFlags.remove(Lexicon.CASE_FLAG);
      if (!entityFlags.isEmpty() && !c.flags.containsAll(entityFlags)) {
        entityFlags.addAll(c.flags);
        c.flags =
            flagSets.computeIfAbsent(String.join("|", entityFlags), LexiconLoader::parseFlags);
      }
    }
    c.surfaces.add(surface);
    rows.add(new Row(surface, id, caseSensitive));
  }

  private Curie curie(String text) {
    Curie c = curies.get(text);
    if (c == null) {
      c = Curie.parse(text);
      curies.put(text, c);
    }
    return c;
  }

  private List<Curie> xrefs(String text) {
    List<Curie> list = xrefLists.get(text);
    if (list == null) {
      List<Curie> parsed = new ArrayList<>();
      for (String x : text.split("\\|")) {
        parsed.add(curie(x.strip()));
      }
      list = List.copyOf(parsed);
      xrefLists.put(text, list);
    }
    return list;
  }

  private static Set<String> parseFlags(String text) {
    Set<String> flags = new TreeSet<>();
    for (String f : text.split("\\|")) {
      if (!f.isBlank()) {
        flags.add(f.strip().intern());
      }
    }
    return Set.copyOf(flags);
  }

  Lexicon build() {
    Map<Curie, Entity> entities = new LinkedHashMap<>();
    Map<Curie, Set<String>> flags = new HashMap<>();
    concepts.forEach(
        (id, c) -> {
          List<String> synonyms = new ArrayList<>(c.surfaces.size());
          for (String s : c.surfaces) {
            if (!s.equalsIgnoreCase(c.name)) {
              synonyms.add(s);
            }
          }
          entities.put(id, new Entity(id, c.category, c.name, synonyms, List.copyOf(c.xrefs)));
          if (!c.flags.isEmpty()) {
            flags.put(id, c.flags);
          }
        });
    Map<String, List<LexiconEntry>> byKey = new HashMap<>(rows.size() * 4 / 3 + 1);
    int maxTokens = 1;
    for (Row r : rows) {
      String key = SurfaceKeys.folded(r.surface());
      if (key.isEmpty()) {
        continue;
      }
      LexiconEntry entry = new LexiconEntry(r.surface(), entities.get(r.id()), r.caseSensitive());
      byKey.merge(key, List.of(entry), LexiconLoader::append);
      maxTokens = Math.max(maxTokens, tokens(r.surface()));
    }
    return Lexicon.of(byKey, entities, flags, Math.min(maxTokens + 2, 16));
  }

  private static List<LexiconEntry> append(List<LexiconEntry> a, List<LexiconEntry> b) {
    List<LexiconEntry> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  /** Tokens as the old {@code split("[\\s\\-/]+")} counted them, without a regex per row. */
  static int tokens(String surface) {
    int n = 0;
    boolean inToken = false;
    for (int i = 0; i < surface.length(); i++) {
      char ch = surface.charAt(i);
      boolean sep = Character.isWhitespace(ch) || ch == '-' || ch == '/';
      if (!sep && !inToken) {
        n++;
      }
      inToken = !sep;
    }
    return Math.max(n, 1);
  }
}
