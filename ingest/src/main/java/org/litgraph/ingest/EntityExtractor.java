package org.litgraph.ingest;

import java.util.List;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpModels;

/**
 * Entity recognition on bare text, without any store: the same NLP and recognition stages the
 * ingest pipeline runs. Evaluation and benchmark commands use it.
 */
public final class EntityExtractor {
  private final NlpModels models;
  private final EntityRecognitionStage recognition;

  public EntityExtractor(NlpModels models, Lexicon lexicon) {
    this(models, lexicon, true);
  }

  /** With {@code resolveAbbreviations} false, as the ingest pipeline without abbreviation links. */
  public EntityExtractor(NlpModels models, Lexicon lexicon, boolean resolveAbbreviations) {
    this.models = models;
    this.recognition = new EntityRecognitionStage(lexicon, resolveAbbreviations);
  }

  /** Loads the NLP models now, if not loaded yet, so that later timings exclude loading. */
  public void loadModels() {
    models.get();
  }

  /** The annotated text and the entity mentions found in it, sorted by offset. */
  public Result extract(String text) {
    AnnotatedText annotated = models.get().annotate(text);
    return new Result(annotated, recognition.recognize(annotated));
  }

  /** NLP output and recognised mentions of one text. */
  public record Result(AnnotatedText text, List<RecognizedMention> mentions) {
    public Result {
      mentions = List.copyOf(mentions);
    }
  }
}
