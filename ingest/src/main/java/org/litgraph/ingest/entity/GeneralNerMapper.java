package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.NerSpan;

/**
 * Turns CoreNLP's ORGANIZATION and LOCATION mentions into Organization and Place entities with
 * LitGraph-local ids ({@code LITGRAPH:org-tigenix}), until a registry of organizations exists.
 * Spans that are lower-case or a single character are dropped as noise.
 */
public final class GeneralNerMapper {
  public static final Provenance PROVENANCE = new Provenance("corenlp-ner", "4.5.10");

  public List<RecognizedMention> map(List<NerSpan> spans) {
    List<RecognizedMention> out = new ArrayList<>();
    for (NerSpan s : spans) {
      toEntity(s)
          .ifPresent(
              e ->
                  out.add(
                      new RecognizedMention(s.sentenceIndex(), s.start(), s.end(), e, PROVENANCE)));
    }
    return out;
  }

  static Optional<Entity> toEntity(NerSpan s) {
    String text = s.text().strip();
    if (text.length() < 2 || !Character.isUpperCase(text.codePointAt(0))) {
      return Optional.empty();
    }
    EntityCategory category;
    String kind;
    switch (s.type()) {
      case "ORGANIZATION" -> {
        category = EntityCategory.ORGANIZATION;
        kind = "org";
      }
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> {
        category = EntityCategory.PLACE;
        kind = "place";
      }
      default -> {
        return Optional.empty();
      }
    }
    String slug = slug(text);
    if (slug.isEmpty()) {
      return Optional.empty();
    }
    Curie id = new Curie("LITGRAPH", kind + "-" + slug);
    return Optional.of(new Entity(id, category, text, List.of(), List.of()));
  }

  /** The same span as a Place (for organisation tags CoreNLP put on a city). */
  static RecognizedMention asPlace(RecognizedMention m) {
    String name = m.entity().name();
    Entity place =
        new Entity(
            new Curie("LITGRAPH", "place-" + slug(name)),
            EntityCategory.PLACE,
            name,
            List.of(),
            List.of());
    return new RecognizedMention(m.sentenceIndex(), m.start(), m.end(), place, m.provenance());
  }

  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{Nd}]+", "-")
        .replaceAll("(^-+|-+$)", "");
  }
}
