package org.litgraph.ingest.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import org.litgraph.ingest.pubtator.PubTatorReader;

/**
 * One run of {@code litgraph train ner}: reads PubTator corpora, builds the gazetteer, trains a CRF
 * for diseases and chemicals and writes the model. Scoring it is the evaluation's job ({@code
 * litgraph eval ner --model FILE}), so that the figures are those of the whole recognition.
 */
public final class NerTraining {
  /** The categories the recogniser learns. */
  public static final Set<EntityCategory> CATEGORIES =
      EnumSet.of(EntityCategory.DISEASE, EntityCategory.CHEMICAL_ENTITY);

  /**
   * What to train on and where to write.
   *
   * @param corpora PubTator training files; a file without chemical types (NCBI-disease) teaches
   *     diseases only
   * @param properties CRFClassifier feature properties
   * @param meshDirectories MeSH directories for the gazetteer (thesaurus and trees TSVs)
   * @param lexicons LitGraph lexicon TSVs (plain or gzip) for the gazetteer
   * @param lexiconNames the running lexicon's names as a gazetteer: used, and not stored in the
   *     model, when no MeSH directory or lexicon TSV is given
   */
  public record Request(
      List<Path> corpora,
      Path out,
      Properties properties,
      List<Path> meshDirectories,
      List<Path> lexicons,
      Optional<CrfGazetteer> lexiconNames) {
    public Request {
      corpora = List.copyOf(corpora);
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(properties, "properties");
      meshDirectories = List.copyOf(meshDirectories);
      lexicons = List.copyOf(lexicons);
      if (corpora.isEmpty()) {
        throw new IllegalArgumentException("at least one training corpus is needed");
      }
      if (meshDirectories.isEmpty() && lexicons.isEmpty() && lexiconNames.isEmpty()) {
        throw new IllegalArgumentException("a gazetteer source is needed");
      }
    }

    /** Whether the model carries its gazetteer (built from files) or uses the lexicon's. */
    boolean storesGazetteer() {
      return !meshDirectories.isEmpty() || !lexicons.isEmpty();
    }
  }

  /** What was trained. */
  public record Report(
      CrfTrainingSet.Summary data,
      int gazetteerKeys,
      Duration trainingTime,
      long modelBytes,
      CrfModel model) {}

  private NerTraining() {}

  /** Trains and writes the model to {@code request.out()}; progress lines go to log. */
  public static Report run(Request request, NlpConfig nlp, Consumer<String> log)
      throws IOException {
    CrfTrainer.insideOnly(request.properties()); // refuse bad properties before the long part
    List<List<PubTatorDocument>> corpora = new ArrayList<>();
    for (Path corpus : request.corpora()) {
      corpora.add(PubTatorReader.read(corpus));
    }
    CrfGazetteer gazetteer = gazetteer(request);
    log.accept(
        "gazetteer: "
            + gazetteer.size()
            + " names"
            + (request.storesGazetteer() ? ", stored in the model" : " of the lexicon"));
    CrfTrainer trainer = new CrfTrainer(nlp);
    CrfTrainingSet data = new CrfTrainingSet();
    for (int c = 0; c < corpora.size(); c++) {
      List<PubTatorDocument> documents = corpora.get(c);
      log.accept("annotating " + documents.size() + " documents of " + request.corpora().get(c));
      List<AnnotatedText> annotated = trainer.annotate(documents);
      for (int i = 0; i < documents.size(); i++) {
        data.add(documents.get(i), annotated.get(i), CATEGORIES);
      }
    }
    log.accept("training on " + data.summary());
    long started = System.nanoTime();
    CrfModel model =
        CrfTrainer.train(
            data,
            gazetteer,
            request.storesGazetteer(),
            request.properties(),
            description(request, data));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    Path parent = request.out().toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(request.out())) {
      model.write(out);
    }
    log.accept("wrote " + request.out());
    return new Report(data.summary(), gazetteer.size(), took, Files.size(request.out()), model);
  }

  private static CrfGazetteer gazetteer(Request request) throws IOException {
    if (!request.storesGazetteer()) {
      return request.lexiconNames().orElseThrow();
    }
    CrfGazetteer.Builder builder = new CrfGazetteer.Builder();
    for (Path mesh : request.meshDirectories()) {
      GazetteerSources.addMesh(mesh, builder);
    }
    for (Path lexicon : request.lexicons()) {
      GazetteerSources.addLexiconTsv(lexicon, builder);
    }
    return builder.build();
  }

  private static String description(Request request, CrfTrainingSet data) {
    List<String> names = new ArrayList<>();
    request.corpora().forEach(c -> names.add(c.getFileName().toString()));
    return "CRF for "
        + CATEGORIES.stream().map(EntityCategory::biolinkName).toList()
        + " trained on "
        + names
        + " ("
        + data.summary().sentences()
        + " sentences), gazetteer "
        + (request.storesGazetteer() ? "stored" : "of the lexicon");
  }
}
