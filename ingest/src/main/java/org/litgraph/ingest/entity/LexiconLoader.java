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
  private record Row(String surface, String key, Curie id, boolean caseSensitive) {}

  private static final class Concept {
    final EntityCategory category;
    final String name;
    final Set<Curie> xrefs = new LinkedHashSet<>();
    final Set<String> surfaces = new LinkedHashSet<>();
    List<Curie> lastXrefs;
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
  private Curie lastId;
  private Concept lastConcept;
  private boolean lastCaseFlag;

  /**
   * Adds the rows of one source whose keys no earlier source has.
   *
   * @param name the source's name, for error messages
   * @throws IllegalArgumentException naming the line when a row is malformed
   */
  LexiconLoader add(InputStream in, String name) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Set<String> takenKeys = new HashSet<>();
    rows.forEach(r -> takenKeys.add(r.key()));
    String line;
    String previous = null;
    int previousTab = -1;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String surface = (tab < 0 ? line : line.substring(0, tab)).strip();
      String key = fold(surface);
      if (takenKeys.contains(key)) {
        continue;
      }
      // rows of one concept are adjacent and mostly share everything after the surface
      int tail = line.length() - tab;
      if (previous != null
          && tab >= 0
          && tail == previous.length() - previousTab
          && line.regionMatches(tab, previous, previousTab, tail)) {
        lastConcept.surfaces.add(surface);
        rows.add(new Row(surface, key, lastId, isCaseSensitive(surface, lastCaseFlag)));
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        throw new IllegalArgumentException(
            name + ":" + lineNo + ": expected surface, id, category, name[, xrefs[, flags]]");
      }
      try {
        addRow(surface, key, f);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
      previous = line;
      previousTab = tab;
    }
    return this;
  }

  private static boolean isCaseSensitive(String surface, boolean caseFlag) {
    return caseFlag || surface.length() < Lexicon.CASE_SENSITIVE_BELOW;
  }

  private void addRow(String surface, String key, String[] f) {
    Curie id = curie(f[1].strip());
    Concept c = concepts.get(id);
    if (c == null) {
      c = new Concept(EntityCategory.parse(f[2]), f[3].strip());
      concepts.put(id, c);
    }
    if (f.length > 4 && !f[4].isBlank()) {
      List<Curie> xrefs = xrefs(f[4]);
      if (xrefs != c.lastXrefs) { // rows of one concept usually share one cached list
        c.xrefs.addAll(xrefs);
        c.lastXrefs = xrefs;
      }
    }
    boolean caseFlag = false;
    if (f.length > 5 && !f[5].isBlank()) {
      Set<String> flags = flagSets.computeIfAbsent(f[5].strip(), LexiconLoader::parseFlags);
      caseFlag = flags.contains(Lexicon.CASE_FLAG);
      Set<String> entityFlags = new HashSet<>(flags);
      entityFlags.remove(Lexicon.CASE_FLAG);
      if (!entityFlags.isEmpty() && !c.flags.containsAll(entityFlags)) {
        entityFlags.addAll(c.flags);
        c.flags =
            flagSets.computeIfAbsent(String.join("|", entityFlags), LexiconLoader::parseFlags);
      }
    }
    c.surfaces.add(surface);
    rows.add(new Row(surface, key, id, isCaseSensitive(surface, caseFlag)));
    lastId = id;
    lastConcept = c;
    lastCaseFlag = caseFlag;
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
      String key = r.key();
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

  /**
   * {@link SurfaceKeys#folded}, with a fast path for plain ASCII (nearly every row), where Unicode
   * normalisation and Greek spelling-out change nothing: letters and digits, lower-cased.
   */
  static String fold(String surface) {
    StringBuilder out = new StringBuilder(surface.length());
    for (int i = 0; i < surface.length(); i++) {
      char ch = surface.charAt(i);
      if (ch >= 128) {
        return SurfaceKeys.folded(surface);
      }
      if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
        out.append(ch);
      } else if (ch >= 'A' && ch <= 'Z') {
        out.append((char) (ch + ('a' - 'A')));
      }
    }
    return out.toString();
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
