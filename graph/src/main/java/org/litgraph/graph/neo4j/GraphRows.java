package org.litgraph.graph.neo4j;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Citation;
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
import org.neo4j.driver.Value;

/**
 * Maps records to the parameter rows of {@link Cypher}'s writes and node properties back to
 * records, so {@link Neo4jGraphStore} holds only transactions. Identifier maps become {@code
 * id_<scheme>} properties and attribute maps {@code attr_<key>} properties (Neo4j has no map
 * properties); both prefixes are read back by {@link #prefixed}.
 */
final class GraphRows {
  static final String ID_PREFIX = "id_";
  static final String ATTR_PREFIX = "attr_";

  private GraphRows() {}

  static Map<String, Object> documentProps(AnnotatedDocument doc) {
    Document d = doc.document();
    DocumentMetadata m = d.metadata();
    Map<String, Object> props = new HashMap<>();
    props.put("id", d.id());
    props.put("source", d.source());
    props.put("title", d.title());
    d.published().ifPresent(p -> props.put("published", p));
    props.put("kind", d.kind().name());
    props.put("contentHash", d.contentHash());
    props.put("text", doc.text());
    props.put("sentenceCount", doc.sentences().size());
    props.put("authors", m.authors());
    m.venue().ifPresent(v -> props.put("venue", v));
    props.put("keywords", m.keywords());
    props.put("publicationTypes", m.publicationTypes());
    m.language().ifPresent(l -> props.put("language", l));
    m.ids().forEach((k, v) -> props.put(ID_PREFIX + k, v));
    return props;
  }

  static Document toDocument(Map<String, Object> props, DocumentMetadata metadata) {
    Object published = props.get("published");
    return new Document(
        (String) props.get("id"),
        (String) props.get("source"),
        (String) props.get("title"),
        published instanceof LocalDate date ? Optional.of(date) : Optional.empty(),
        DocumentKind.parse((String) props.get("kind")),
        (String) props.get("contentHash"),
        metadata);
  }

  static DocumentMetadata toMetadata(Map<String, Object> props, List<Citation> citations) {
    return new DocumentMetadata(
        strings(props.get("authors")),
        Optional.ofNullable((String) props.get("venue")),
        prefixed(props, ID_PREFIX),
        strings(props.get("keywords")),
        strings(props.get("publicationTypes")),
        Optional.ofNullable((String) props.get("language")),
        citations);
  }

  static List<Map<String, Object>> citationRows(Document d) {
    List<Citation> citations = d.metadata().citations();
    List<Map<String, Object>> rows = new ArrayList<>(citations.size());
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      Map<String, Object> props = new HashMap<>();
      props.put("id", d.id() + "#ref" + i);
      props.put("position", i);
      props.put("text", c.text());
      c.label().ifPresent(l -> props.put("label", l));
      c.ids().forEach((k, v) -> props.put(ID_PREFIX + k, v));
      rows.add(Map.of("id", props.get("id"), "documentId", d.id(), "props", props));
    }
    return rows;
  }

  static Citation toCitation(Map<String, Object> props) {
    return new Citation(
        Optional.ofNullable((String) props.get("label")),
        (String) props.get("text"),
        prefixed(props, ID_PREFIX));
  }

  /**
   * Claim rows for {@code Cypher.MERGE_CLAIMS}: the claim's properties (its triple again, for the
   * triple index and the summaries; trigger, context and qualifiers) and the ids to link.
   */
  static List<Map<String, Object>> claimRows(List<Claim> claims) {
    List<Map<String, Object>> rows = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Map<String, Object> props = new HashMap<>();
      props.put("id", c.id());
      props.put("documentId", c.documentId());
      props.put("subject", c.subject().toString());
      props.put("predicate", c.predicate().label());
      props.put("object", c.object().toString());
      props.put("extractor", c.provenance().toString());
      c.sentence().ifPresent(s -> props.put("sentence", s));
      c.start().ifPresent(s -> props.put("start", s));
      c.end().ifPresent(e -> props.put("end", e));
      props.put("trigger", c.trigger());
      ClaimContext x = c.context();
      props.put("negated", x.negated());
      props.put("negationCues", x.negationCues());
      props.put("hedged", x.hedged());
      props.put("hedgeCues", x.hedgeCues());
      props.put("species", x.species());
      props.put("studyType", x.studyType());
      props.put("quantities", x.quantities());
      c.attributes().forEach((k, v) -> props.put(ATTR_PREFIX + k, v));
      Map<String, Object> row = new HashMap<>();
      row.put("id", c.id());
      row.put("subject", c.subject().toString());
      row.put("object", c.object().toString());
      row.put("documentId", c.documentId());
      row.put(
          "sentenceId",
          c.sentence().isPresent() ? c.documentId() + "#" + c.sentence().getAsInt() : null);
      row.put("props", props);
      rows.add(row);
    }
    return rows;
  }

  static Claim toClaim(Map<String, Object> props, Curie subject, Curie object) {
    ClaimContext context =
        new ClaimContext(
            Boolean.TRUE.equals(props.get("negated")),
            strings(props.get("negationCues")),
            Boolean.TRUE.equals(props.get("hedged")),
            strings(props.get("hedgeCues")),
            strings(props.get("species")),
            props.get("studyType") instanceof String t ? t : "unknown",
            strings(props.get("quantities")));
    return new Claim(
        subject,
        Predicate.parse((String) props.get("predicate")),
        object,
        (String) props.get("documentId"),
        optionalInt(props.get("sentence")),
        optionalInt(props.get("start")),
        optionalInt(props.get("end")),
        Provenance.parse((String) props.get("extractor")),
        prefixed(props, ATTR_PREFIX),
        props.get("trigger") instanceof String t ? t : "",
        context);
  }

  /**
   * Entity rows sorted by id. {@code MERGE_ENTITIES} runs first among the statements that touch
   * shared nodes and locks each entity it sets, so every transaction takes its entity locks in one
   * global order: concurrent writes of documents naming the same entities wait for each other
   * instead of deadlocking and being retried (issue 8, {@code ConcurrentWriteIT}).
   */
  static List<Map<String, Object>> entityRows(List<Entity> entities) {
    List<Map<String, Object>> rows = new ArrayList<>(entities.size());
    List<Entity> sorted = new ArrayList<>(entities);
    sorted.sort(java.util.Comparator.comparing(e -> e.id().toString()));
    for (Entity e : sorted) {
      Map<String, Object> attributes = new HashMap<>();
      e.attributes().forEach((k, v) -> attributes.put(ATTR_PREFIX + k, v));
      rows.add(
          Map.of(
              "id", e.id().toString(),
              "name", e.name(),
              "category", e.category().biolinkName(),
              "synonyms", e.synonyms(),
              "xrefs", e.xrefs().stream().map(Curie::toString).toList(),
              "attributes", attributes));
    }
    return rows;
  }

  static List<Map<String, Object>> sentenceRows(List<Sentence> sentences) {
    List<Map<String, Object>> rows = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      rows.add(
          Map.of(
              "id", s.id(),
              "documentId", s.documentId(),
              "index", s.index(),
              "start", s.start(),
              "end", s.end(),
              "text", s.text()));
    }
    return rows;
  }

  static List<Map<String, Object>> mentionRows(List<Mention> mentions) {
    List<Map<String, Object>> rows = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      rows.add(
          Map.of(
              "sentenceId", m.documentId() + "#" + m.sentenceIndex(),
              "entityId", m.entityId().toString(),
              "start", m.start(),
              "end", m.end(),
              "text", m.text(),
              "extractor", m.provenance().toString()));
    }
    return rows;
  }

  /** The properties under a prefix, without it, sorted by key. */
  static Map<String, String> prefixed(Map<String, Object> props, String prefix) {
    Map<String, String> out = new TreeMap<>();
    props.forEach(
        (k, v) -> {
          if (k.startsWith(prefix) && v != null) {
            out.put(k.substring(prefix.length()), v.toString());
          }
        });
    return out;
  }

  static Map<String, Object> props(Value v) {
    return v.asMap(x -> x.isNull() ? null : x.asObject());
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    return List.of();
  }

  private static OptionalInt optionalInt(Object value) {
    return value instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
  }
}
