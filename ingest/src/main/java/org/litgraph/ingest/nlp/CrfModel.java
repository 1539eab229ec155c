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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.litgraph.graph.model.EntityCategory;

/**
 * A trained CRF, the gazetteer its features are computed with, the concept ids its training corpora
 * gave its names, and a one-line description of how it was trained. One gzip file holds them: a
 * format tag, the description, whether the gazetteer is stored and if so the gazetteer, the ids,
 * then CoreNLP's own serialised {@code CRFClassifier}.
 *
 * <p>A model trained on the lexicon's names does not store them: whoever runs it supplies the
 * gazetteer of the same lexicon ({@link #withGazetteer}), which keeps the file small and the
 * features in step with the names the dictionary matches.
 */
public final class CrfModel {
  static final String FORMAT = "litgraph-crf-ner/2";

  private final CRFClassifier<CoreLabel> classifier;
  private final Optional<CrfGazetteer> gazetteer;
  private final boolean storesGazetteer;
  private final Map<String, String> trainingIds;
  private final String description;

  CrfModel(
      CRFClassifier<CoreLabel> classifier,
      Optional<CrfGazetteer> gazetteer,
      boolean storesGazetteer,
      Map<String, String> trainingIds,
      String description) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.storesGazetteer = storesGazetteer;
    this.trainingIds = Map.copyOf(trainingIds);
    this.description = Objects.requireNonNull(description, "description");
    if (storesGazetteer && gazetteer.isEmpty()) {
      throw new IllegalArgumentException("a model that stores its gazetteer needs one");
    }
  }

  /** How the model was trained (corpora, feature set), as the training command recorded it. */
  public String description() {
    return description;
  }

  /** The gazetteer in use (empty until supplied, for a model that does not store one). */
  public Optional<CrfGazetteer> gazetteer() {
    return gazetteer;
  }

  /** True when the model was trained on the lexicon's names and expects them supplied. */
  public boolean needsGazetteer() {
    return !storesGazetteer;
  }

  /** This model with the gazetteer it was trained with (the lexicon's names). */
  public CrfModel withGazetteer(CrfGazetteer names) {
    if (storesGazetteer) {
      throw new IllegalStateException("this model carries its own gazetteer");
    }
    return new CrfModel(classifier, Optional.of(names), false, trainingIds, description);
  }

  /**
   * The concept id the training corpora gave most often to this name in this category ({@code
   * MESH:D064420} for "toxicity"), if they annotated it.
   */
  public Optional<String> trainingId(String name, String category) {
    return Optional.ofNullable(trainingIds.get(idKey(name, category)));
  }

  /**
   * The categories the CRF labels (those its training corpora annotated: an NCBI-disease model
   * labels diseases only).
   */
  public Set<EntityCategory> categories() {
    Set<EntityCategory> out = EnumSet.noneOf(EntityCategory.class);
    for (String label : classifier.classIndex) {
      if (label.startsWith("B-") || label.startsWith("I-")) {
        out.add(EntityCategory.parse(label.substring(2)));
      }
    }
    return out;
  }

  /** Number of names with a training id. */
  public int trainingIdCount() {
    return trainingIds.size();
  }

  static String idKey(String name, String category) {
    return category + "\t" + GazetteerKeys.key(name);
  }

  /** The labels the CRF gives the sentence's tokens ({@code B-Disease}, {@code O}, ...). */
  List<String> label(NlpSentence sentence) {
    CrfGazetteer names =
        gazetteer.orElseThrow(
            () -> new IllegalStateException("supply the lexicon's gazetteer before labelling"));
    List<CoreLabel> out = classifier.classifySentence(CrfColumns.labels(sentence, names));
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
    oos.writeBoolean(storesGazetteer);
    if (storesGazetteer) {
      gazetteer.orElseThrow().write(oos);
    }
    Map<String, String> ids = new TreeMap<>(trainingIds);
    oos.writeInt(ids.size());
    for (Map.Entry<String, String> e : ids.entrySet()) {
      oos.writeUTF(e.getKey());
      oos.writeUTF(e.getValue());
    }
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
    boolean stored = ois.readBoolean();
    Optional<CrfGazetteer> gazetteer =
        stored ? Optional.of(CrfGazetteer.read(ois)) : Optional.empty();
    int n = ois.readInt();
    Map<String, String> ids = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      ids.put(ois.readUTF(), ois.readUTF());
    }
    try {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(ois, new Properties());
      return new CrfModel(crf, gazetteer, stored, ids, description);
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
