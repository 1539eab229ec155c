package org.litgraph.api.http.dto;

import java.util.List;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.store.DocumentView;

/**
 * {@code GET /api/documents/{id}}: text with sentence and mention offsets (UTF-16 indices into
 * {@code text}, as JavaScript strings count).
 */
public record DocumentDto(
    String id,
    String title,
    String kind,
    String source,
    String published,
    String text,
    List<SentenceDto> sentences,
    List<MentionDto> mentions) {

  /** A sentence's place in the text. */
  public record SentenceDto(int index, int start, int end) {}

  /** A mention's place in the text and the entity it names. */
  public record MentionDto(
      String entityId,
      String name,
      String category,
      int start,
      int end,
      String text,
      String extractor) {}

  public static DocumentDto from(DocumentView v) {
    Document d = v.document();
    return new DocumentDto(
        d.id(),
        d.title(),
        d.kind().name(),
        d.source(),
        d.published().map(Object::toString).orElse(null),
        v.text(),
        v.sentences().stream().map(s -> new SentenceDto(s.index(), s.start(), s.end())).toList(),
        v.mentions().stream()
            .map(
                m ->
                    new MentionDto(
                        m.entity().id().toString(),
                        m.entity().name(),
                        m.entity().category().biolinkName(),
                        m.mention().start(),
                        m.mention().end(),
                        m.mention().text(),
                        m.mention().provenance().toString()))
            .toList());
  }
}
