package org.litgraph.api.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;

/**
 * The checked list of Biolink terms the KGX export may use ({@code biolink-terms.tsv} beside this
 * class), with the Biolink Model version it follows. Every category and predicate of LitGraph must
 * have a row: loading fails otherwise, so a new enum constant cannot slip into an export unmapped.
 */
public final class BiolinkTerms {
  private static final String RESOURCE = "biolink-terms.tsv";

  /** A Biolink predicate with the qualifiers that complete its meaning. */
  public record BiolinkPredicate(String predicate, Map<String, String> qualifiers) {
    public BiolinkPredicate {
      Objects.requireNonNull(predicate, "predicate");
      qualifiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(qualifiers));
    }
  }

  private final String version;
  private final Map<EntityCategory, String> categories = new EnumMap<>(EntityCategory.class);
  private final Map<Predicate, BiolinkPredicate> predicates = new EnumMap<>(Predicate.class);
  private final Set<String> qualifierValues = new HashSet<>();
  private final Set<String> knowledgeLevels = new HashSet<>();
  private final Set<String> agentTypes = new HashSet<>();
  private String primarySource;

  private BiolinkTerms(String version) {
    this.version = version;
  }

  /** Loads the packaged list. */
  public static BiolinkTerms load() {
    try (InputStream in = BiolinkTerms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BiolinkTerms parse(BufferedReader in) throws IOException {
    BiolinkTerms t = new BiolinkTerms("unknown");
    String version = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("# biolink_version\t")) {
        version = line.substring(line.indexOf('\t') + 1).strip();
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      switch (f[0]) {
        case "category" -> t.categories.put(EntityCategory.parse(f[1]), f[2]);
        case "predicate" -> t.predicates.put(Predicate.parse(f[1]), predicate(f, t));
        case "knowledge_level" -> t.knowledgeLevels.add(f[2]);
        case "agent_type" -> t.agentTypes.add(f[2]);
        case "source" -> t.primarySource = f[2];
        default -> throw new IllegalStateException(RESOURCE + ": unknown kind '" + f[0] + "'");
      }
    }
    for (EntityCategory c : EntityCategory.values()) {
      if (!t.categories.containsKey(c)) {
        throw new IllegalStateException(RESOURCE + " has no Biolink category for " + c);
      }
    }
    for (Predicate p : Predicate.values()) {
      if (!t.predicates.containsKey(p)) {
        throw new IllegalStateException(RESOURCE + " has no Biolink predicate for " + p);
      }
    }
    BiolinkTerms done = new BiolinkTerms(Objects.requireNonNull(version, "biolink_version"));
    done.categories.putAll(t.categories);
    done.predicates.putAll(t.predicates);
    done.qualifierValues.addAll(t.qualifierValues);
    done.knowledgeLevels.addAll(t.knowledgeLevels);
    done.agentTypes.addAll(t.agentTypes);
    done.primarySource = Objects.requireNonNull(t.primarySource, "primary source");
    return done;
  }

  private static BiolinkPredicate predicate(String[] f, BiolinkTerms t) {
    Map<String, String> qualifiers = new LinkedHashMap<>();
    if (f.length > 3 && !f[3].isBlank()) {
      for (String pair : f[3].split(";")) {
        String[] kv = pair.split("=", 2);
        qualifiers.put(kv[0], kv[1]);
        t.qualifierValues.add(kv[0] + "=" + kv[1]);
      }
    }
    return new BiolinkPredicate(f[2], qualifiers);
  }

  /** The Biolink Model version the list follows, e.g. {@code 4.2.1}. */
  public String version() {
    return version;
  }

  public String category(EntityCategory c) {
    return categories.get(c);
  }

  public BiolinkPredicate predicate(Predicate p) {
    return predicates.get(p);
  }

  public String primarySource() {
    return primarySource;
  }

  public boolean isCategory(String curie) {
    return categories.containsValue(curie);
  }

  public boolean isPredicate(String curie) {
    return predicates.values().stream().anyMatch(p -> p.predicate().equals(curie));
  }

  /** True for a qualifier slot with a value the list names ({@code object_direction_qualifier}). */
  public boolean isQualifier(String slot, String value) {
    return qualifierValues.contains(slot + "=" + value);
  }

  public boolean isQualifierSlot(String slot) {
    return qualifierValues.stream().anyMatch(q -> q.startsWith(slot + "="));
  }

  public boolean isKnowledgeLevel(String level) {
    return knowledgeLevels.contains(level);
  }

  public boolean isAgentType(String type) {
    return agentTypes.contains(type);
  }
}
