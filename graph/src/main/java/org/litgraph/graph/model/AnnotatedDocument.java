package org.litgraph.graph.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A document with everything extracted from it: the unit that ingest writes to both stores.
 * Validation here guarantees that the stores never see dangling references: every mention points at
 * a listed entity and an existing sentence, and offsets lie inside the text.
 */
public record AnnotatedDocument(
    Document document,
    String text,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Mention> mentions,
    List<Claim> claims) {
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
    Set<String> claimIds = new HashSet<>();
    for (Claim c : claims) {
      if (!claimIds.add(c.id())) {
        throw new IllegalArgumentException("claim listed twice: " + c.id());
      }
      if (!ids.contains(c.subject()) || !ids.contains(c.object())) {
        throw new IllegalArgumentException("claim " + c.id() + " links an unlisted entity");
      }
      if (!c.documentId().equals(document.id())) {
        throw new IllegalArgumentException("claim " + c.id() + " belongs to " + c.documentId());
      }
      if (c.sentenceIndex().isPresent() && c.sentenceIndex().get() >= sentences.size()) {
        throw new IllegalArgumentException("claim " + c.id() + " points outside the sentences");
      }
      if (c.triggerEnd() > text.length()) {
        throw new IllegalArgumentException("claim " + c.id() + " trigger outside the text");
      }
    }
  }

  /** A document without claims. */
  public AnnotatedDocument(
      Document document,
      String text,
      List<Sentence> sentences,
      List<Entity> entities,
      List<Mention> mentions) {
    this(document, text, sentences, entities, mentions, List.of());
  }

  /** The mentions that fall in one sentence. */
  public List<Mention> mentionsIn(int sentenceIndex) {
    return mentions.stream().filter(m -> m.sentenceIndex() == sentenceIndex).toList();
  }
}
