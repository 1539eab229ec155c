package org.litgraph.graph.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A document with everything extracted from it: the unit that ingest writes to both stores.
 * Validation here guarantees that the stores never see dangling references: every mention points at
 * a listed entity and an existing sentence, and offsets lie inside the text; every claim's subject
 * and object are listed entities and its sentence exists.
 */
public record AnnotatedDocument(
    Document document,
    String text,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Mention> mentions,
    List<Claim> claims) {
  /** A document without claims. */
  public AnnotatedDocument(
      Document document,
      String text,
      List<Sentence> sentences,
      List<Entity> entities,
      List<Mention> mentions) {
    this(document, text, sentences, entities, mentions, List.of());
  }

  public AnnotatedDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.index() != i || !s.documentId().equals(document.id()) || s.end() > text.length()) {
        throw new IllegalArgumentException("sentence " + i + " does not fit " + document.id());
      }
    }
    Set<Curie> ids = new HashSet<>();
    for (Entity e : entities) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("entity listed twice: " + e.id());
      }
    }
    for (Mention m : mentions) {
      if (!ids.contains(m.entityId())) {
        throw new IllegalArgumentException("mention of unlisted entity " + m.entityId());
      }
      if (!m.documentId().equals(document.id())) {
        throw new IllegalArgumentException(
            "mention ["
                + m.start()
                + ","
                + m.end()
                + ") belongs to "
                + m.documentId()
                + ", not "
                + document.id());
      }
      if (m.sentenceIndex() >= sentences.size() || m.end() > text.length()) {
        throw new IllegalArgumentException(
            "mention [" + m.start() + "," + m.end() + ") outside " + document.id());
      }
    }
    for (Claim c : claims) {
      checkClaim(c, ids, sentences.size(), text.length(), document.id());
    }
  }

  private static void checkClaim(
      Claim c, Set<Curie> ids, int sentenceCount, int textLength, String documentId) {
    if (!ids.contains(c.subject()) || !ids.contains(c.object())) {
      throw new IllegalArgumentException(
          "claim "
              + c.subject()
              + " "
              + c.predicate()
              + " "
              + c.object()
              + " names an unlisted entity");
    }
    if (!c.documentId().equals(documentId)) {
      throw new IllegalArgumentException(
          "claim belongs to " + c.documentId() + ", not " + documentId);
    }
    if (c.sentence().isPresent() && c.sentence().getAsInt() >= sentenceCount) {
      throw new IllegalArgumentException(
          "claim in sentence " + c.sentence().getAsInt() + " outside " + documentId);
    }
    if (c.end().isPresent() && c.end().getAsInt() > textLength) {
      throw new IllegalArgumentException("claim span outside the text of " + documentId);
    }
  }

  /** The mentions that fall in one sentence. */
  public List<Mention> mentionsIn(int sentenceIndex) {
    return mentions.stream().filter(m -> m.sentenceIndex() == sentenceIndex).toList();
  }
}
