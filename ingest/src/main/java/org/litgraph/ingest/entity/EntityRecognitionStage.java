package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Recognises entities in annotated text.
 *
 * <p>Consumes: {@link AnnotatedText} (tokens, lemmas, CoreNLP NER spans). Produces: mentions sorted
 * by offset, no two overlapping. Dictionary matches win over CoreNLP's general NER, whose spans are
 * kept only where no biomedical name was found. Then {@link AbbreviationStage} links short forms
 * defined in the text to their long form's entity (unless turned off, to measure its effect).
 */
public final class EntityRecognitionStage {
  private final DictionaryRecognizer dictionary;
  private final GeneralNerMapper general = new GeneralNerMapper();
  private final Optional<AbbreviationStage> abbreviations;

  public EntityRecognitionStage(Lexicon lexicon) {
    this(lexicon, true);
  }

  /**
   * With {@code resolveAbbreviations} false, short forms are left as the recognisers found them.
   */
  public EntityRecognitionStage(Lexicon lexicon, boolean resolveAbbreviations) {
    this.dictionary = new DictionaryRecognizer(lexicon);
    this.abbreviations =
        resolveAbbreviations ? Optional.of(new AbbreviationStage()) : Optional.empty();
  }

  public List<RecognizedMention> recognize(AnnotatedText text) {
    List<RecognizedMention> mentions = new ArrayList<>();
    for (NlpSentence s : text.sentences()) {
      mentions.addAll(dictionary.recognize(text.text(), s));
    }
    List<RecognizedMention> fromDictionary = List.copyOf(mentions);
    for (RecognizedMention m : general.map(text.nerSpans())) {
      if (fromDictionary.stream().noneMatch(m::overlaps)) {
        mentions.add(m);
      }
    }
    mentions.sort(
        Comparator.comparingInt(RecognizedMention::start).thenComparingInt(RecognizedMention::end));
    return abbreviations.map(a -> a.resolve(text, mentions)).orElse(mentions);
  }
}
