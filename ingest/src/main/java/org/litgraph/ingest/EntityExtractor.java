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
  private final Lexicon lexicon;
  private EntityRecognitionStage recognition;

  public EntityExtractor(NlpModels models, Lexicon lexicon) {
    this.models = models;
    this.lexicon = lexicon;
  }

  /** The annotated text and the entity mentions found in it, sorted by offset. */
  public Result extract(String text) {
    AnnotatedText annotated = models.get().annotate(text);
    return new Result(annotated, recognition().recognize(annotated));
  }

  /** The recognition stage, with the CRF once its model has loaded. */
  private synchronized EntityRecognitionStage recognition() {
    if (recognition == null) {
      recognition = new EntityRecognitionStage(lexicon, models.crf());
    }
    return recognition;
  }

  /** NLP output and recognised mentions of one text. */
  public record Result(AnnotatedText text, List<RecognizedMention> mentions) {
    public Result {
      mentions = List.copyOf(mentions);
    }
  }
}
