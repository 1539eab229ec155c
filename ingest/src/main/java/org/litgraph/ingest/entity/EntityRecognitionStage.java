package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Recognises entities in annotated text.
 *
 * <p>Consumes: {@link AnnotatedText} (tokens, lemmas, CoreNLP NER spans). Produces: mentions sorted
 * by offset, no two overlapping. Dictionary matches win over CoreNLP's general NER, whose spans are
 * kept only where no biomedical name was found.
 */
public final class EntityRecognitionStage {
  private final DictionaryRecognizer dictionary;
  private final GeneralNerMapper general = new GeneralNerMapper();

  public EntityRecognitionStage(Lexicon lexicon) {
    this.dictionary = new DictionaryRecognizer(lexicon);
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
    return mentions;
  }
}
