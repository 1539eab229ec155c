package org.litgraph.ingest.nlp;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names and their categories that the CRF sees as features: for each token whether it begins or
 * continues a gazetteer name found by leftmost-longest match, and that name's category ({@code
 * B-Disease}, {@code I-ChemicalEntity}, {@code O}).
 *
 * <p>The gazetteer travels inside the model file, so a model always sees the same dictionary
 * features it was trained with, whatever lexicon the recognition stage uses for ids. Names are
 * stored by {@link GazetteerKeys#key} (case, hyphens, Greek letters folded); the last token of a
 * match may also match by its lemma, which covers plurals. A name with several categories gets them
 * joined with {@code +} in sorted order.
 */
public final class CrfGazetteer {
  /** Longest name, in tokens, that is looked up (with room for hyphen tokens). */
  static final int MAX_TOKENS = 12;

  private final Map<String, String> categoryByKey;

  private CrfGazetteer(Map<String, String> categoryByKey) {
    this.categoryByKey = categoryByKey;
  }

  /** A gazetteer without names: every token gets {@code O}. */
  public static CrfGazetteer empty() {
    return new CrfGazetteer(Map.of());
  }

  /** Number of distinct keys. */
  public int size() {
    return categoryByKey.size();
  }

  /** The category stored for a name, or null. */
  String category(String name) {
    return categoryByKey.get(GazetteerKeys.key(name));
  }

  /** One tag per token: {@code B-<category>}, {@code I-<category>} or {@code O}. */
  List<String> tag(List<Token> tokens) {
    String[] tags = new String[tokens.size()];
    Arrays.fill(tags, "O");
    int i = 0;
    while (i < tokens.size()) {
      int last = -1;
      String category = null;
      if (!GazetteerKeys.isJoiner(tokens.get(i).text())) {
        StringBuilder key = new StringBuilder();
        int limit = Math.min(tokens.size(), i + MAX_TOKENS);
        for (int j = i; j < limit; j++) {
          Token t = tokens.get(j);
          String piece = GazetteerKeys.key(t.text());
          if (piece.isEmpty()) {
            if (GazetteerKeys.isJoiner(t.text())) {
              continue;
            }
            break;
          }
          int before = key.length();
          key.append(piece);
          String found = categoryByKey.get(key.toString());
          if (found == null && !t.lemma().equalsIgnoreCase(t.text())) {
            found = categoryByKey.get(key.substring(0, before) + GazetteerKeys.key(t.lemma()));
          }
          if (found != null) {
            last = j;
            category = found;
          }
        }
      }
      if (last < 0) {
        i++;
        continue;
      }
      tags[i] = "B-" + category;
      for (int j = i + 1; j <= last; j++) {
        tags[j] = "I-" + category;
      }
      i = last + 1;
    }
    return List.of(tags);
  }

  /** This gazetteer with more names; a name already present gets the union of categories. */
  CrfGazetteer plus(Collection<Map.Entry<String, String>> names) {
    Map<String, TreeSet<String>> merged = HashMap.newHashMap(categoryByKey.size() + names.size());
    categoryByKey.forEach((k, v) -> merged.put(k, new TreeSet<>(List.of(v.split("\\+")))));
    for (Map.Entry<String, String> n : names) {
      String key = GazetteerKeys.key(n.getKey());
      if (!key.isEmpty()) {
        merged.computeIfAbsent(key, k -> new TreeSet<>()).add(n.getValue());
      }
    }
    Map<String, String> byKey = HashMap.newHashMap(merged.size());
    merged.forEach((k, v) -> byKey.put(k, String.join("+", v)));
    return new CrfGazetteer(byKey);
  }

  void write(DataOutput out) throws IOException {
    List<String> categories = new ArrayList<>(new TreeSet<>(categoryByKey.values()));
    Map<String, Integer> index = new HashMap<>();
    out.writeInt(categories.size());
    for (String c : categories) {
      index.put(c, index.size());
      out.writeUTF(c);
    }
    Map<String, String> sorted = new TreeMap<>(categoryByKey);
    out.writeInt(sorted.size());
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeShort(index.get(e.getValue()));
    }
  }

  static CrfGazetteer read(DataInput in) throws IOException {
    String[] categories = new String[in.readInt()];
    for (int i = 0; i < categories.length; i++) {
      categories[i] = in.readUTF();
    }
    int n = in.readInt();
    Map<String, String> byKey = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      byKey.put(in.readUTF(), categories[in.readShort()]);
    }
    return new CrfGazetteer(byKey);
  }

  /** Collects names; a name added under several categories keeps them all. */
  public static final class Builder {
    private final Map<String, TreeSet<String>> categories = new HashMap<>();

    /** Adds a name; names that fold to an empty key or contain a tab are ignored. */
    public Builder add(String name, String category) {
      if (category.isBlank() || category.contains("+") || category.contains(" ")) {
        throw new IllegalArgumentException("bad gazetteer category '" + category + "'");
      }
      String key = GazetteerKeys.key(name);
      if (!key.isEmpty()) {
        categories.computeIfAbsent(key, k -> new TreeSet<>()).add(category);
      }
      return this;
    }

    public CrfGazetteer build() {
      Map<String, String> byKey = HashMap.newHashMap(categories.size());
      categories.forEach((k, v) -> byKey.put(k, String.join("+", v)));
      return new CrfGazetteer(byKey);
    }
  }
}
