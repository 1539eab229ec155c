package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.CrfModel;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Gives the CRF's spans entities, trying in turn:
 *
 * <ol>
 *   <li>the id the model's training corpora gave this name in this category ("toxicity" →
 *       MESH:D064420), or the name with its last token lemmatised ("colorectal cancers"), taken
 *       with the lexicon's name and xrefs when the lexicon has that id;
 *   <li>the lexicon's entry for the span's text, by {@link SurfaceKeys#folded} key, of the span's
 *       category and whose case rule the text satisfies;
 *   <li>an entry for the text of another category ("enalapril", filed under peptides): its id, with
 *       the span's category, since the CRF read the name in context;
 *   <li>the text with its last token lemmatised ("seizures" → "seizure"), then ever shorter tails
 *       of the span towards its head ("severe septic shock" → "septic shock"), in the span's
 *       category.
 * </ol>
 *
 * A span none of these knows gets a LitGraph-local id ({@code LITGRAPH:disease/<slug>}, {@code
 * LITGRAPH:chemical/<slug>}) named by its text, so it still becomes a node. Abbreviations defined
 * in the text take their long form's entity later ({@link AbbreviationStage}).
 */
final class CrfSpanNormalizer {
  static final Provenance PROVENANCE = new Provenance("crf-ner", "1");

  private final Lexicon lexicon;
  private final BiFunction<String, EntityCategory, Optional<String>> trainingIds;

  /**
   * @param trainingIds the id the training corpora gave a name in a category ({@link
   *     CrfModel#trainingId})
   */
  CrfSpanNormalizer(
      Lexicon lexicon, BiFunction<String, EntityCategory, Optional<String>> trainingIds) {
    this.lexicon = lexicon;
    this.trainingIds = trainingIds;
  }

  RecognizedMention normalize(CrfSpan span, NlpSentence sentence) {
    Entity entity =
        trained(span, span.text())
            .or(() -> lemmatised(span, sentence).flatMap(text -> trained(span, text)))
            .or(() -> lookup(span, sentence))
            .or(() -> otherCategory(span))
            .or(() -> tails(span, sentence))
            .orElseGet(() -> local(span));
    return new RecognizedMention(
        span.sentenceIndex(), span.start(), span.end(), entity, PROVENANCE);
  }

  /** The span's text with its last token lemmatised, when that differs. */
  private static Optional<String> lemmatised(CrfSpan span, NlpSentence sentence) {
    List<Token> tokens = tokens(span, sentence);
    if (tokens.isEmpty() || tokens.getLast().lemma().equals(tokens.getLast().text())) {
      return Optional.empty();
    }
    return Optional.of(text(span, tokens, true));
  }

  private static List<Token> tokens(CrfSpan span, NlpSentence sentence) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (t.start() >= span.start() && t.end() <= span.end()) {
        tokens.add(t);
      }
    }
    return tokens;
  }

  private Optional<Entity> trained(CrfSpan span, String text) {
    return trainingIds
        .apply(text, span.category())
        .filter(Curie::looksLikeCurie)
        .map(Curie::parse)
        .map(
            id ->
                lexicon
                    .entity(id)
                    .map(e -> recategorised(e, span.category()))
                    .orElseGet(
                        () ->
                            new Entity(
                                id, span.category(), span.text().strip(), List.of(), List.of())));
  }

  private Optional<Entity> lookup(CrfSpan span, NlpSentence sentence) {
    return find(span.text(), span.category());
  }

  /**
   * A MeSH descriptor the lexicon files as a gene product (MeSH's tree D12, amino acids, peptides
   * and proteins, is part of its chemicals branch) when the CRF read the name as a chemical.
   */
  private Optional<Entity> otherCategory(CrfSpan span) {
    if (span.category() != EntityCategory.CHEMICAL_ENTITY) {
      return Optional.empty();
    }
    for (LexiconEntry e : lexicon.lookup(SurfaceKeys.folded(span.text()))) {
      boolean caseOk =
          !e.caseSensitive()
              || SurfaceKeys.exact(span.text()).equals(SurfaceKeys.exact(e.surface()));
      if (caseOk
          && e.entity().category() == EntityCategory.GENE_OR_GENE_PRODUCT
          && e.entity().id().prefix().equals("MESH")) {
        return Optional.of(recategorised(e.entity(), span.category()));
      }
    }
    return Optional.empty();
  }

  private static Entity recategorised(Entity e, EntityCategory category) {
    return e.category() == category
        ? e
        : new Entity(e.id(), category, e.name(), e.synonyms(), e.xrefs(), e.attributes());
  }

  private Optional<Entity> tails(CrfSpan span, NlpSentence sentence) {
    List<Token> tokens = tokens(span, sentence);
    if (tokens.isEmpty()) {
      return Optional.empty();
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
