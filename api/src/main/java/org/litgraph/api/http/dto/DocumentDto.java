package org.litgraph.api.http.dto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.ResolvedClaim;

/**
 * {@code GET /api/documents/{id}}: metadata, text with sentence and mention offsets (UTF-16 indices
 * into {@code text}, as JavaScript strings count), the claims the document states and its
 * citations.
 */
public record DocumentDto(
    String id,
    String title,
    String kind,
    String source,
    String published,
    MetadataDto metadata,
    String text,
    List<SentenceDto> sentences,
    List<MentionDto> mentions,
    List<ClaimDto> claims) {

  /** Bibliographic metadata; {@code ids} maps schemes ({@code pmid}, {@code doi}) to values. */
  public record MetadataDto(
      List<String> authors,
      String venue,
      Map<String, String> ids,
      List<String> keywords,
      List<String> publicationTypes,
      String language,
      List<CitationDto> citations) {}

  /** A cited work; {@code documentId} is set when the cited work is a stored document. */
  public record CitationDto(
      String label, String text, Map<String, String> ids, String documentId) {}

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

  /**
   * A claim: subject, Biolink predicate, object; {@code sentence}, {@code start} and {@code end}
   * are null for claims read from a record's fields.
   */
  public record ClaimDto(
      String id,
      EntityRefDto subject,
      String predicate,
      EntityRefDto object,
      Integer sentence,
      Integer start,
      Integer end,
      String extractor,
      Map<String, String> attributes) {
    static ClaimDto from(ResolvedClaim r) {
      Claim c = r.claim();
      return new ClaimDto(
          c.id(),
          EntityRefDto.from(r.subject()),
          c.predicate().biolinkName(),
          EntityRefDto.from(r.object()),
          c.sentence().isPresent() ? c.sentence().getAsInt() : null,
          c.start().isPresent() ? c.start().getAsInt() : null,
          c.end().isPresent() ? c.end().getAsInt() : null,
          c.provenance().toString(),
          c.attributes());
    }
  }

  public static DocumentDto from(DocumentView v) {
    Document d = v.document();
    return new DocumentDto(
        d.id(),
        d.title(),
        d.kind().name(),
        d.source(),
        d.published().map(Object::toString).orElse(null),
        metadata(d.metadata(), v.citedDocuments()),
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
            .toList(),
        v.claims().stream().map(ClaimDto::from).toList());
  }

  private static MetadataDto metadata(DocumentMetadata m, Map<Integer, String> cited) {
    List<CitationDto> citations = new ArrayList<>(m.citations().size());
    for (int i = 0; i < m.citations().size(); i++) {
      Citation c = m.citations().get(i);
      citations.add(new CitationDto(c.label().orElse(null), c.text(), c.ids(), cited.get(i)));
    }
    return new MetadataDto(
        m.authors(),
        m.venue().orElse(null),
        m.ids(),
        m.keywords(),
        m.publicationTypes(),
        m.language().orElse(null),
        citations);
  }
}
