package org.litgraph.ingest.source;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;

/**
 * Facts a reader found in a record's fields rather than in its prose: the things a record names (a
 * trial, its sponsor, its conditions) and the links between them. The pipeline resolves each {@link
 * Thing} to an entity (a known id, the lexicon, or the LitGraph id scheme that text recognition
 * uses) and writes each {@link Link} as a structured {@link org.litgraph.graph.model.Claim} with
 * this record's provenance.
 *
 * @param provenance the reader that produced the facts, e.g. {@code clinicaltrials-record@1}
 * @param things named things, each under a key unique in this record
 * @param links relations between things, by key
 */
public record RecordFacts(Provenance provenance, List<Thing> things, List<Link> links) {
  /** No structured facts (text, HTML and most readers). */
  public static final RecordFacts NONE =
      new RecordFacts(new Provenance("none", "0"), List.of(), List.of());

  public RecordFacts {
    Objects.requireNonNull(provenance, "provenance");
    things = List.copyOf(things);
    links = List.copyOf(links);
    Set<String> keys = new HashSet<>();
    for (Thing t : things) {
      if (!keys.add(t.key())) {
        throw new IllegalArgumentException("thing key used twice: " + t.key());
      }
    }
    for (Link l : links) {
      if (!keys.contains(l.subject()) || !keys.contains(l.object())) {
        throw new IllegalArgumentException(
            "link "
                + l.subject()
                + " "
                + l.predicate()
                + " "
                + l.object()
                + " names an unknown key");
      }
    }
  }

  public boolean isEmpty() {
    return things.isEmpty();
  }

  /**
   * A named thing.
   *
   * @param key unique in the record, e.g. {@code condition:2}
   * @param category what it is; decides how the name is resolved
   * @param name the name as the record gives it
   * @param knownId the id when the record states one (a trial's NCT number, a MeSH id)
   * @param attributes facts about it under lower_snake_case keys ({@code phase}, {@code country})
   */
  public record Thing(
      String key,
      EntityCategory category,
      String name,
      Optional<Curie> knownId,
      Map<String, String> attributes) {
    public Thing {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(knownId, "knownId");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("thing " + key + " needs a name");
      }
      attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
  }

  /** A relation between two things, with qualifiers such as {@code role=collaborator}. */
  public record Link(
      String subject, Predicate predicate, String object, Map<String, String> attributes) {
    public Link {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(predicate, "predicate");
      Objects.requireNonNull(object, "object");
      attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
  }

  /** A stable text of everything, for content hashes: changed facts make a changed document. */
  public String fingerprint() {
    StringBuilder b = new StringBuilder(provenance.toString()).append('\u001e');
    for (Thing t : things) {
      b.append(t.key()).append('\u001f').append(t.category()).append('\u001f').append(t.name());
      b.append('\u001f').append(t.knownId().map(Curie::toString).orElse(""));
      b.append('\u001f').append(t.attributes()).append('\u001d');
    }
    b.append('\u001e');
    for (Link l : links) {
      b.append(l.subject()).append('\u001f').append(l.predicate()).append('\u001f');
      b.append(l.object()).append('\u001f').append(l.attributes()).append('\u001d');
    }
    return b.toString();
  }
}
