package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CrfRecognizer;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Recognises entities in annotated text.
 *
 * <p>Consumes: {@link AnnotatedText} (tokens, lemmas, CoreNLP NER spans). Produces: mentions sorted
 * by offset, no two overlapping, every mention of one entity carrying the same {@link Entity} (with
 * all attributes found in the document). Dictionary matches win over CoreNLP's general NER, whose
 * spans are kept only where no biomedical name was found. With a {@link CrfRecognizer}, its disease
 * and chemical spans are normalised against the lexicon and merged with the dictionary's matches as
 * {@link CrfMentionMerger} says, before the general NER's spans are added. Then {@link
 * AbbreviationStage} links short forms defined in the text to their long form's entity (unless
 * turned off, to measure its effect); the coordination, organisation and trial rules run last, on
 * what the earlier steps found.
 */
public final class EntityRecognitionStage {
  private final DictionaryRecognizer dictionary;
  private final GeneralNerMapper general = new GeneralNerMapper();
  private final CoordinationRule coordination = new CoordinationRule();
  private final OrganizationRules organizations = new OrganizationRules();
  private final TrialRules trials = new TrialRules();
  private final Optional<AbbreviationStage> abbreviations;
  private final Optional<CrfRecognizer> crf;
  private final Optional<CrfSpanNormalizer> crfNormalizer;

  public EntityRecognitionStage(Lexicon lexicon) {
    this(lexicon, true, Optional.empty());
  }

  /**
   * With {@code resolveAbbreviations} false, short forms are left as the recognisers found them.
   */
  public EntityRecognitionStage(Lexicon lexicon, boolean resolveAbbreviations) {
    this(lexicon, resolveAbbreviations, Optional.empty());
  }

  /** A stage that also runs a learned recogniser for diseases and chemicals. */
  public EntityRecognitionStage(Lexicon lexicon, CrfRecognizer crf) {
    this(lexicon, true, Optional.of(crf));
  }

  /** All choices explicit: abbreviation resolution on or off, a learned recogniser or none. */
  public EntityRecognitionStage(
      Lexicon lexicon, boolean resolveAbbreviations, Optional<CrfRecognizer> crf) {
    this.dictionary = new DictionaryRecognizer(lexicon);
    this.abbreviations =
        resolveAbbreviations ? Optional.of(new AbbreviationStage()) : Optional.empty();
    this.crf =
        crf.map(
            c -> c.model().needsGazetteer() ? c.withGazetteer(LexiconGazetteer.of(lexicon)) : c);
    this.crfNormalizer =
        this.crf.map(
            c ->
                new CrfSpanNormalizer(
                    lexicon,
                    (name, category) -> c.model().trainingId(name, category.biolinkName())));
  }

  public List<RecognizedMention> recognize(AnnotatedText text) {
    List<RecognizedMention> mentions = new ArrayList<>();
    for (NlpSentence s : text.sentences()) {
      mentions.addAll(dictionary.recognize(text.text(), s));
    }
    if (crf.isPresent()) {
      mentions =
          CrfMentionMerger.merge(
              mentions,
              learned(crf.get(), text),
              crf.get().model().categories(),
              crf.get().keepsModifiers());
    }
    List<RecognizedMention> fromDictionary = List.copyOf(mentions);
    for (RecognizedMention m : general.map(text.nerSpans())) {
      if (fromDictionary.stream().noneMatch(m::overlaps)) {
        mentions.add(m);
      }
    }
    if (abbreviations.isPresent()) {
      mentions = new ArrayList<>(abbreviations.get().resolve(text, sorted(mentions)));
    }
    mentions.addAll(coordination.recognize(text, mentions));
    mentions.addAll(organizations.recognize(text, mentions));
    mentions = placesInsideOrganizationParentheses(text.text(), mentions);
    List<RecognizedMention> trialMentions = trials.recognize(text, mentions);
    mentions.removeIf(m -> trialMentions.stream().anyMatch(t -> t.overlaps(m)));
    mentions.addAll(trialMentions);
    mentions = sorted(mentions);
    if (crf.isPresent() && crf.get().keepsModifiers()) {
      mentions = CompositeMentions.apply(text, mentions);
    }
    return consolidate(text.text(), mentions);
  }

  private static List<RecognizedMention> sorted(List<RecognizedMention> mentions) {
    List<RecognizedMention> out = new ArrayList<>(mentions);
    out.sort(
        Comparator.comparingInt(RecognizedMention::start).thenComparingInt(RecognizedMention::end));
    return out;
  }

  /** "Arvenna Biotherapeutics (Ghent, Belgium)": Ghent is a place, whatever CoreNLP said. */
  private static List<RecognizedMention> placesInsideOrganizationParentheses(
      String doc, List<RecognizedMention> mentions) {
    List<RecognizedMention> orgs =
        mentions.stream()
            .filter(m -> m.entity().category() == EntityCategory.ORGANIZATION)
            .toList();
    List<RecognizedMention> out = new ArrayList<>(mentions.size());
    for (RecognizedMention m : mentions) {
      boolean misread =
          m.provenance().equals(GeneralNerMapper.PROVENANCE)
              && m.entity().category() == EntityCategory.ORGANIZATION
              && orgs.stream()
                  .anyMatch(o -> o != m && OrganizationRules.insidePlaceParenthesis(doc, o, m));
      out.add(misread ? GeneralNerMapper.asPlace(m) : m);
    }
    return out;
  }

  /** One entity object per id, with the attributes of all its mentions merged. */
  private static List<RecognizedMention> consolidate(String doc, List<RecognizedMention> mentions) {
    Map<Curie, Entity> merged = new LinkedHashMap<>();
    for (RecognizedMention m : mentions) {
      Entity e = m.entity();
      if (e.category() == EntityCategory.ORGANIZATION) {
        e = e.withAttributes(OrganizationRules.attributesAfter(doc, m));
      }
      Entity previous = merged.get(e.id());
      merged.put(e.id(), previous == null ? e : previous.withAttributes(e.attributes()));
    }
    List<RecognizedMention> out = new ArrayList<>(mentions.size());
    for (RecognizedMention m : mentions) {
      out.add(
          new RecognizedMention(
              m.sentenceIndex(), m.start(), m.end(), merged.get(m.entity().id()), m.provenance()));
    }
    return out;
  }

  /**
   * The CRF's spans made consistent and normalised; a defined short form takes its long form's
   * entity ("LID" that of "dyskinesias" in "levodopa-induced dyskinesias (LID)").
   */
  private List<RecognizedMention> learned(CrfRecognizer recognizer, AnnotatedText text) {
    CrfSpanNormalizer normalizer = crfNormalizer.orElseThrow();
    DocumentConsistency.Result consistent =
        DocumentConsistency.resolve(text, recognizer.recognize(text));
    Map<CrfSpan, RecognizedMention> longForms = new HashMap<>();
    List<RecognizedMention> out = new ArrayList<>();
    for (CrfSpan span : consistent.spans()) {
      RecognizedMention m = normalizer.normalize(span, text.sentences().get(span.sentenceIndex()));
      CrfSpan longForm = consistent.longForms().get(span.text());
      if (longForm != null && !longForm.equals(span)) {
        Entity entity =
            longForms
                .computeIfAbsent(
                    longForm, l -> normalizer.normalize(l, text.sentences().get(l.sentenceIndex())))
                .entity();
        m = new RecognizedMention(m.sentenceIndex(), m.start(), m.end(), entity, m.provenance());
      }
      out.add(m);
    }
    return out;
  }
}
