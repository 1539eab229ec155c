package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CrfRecognizer;
import org.litgraph.ingest.nlp.CrfSpan;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Recognises entities in annotated text.
 *
 * <p>Consumes: {@link AnnotatedText} (tokens, lemmas, CoreNLP NER spans). Produces: mentions sorted
 * by offset, no two overlapping. Dictionary matches win over CoreNLP's general NER, whose spans are
 * kept only where no biomedical name was found. With a {@link CrfRecognizer}, its disease and
 * chemical spans are normalised against the lexicon and merged with the dictionary's matches as
 * {@link CrfMentionMerger} says, before the general NER's spans are added.
 */
public final class EntityRecognitionStage {
  private final DictionaryRecognizer dictionary;
  private final GeneralNerMapper general = new GeneralNerMapper();
  private final CrfRecognizer crf;
  private final CrfSpanNormalizer crfNormalizer;

  public EntityRecognitionStage(Lexicon lexicon) {
    this(lexicon, null);
  }

  /** A stage that also runs a learned recogniser ({@code crf} may be null: dictionary only). */
  public EntityRecognitionStage(Lexicon lexicon, CrfRecognizer crf) {
    this.dictionary = new DictionaryRecognizer(lexicon);
    this.crf = crf;
    this.crfNormalizer = new CrfSpanNormalizer(lexicon);
  }

  public List<RecognizedMention> recognize(AnnotatedText text) {
    List<RecognizedMention> mentions = new ArrayList<>();
    for (NlpSentence s : text.sentences()) {
      mentions.addAll(dictionary.recognize(text.text(), s));
    }
    if (crf != null) {
      mentions = CrfMentionMerger.merge(mentions, learned(text));
    }
    List<RecognizedMention> fromDictionary = List.copyOf(mentions);
    for (RecognizedMention m : general.map(text.nerSpans())) {
      if (fromDictionary.stream().noneMatch(m::overlaps)) {
        mentions.add(m);
      }
    }
    mentions.sort(
        Comparator.comparingInt(RecognizedMention::start).thenComparingInt(RecognizedMention::end));
    return mentions;
  }

  private List<RecognizedMention> learned(AnnotatedText text) {
    List<RecognizedMention> out = new ArrayList<>();
    for (CrfSpan span : crf.recognize(text)) {
      out.add(crfNormalizer.normalize(span, text.sentences().get(span.sentenceIndex())));
    }
    return out;
  }
}
