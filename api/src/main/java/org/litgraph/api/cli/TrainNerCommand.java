package org.litgraph.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.LexiconGazetteer;
import org.litgraph.ingest.nlp.CrfGazetteer;
import org.litgraph.ingest.nlp.CrfTrainer;
import org.litgraph.ingest.nlp.NerTraining;
import org.litgraph.ingest.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph train ner}: trains the Disease/Chemical CRF from PubTator corpora and writes the
 * model; {@code litgraph eval ner --model FILE} measures it. The shipped model's exact command is
 * in ingest/src/main/resources/org/litgraph/ingest/nlp/NER-MODELS.md.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train the Disease/Chemical CRF recogniser on PubTator corpora and write the model.",
      "Training 1,000 abstracts takes minutes on one core and about 2 GB of heap (the"
          + " launcher's default LITGRAPH_HEAP=3g suffices)."
    })
final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description = "PubTator training files (BC5CDR, NCBI-disease, BioRED).")
  List<Path> corpora;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "Where to write the model (.ser.gz).")
  Path out;

  @Option(
      names = "--props",
      paramLabel = "FILE",
      description = "CRFClassifier properties (default: the shipped model's feature set).")
  Path props;

  @Option(
      names = "--mesh",
      paramLabel = "DIR",
      description =
          "MeSH directory for gazetteer features stored in the model (e.g. ../shared/vocab/mesh)."
              + " Default: the standard lexicon's names, not stored (the model then runs with the"
              + " lexicon it was trained with).")
  List<Path> mesh = List.of();

  @Option(
      names = "--gazetteer",
      paramLabel = "TSV",
      description =
          "Lexicon TSVs (surface, id, category, ...; plain or .gz) for the gazetteer features,"
              + " e.g. ingest/src/main/resources/org/litgraph/ingest/entity/lexicon.tsv.gz.")
  List<Path> gazetteers = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Properties properties = props == null ? CrfTrainer.defaultProperties() : load(props);
    boolean fromFiles = !mesh.isEmpty() || !gazetteers.isEmpty();
    if (!fromFiles) {
      err.println("building the gazetteer from the standard lexicon...");
      err.flush();
    }
    Optional<CrfGazetteer> lexiconNames =
        fromFiles ? Optional.empty() : Optional.of(LexiconGazetteer.of(Lexicon.standard()));
    NerTraining.Request request =
        new NerTraining.Request(corpora, this.out, properties, mesh, gazetteers, lexiconNames);
    NerTraining.Report report =
        NerTraining.run(
            request,
            NlpConfig.defaults(),
            line -> {
              err.println(line);
              err.flush();
            });
    out.printf(
        "trained on %s in %.0f s; gazetteer %d names; model %.1f MB at %s%n",
        report.data(),
        report.trainingTime().toMillis() / 1000.0,
        report.gazetteerKeys(),
        report.modelBytes() / 1e6,
        this.out);
    out.printf("measure it with: litgraph eval ner --model %s --corpus DEV_FILE%n", this.out);
    out.flush();
    return 0;
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    return p;
  }
}
