package org.litgraph.ingest.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained CRF together with the gazetteer its features were computed with, and a one-line
 * description of how it was trained. One gzip file holds all three: a format tag, the description,
 * the gazetteer, then CoreNLP's own serialised {@code CRFClassifier}.
 */
public final class CrfModel {
  static final String FORMAT = "litgraph-crf-ner/1";

  private final CRFClassifier<CoreLabel> classifier;
  private final CrfGazetteer gazetteer;
  private final String description;

  CrfModel(CRFClassifier<CoreLabel> classifier, CrfGazetteer gazetteer, String description) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** How the model was trained (corpora, feature set), as the training command recorded it. */
  public String description() {
    return description;
  }

  public CrfGazetteer gazetteer() {
    return gazetteer;
  }

  /** The labels the CRF gives the sentence's tokens ({@code B-Disease}, {@code O}, ...). */
  List<String> label(NlpSentence sentence) {
    List<CoreLabel> out = classifier.classifySentence(CrfColumns.labels(sentence, gazetteer));
    List<String> labels = new ArrayList<>(out.size());
    for (CoreLabel l : out) {
      labels.add(l.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return labels;
  }

  /** Writes the model (gzip). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16));
    ObjectOutputStream oos = new ObjectOutputStream(gzip);
    oos.writeUTF(FORMAT);
    oos.writeUTF(description);
    gazetteer.write(oos);
    classifier.serializeClassifier(oos);
    oos.flush();
    gzip.finish();
    gzip.flush();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IllegalArgumentException when the stream is not such a model
   */
  public static CrfModel read(InputStream in, String name) throws IOException {
    ObjectInputStream ois =
        new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in, 1 << 16)));
    String format = ois.readUTF();
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          name + ": not a LitGraph CRF model (format '" + format + "', expected " + FORMAT + ")");
    }
    String description = ois.readUTF();
    CrfGazetteer gazetteer = CrfGazetteer.read(ois);
    try {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(ois, new Properties());
      return new CrfModel(crf, gazetteer, description);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalArgumentException(name + ": unreadable CRF classifier: " + e, e);
    }
  }

  /** Reads a model from the classpath. */
  public static CrfModel resource(String path) {
    try (InputStream in = CrfModel.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("CRF model missing from classpath: " + path);
      }
      return read(in, path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
