package org.litgraph.ingest.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.litgraph.ingest.pubtator.PubTatorDocument;

/**
 * Trains and measures CRF recognisers from PubTator corpora.
 *
 * <p>Texts are annotated by the ingest pipeline's CoreNLP stage (without its NER, which the CRF
 * does not use), converted to labelled sentences ({@link CrfTrainingSet}), written as a column file
 * and handed to CoreNLP's {@code CRFClassifier} with the feature properties given (by default
 * {@value #DEFAULT_PROPERTIES}). One training holds the corpus, its features and the weights in
 * memory: about 2 GB for 1,000 abstracts.
 */
public final class CrfTrainer {
  /** The feature set of the shipped model, on the classpath. */
  public static final String DEFAULT_PROPERTIES = "/org/litgraph/ingest/nlp/ner-crf.properties";

  /**
   * A property of ours among the CRF's: {@code IO} or {@code BIO} (the default) labels. Removed
   * before the properties reach CoreNLP.
   */
  public static final String LABELS_PROPERTY = "litgraph.labels";

  /**
   * Ours too: with a number of folds above 1, the training corpora's own gold names join the
   * gazetteer. Each document is tagged with the names of the other folds' documents only
   * (jackknifing), so the feature is as reliable in training as on new text; the model keeps all.
   */
  public static final String TRAINING_NAMES_PROPERTY = "litgraph.trainingNames";

  private final CoreNlpStage nlp;

  public CrfTrainer(NlpConfig config) {
    this.nlp = CoreNlpStage.withoutNer(config);
  }

  /** The CRF properties of the shipped model. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    try (InputStream in = CrfTrainer.class.getResourceAsStream(DEFAULT_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("missing from classpath: " + DEFAULT_PROPERTIES);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * Whether the properties ask for IO labels.
   *
   * @throws IllegalArgumentException when {@value #LABELS_PROPERTY} is neither IO nor BIO
   */
  public static boolean insideOnly(Properties properties) {
    String labels = properties.getProperty(LABELS_PROPERTY, "BIO");
    if (!labels.equals("IO") && !labels.equals("BIO")) {
      throw new IllegalArgumentException(LABELS_PROPERTY + " must be IO or BIO, not " + labels);
    }
    return labels.equals("IO");
  }

  /** Runs the NLP stage over each document's text. */
  public List<AnnotatedText> annotate(List<PubTatorDocument> documents) {
    List<AnnotatedText> out = new ArrayList<>(documents.size());
    for (PubTatorDocument d : documents) {
      out.add(nlp.annotate(d.text()));
    }
    return out;
  }

  /**
   * Trains a model.
   *
   * @param gazetteer the names the gazetteer features come from
   * @param storeGazetteer whether the model file carries the gazetteer (else it is the lexicon's,
   *     supplied when the model runs)
   * @param properties CRFClassifier properties (features, optimiser); the data properties ({@code
   *     trainFile}, {@code map}, {@code readerAndWriter}) are set here
   * @param description stored in the model, e.g. the corpora and properties used
   */
  public static CrfModel train(
      CrfTrainingSet data,
      CrfGazetteer gazetteer,
      boolean storeGazetteer,
      Properties properties,
      String description)
      throws IOException {
    Path file = Files.createTempFile("litgraph-crf-train", ".tsv");
    try {
      Properties p = new Properties();
      p.putAll(properties);
      boolean insideOnly = insideOnly(p);
      p.remove(LABELS_PROPERTY);
      int folds = Integer.parseInt((String) p.getOrDefault(TRAINING_NAMES_PROPERTY, "0"));
      p.remove(TRAINING_NAMES_PROPERTY);
      CrfGazetteer shipped = gazetteer;
      if (folds > 1 && !storeGazetteer) {
        throw new IllegalArgumentException(
            TRAINING_NAMES_PROPERTY + " needs a stored gazetteer (--mesh or --gazetteer)");
      }
      if (folds > 1) {
        List<CrfGazetteer> perFold = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
          perFold.add(gazetteer.plus(data.names(folds, k)));
        }
        data.write(file, perFold, insideOnly);
        shipped = gazetteer.plus(data.names(folds, -1));
      } else {
        data.write(file, gazetteer, insideOnly);
      }
      p.setProperty("trainFile", file.toString());
      p.setProperty("map", CrfColumns.MAP);
      p.setProperty("readerAndWriter", "edu.stanford.nlp.sequences.ColumnDocumentReaderAndWriter");
      p.setProperty("inputEncoding", "UTF-8");
      p.remove("serializeTo");
      p.remove("testFile");
      CRFClassifier<CoreLabel> crf = new CRFClassifier<>(p);
      crf.train();
      return new CrfModel(
          crf, Optional.of(shipped), storeGazetteer, data.trainingIds(), description);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
