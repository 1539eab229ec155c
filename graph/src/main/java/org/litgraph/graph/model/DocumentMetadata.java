package org.litgraph.graph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Bibliographic metadata a reader found beside the text. Everything is optional: a pasted text has
 * none, a PubMed record has most of it.
 *
 * @param authors author names as written ("Smith J", "Jane Smith")
 * @param venue the journal, publisher or site name
 * @param ids the document's own identifiers under lower-case schemes ({@code pmid}, {@code pmcid},
 *     {@code doi}, {@code nct})
 * @param keywords subject headings and keywords (MeSH headings, author keywords)
 * @param publicationTypes e.g. "Randomized Controlled Trial", "Review", "News"
 * @param language ISO 639 code when stated
 * @param citations the works the document cites, in document order
 */
public record DocumentMetadata(
    List<String> authors,
    Optional<String> venue,
    Map<String, String> ids,
    List<String> keywords,
    List<String> publicationTypes,
    Optional<String> language,
    List<Citation> citations) {

  /** No metadata at all. */
  public static final DocumentMetadata NONE =
      new DocumentMetadata(
          List.of(), Optional.empty(), Map.of(), List.of(), List.of(), Optional.empty(), List.of());

  public DocumentMetadata {
    authors = List.copyOf(authors);
    Objects.requireNonNull(venue, "venue");
    ids = Map.copyOf(new TreeMap<>(ids));
    keywords = List.copyOf(keywords);
    publicationTypes = List.copyOf(publicationTypes);
    Objects.requireNonNull(language, "language");
    citations = List.copyOf(citations);
  }

  /** The identifier under a scheme ({@code pmid}, {@code doi}, ...). */
  public Optional<String> id(String scheme) {
    return Optional.ofNullable(ids.get(scheme));
  }

  /**
   * A stable text of every field, in a fixed order, for content hashes: a document whose metadata
   * changed is a changed document.
   */
  public String fingerprint() {
    StringBuilder b = new StringBuilder();
    b.append(String.join("\u001f", authors)).append('\u001e');
    b.append(venue.orElse("")).append('\u001e');
    new TreeMap<>(ids).forEach((k, v) -> b.append(k).append('=').append(v).append('\u001f'));
    b.append('\u001e').append(String.join("\u001f", keywords)).append('\u001e');
    b.append(String.join("\u001f", publicationTypes)).append('\u001e');
    b.append(language.orElse("")).append('\u001e');
    for (Citation c : citations) {
      b.append(c.label().orElse("")).append('\u001f').append(c.text()).append('\u001f');
      new TreeMap<>(c.ids()).forEach((k, v) -> b.append(k).append('=').append(v).append(';'));
      b.append('\u001d');
    }
    return b.toString();
  }
}
