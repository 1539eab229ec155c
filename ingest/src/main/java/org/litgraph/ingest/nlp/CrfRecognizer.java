package org.litgraph.ingest.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds Disease and Chemical names with a trained CRF, sentence by sentence.
 *
 * <p>Consumes: {@link AnnotatedText} (tokens with parts of speech and lemmas). Produces: {@link
 * CrfSpan}s in text order, no two overlapping, without ids; the recognition stage makes them agree
 * across the document and normalises them. Thread-safe: the model is only read.
 */
public final class CrfRecognizer {
  /** The model ingest uses unless told otherwise. */
  public static final String DEFAULT_MODEL = "bc5cdr";

  /** The models shipped with LitGraph, by name (see NER-MODELS.md next to them). */
  public static final Map<String, String> SHIPPED =
      Map.of(
          "bc5cdr", "/org/litgraph/ingest/nlp/ner-crf-bc5cdr.ser.gz",
          "ncbi-disease", "/org/litgraph/ingest/nlp/ner-crf-ncbi-disease.ser.gz");

  /**
   * The shipped models trained on a corpus that annotates disease names used as modifiers
   * (NCBI-disease's Modifier type: "VHL" in "the VHL gene", "tumor" in "tumor suppressor").
   */
  static final java.util.Set<String> MODIFIER_MODELS = java.util.Set.of("ncbi-disease");

  private final String name;
  private final CrfModel model;
  private final boolean keepsModifiers;

  public CrfRecognizer(String name, CrfModel model) {
    this(name, model, false);
  }

  private CrfRecognizer(String name, CrfModel model, boolean keepsModifiers) {
    this.name = Objects.requireNonNull(name, "name");
    this.model = Objects.requireNonNull(model, "model");
    this.keepsModifiers = keepsModifiers;
  }

  /** Loads the default shipped model (about a second). */
  public static CrfRecognizer shipped() {
    return load(DEFAULT_MODEL);
  }

  /**
   * Loads a shipped model by name ({@link #SHIPPED}) or a model file written by {@code litgraph
   * train ner}.
   *
   * @throws IllegalArgumentException naming the shipped models when {@code nameOrFile} is neither
   */
  public static CrfRecognizer load(String nameOrFile) {
    String resource = SHIPPED.get(nameOrFile);
    if (resource != null) {
      return new CrfRecognizer(
          nameOrFile, CrfModel.resource(resource), MODIFIER_MODELS.contains(nameOrFile));
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no CRF model '"
              + nameOrFile
              + "': neither a shipped model "
              + SHIPPED.keySet().stream().sorted().toList()
              + " nor a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new CrfRecognizer(nameOrFile, CrfModel.read(in, nameOrFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The shipped model's name or the file it was read from. */
  public String name() {
    return name;
  }

  public CrfModel model() {
    return model;
  }

  /** This recogniser with the gazetteer its model was trained with (see {@link CrfModel}). */
  public CrfRecognizer withGazetteer(CrfGazetteer names) {
    return new CrfRecognizer(name, model.withGazetteer(names), keepsModifiers);
  }

  /**
   * Whether its disease spans stand even inside the name of a gene or a process, as the annotation
   * scheme of its training corpus wants (NCBI-disease: "VHL" in "the VHL gene" is a disease
   * mention). LitGraph's own scheme, and the default, keeps the gene: the graph should link "VHL
   * gene" to the gene, not to the disease. Under the same conventions coordinated premodifiers join
   * the disease name they share ("classical and Duarte galactosemia", one composite mention).
   */
  public boolean keepsModifiers() {
    return keepsModifiers;
  }

  /** This recogniser following the modifier convention or not (see {@link #keepsModifiers}). */
  public CrfRecognizer withModifiers(boolean keep) {
    return new CrfRecognizer(name, model, keep);
  }

  /** "bc5cdr (CRF for [...] trained on [...])", for reports. */
  public String describe() {
    return name
        + " ("
        + model.description()
        + (keepsModifiers ? "; disease modifiers inside other names kept" : "")
        + ")";
  }

  /** The CRF's spans, sentence by sentence. */
  public List<CrfSpan> recognize(AnnotatedText text) {
    List<CrfSpan> spans = new ArrayList<>();
    for (NlpSentence s : text.sentences()) {
      spans.addAll(BioLabels.decode(text.text(), s, model.label(s)));
    }
    return spans;
  }
}
