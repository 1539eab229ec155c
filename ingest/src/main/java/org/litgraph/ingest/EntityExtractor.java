package org.litgraph.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CrfRecognizer;
import org.litgraph.ingest.nlp.NlpModels;

/**
 * Entity recognition on bare text, without any store: the same NLP and recognition stages the
 * ingest pipeline runs. Evaluation and benchmark commands use it.
 */
public final class EntityExtractor {
  private final NlpModels models;
  private final Lexicon lexicon;
  private final boolean resolveAbbreviations;
  private final Supplier<Optional<CrfRecognizer>> crf;
  private EntityRecognitionStage recognition;

  /** As the ingest pipeline: abbreviation resolution on, the default CRF of {@code models}. */
  public EntityExtractor(NlpModels models, Lexicon lexicon) {
    this(models, lexicon, true);
  }

  /** With {@code resolveAbbreviations} false, as the ingest pipeline without abbreviation links. */
  public EntityExtractor(NlpModels models, Lexicon lexicon, boolean resolveAbbreviations) {
    this(models, lexicon, resolveAbbreviations, () -> Optional.of(models.crf()));
  }

  /** With an explicit learned recogniser, or none ({@code crf} empty: dictionary only). */
  public EntityExtractor(
      NlpModels models,
      Lexicon lexicon,
      boolean resolveAbbreviations,
      Optional<CrfRecognizer> crf) {
    this(models, lexicon, resolveAbbreviations, () -> crf);
  }

  private EntityExtractor(
      NlpModels models,
      Lexicon lexicon,
      boolean resolveAbbreviations,
      Supplier<Optional<CrfRecognizer>> crf) {
    this.models = models;
    this.lexicon = lexicon;
    this.resolveAbbreviations = resolveAbbreviations;
    this.crf = crf;
  }

  /** Loads the NLP models now, if not loaded yet, so that later timings exclude loading. */
  public void loadModels() {
    models.get();
    recognition();
  }

  /** The learned recogniser in use, if any (loads it if needed). */
  public Optional<CrfRecognizer> crf() {
    return crf.get();
  }

  /** The annotated text and the entity mentions found in it, sorted by offset. */
  public Result extract(String text) {
    AnnotatedText annotated = models.get().annotate(text);
    return new Result(annotated, recognition().recognize(annotated));
  }

  /** The recognition stage, built once the CRF model has loaded. */
  private synchronized EntityRecognitionStage recognition() {
    if (recognition == null) {
      recognition = new EntityRecognitionStage(lexicon, resolveAbbreviations, crf());
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
