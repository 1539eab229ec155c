package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Gives the CRF's spans entities. The lexicon is asked for the span's text, then for the text with
 * its last token lemmatised ("seizures" → "seizure"), then for ever shorter tails of the span
 * towards its head ("severe septic shock" → "septic shock"), each by {@link SurfaceKeys#folded}
 * key, and the first entry of the span's category whose case rule the text satisfies wins. A span
 * the lexicon does not know gets a LitGraph-local id ({@code LITGRAPH:disease/<slug>}, {@code
 * LITGRAPH:chemical/<slug>}) named by its text, so it still becomes a node.
 */
final class CrfSpanNormalizer {
  static final Provenance PROVENANCE = new Provenance("crf-ner", "1");

  private final Lexicon lexicon;

  CrfSpanNormalizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  RecognizedMention normalize(CrfSpan span, NlpSentence sentence) {
    Entity entity = lookup(span, sentence).orElseGet(() -> local(span));
    return new RecognizedMention(
        span.sentenceIndex(), span.start(), span.end(), entity, PROVENANCE);
  }

  private Optional<Entity> lookup(CrfSpan span, NlpSentence sentence) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t.start() >= span.start() && t.end() <= span.end()) {
        tokens.add(t);
      }
    }
    Optional<Entity> whole = find(span.text(), span.category());
    if (whole.isPresent() || tokens.isEmpty()) {
      return whole;
    }
    for (int from = 0; from < tokens.size(); from++) {
      List<Token> tail = tokens.subList(from, tokens.size());
      if (from > 0) {
        Optional<Entity> e = find(text(span, tail, false), span.category());
        if (e.isPresent()) {
          return e;
        }
      }
      Optional<Entity> lemma = find(text(span, tail, true), span.category());
      if (lemma.isPresent()) {
        return lemma;
      }
    }
    return Optional.empty();
  }

  /** The tokens' text as written in the span, the last one replaced by its lemma if asked. */
  private static String text(CrfSpan span, List<Token> tail, boolean lemmaLast) {
    Token last = tail.getLast();
    String head =
        span.text().substring(tail.getFirst().start() - span.start(), last.start() - span.start());
    return head + (lemmaLast ? last.lemma() : last.text());
  }

  private Optional<Entity> find(String text, EntityCategory category) {
    for (LexiconEntry e : lexicon.lookup(SurfaceKeys.folded(text))) {
      boolean caseOk =
          !e.caseSensitive() || SurfaceKeys.exact(text).equals(SurfaceKeys.exact(e.surface()));
      if (caseOk && e.entity().category() == category) {
        return Optional.of(e.entity());
      }
    }
    return Optional.empty();
  }

  static Entity local(CrfSpan span) {
    String kind =
        switch (span.category()) {
          case DISEASE -> "disease";
          case CHEMICAL_ENTITY -> "chemical";
          default -> span.category().biolinkName().toLowerCase(java.util.Locale.ROOT);
        };
    String slug = GeneralNerMapper.slug(span.text());
    if (slug.isEmpty()) {
      slug = Integer.toHexString(span.text().hashCode());
    }
    return new Entity(
        new Curie("LITGRAPH", kind + "/" + slug),
        span.category(),
        span.text().strip(),
        List.of(),
        List.of());
  }
}
