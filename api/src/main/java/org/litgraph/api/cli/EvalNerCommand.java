package org.litgraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.litgraph.ingest.EntityExtractor;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.eval.ErrorLog;
import org.litgraph.ingest.eval.EvaluationListener;
import org.litgraph.ingest.eval.NerEvaluation;
import org.litgraph.ingest.eval.NerReport;
import org.litgraph.ingest.eval.NerScorer;
import org.litgraph.ingest.nlp.CrfRecognizer;
import org.litgraph.ingest.nlp.NlpConfig;
import org.litgraph.ingest.nlp.NlpModels;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph eval ner --corpus FILE}: runs entity recognition over a PubTator corpus and
 * prints strict-match precision, recall, F1 and normalisation accuracy per type; the last line is
 * {@code F1 <micro-F1>}.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Score entity recognition against a PubTator corpus: strict span+type P/R/F1 per type and"
          + " micro-averaged, and the share of true positives normalised to the gold id.",
      "The last line is 'F1 <micro-F1>'. Progress goes to stderr."
    })
final class EvalNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LexiconOption lexiconOption;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "PubTator file.")
  Path corpus;

  @Option(
      names = "--types",
      split = ",",
      paramLabel = "TYPE",
      description =
          "Only these corpus types (after NCBI-disease's types become Disease), e.g."
              + " Disease,Chemical. Default: all the corpus has.")
  List<String> types = List.of();

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents.")
  Integer limit;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write false positives, false negatives and wrong ids with context (TSV).")
  Path errors;

  @Option(
      names = "--model",
      paramLabel = "NAME|FILE|none",
      description =
          "The CRF to recognise diseases and chemicals with: a shipped model (bc5cdr, the one"
              + " ingest uses; ncbi-disease), a model file from 'train ner', 'none' for the"
              + " dictionary alone, or 'auto': ncbi-disease for a corpus annotated with"
              + " NCBI-disease's types (SpecificDisease, DiseaseClass, Modifier,"
              + " CompositeMention), else bc5cdr. Default: ${DEFAULT-VALUE}.")
  String model = AUTO;

  @Option(
      names = "--keep-modifiers",
      description =
          "With a model file: follow NCBI-disease's conventions: disease spans inside names of"
              + " other categories (\"VHL\" in \"the VHL gene\") and composite mentions"
              + " (\"classical and Duarte galactosemia\"). The shipped ncbi-disease model always"
              + " does; ingest never does.")
  boolean keepModifiers;

  static final String AUTO = "auto";

  @Option(
      names = "--no-abbreviations",
      description = "Turn abbreviation resolution off (to measure its effect).")
  boolean noAbbreviations;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PubTatorDocument> docs = CorpusFiles.read(spec, corpus, limit, "");
    err.printf("read %d documents from %s%n", docs.size(), corpus);
    err.flush();
    NlpModels models = new NlpModels(NlpConfig.defaults().withoutParse()).startLoading();
    Lexicon lexicon = lexiconOption.load(spec);
    Optional<CrfRecognizer> crf = crf(docs);
    EntityExtractor extractor = new EntityExtractor(models, lexicon, !noAbbreviations, crf);
    NerEvaluation.Result result;
    try (Writer errorFile =
        errors == null ? null : Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
      Optional<ErrorLog> log = Optional.ofNullable(errorFile).map(ErrorLog::new);
      result =
          new NerEvaluation(extractor)
              .run(docs, new LinkedHashSet<>(types), new Progress(err, log));
    }
    if (errors != null) {
      err.printf("errors written to %s%n", errors);
    }
    String settings =
        lexiconOption.describe(lexicon)
            + "; abbreviation resolution "
            + (noAbbreviations ? "off" : "on")
            + "; CRF model: "
            + crf.map(CrfRecognizer::describe).orElse("none");
    out.print(NerReport.format(corpus.getFileName().toString(), settings, result));
    out.flush();
    return 0;
  }

  /** The model asked for; with {@code auto}, the shipped one trained on the corpus's scheme. */
  static String chooseModel(String asked, List<PubTatorDocument> docs) {
    if (!asked.equals(AUTO)) {
      return asked;
    }
    java.util.Set<String> types = new java.util.HashSet<>();
    for (PubTatorDocument d : docs) {
      d.annotations().forEach(a -> types.add(a.type()));
    }
    return org.litgraph.ingest.eval.TypeMapping.isNcbiDiseaseScheme(types)
        ? "ncbi-disease"
        : CrfRecognizer.DEFAULT_MODEL;
  }

  private Optional<CrfRecognizer> crf(List<PubTatorDocument> docs) {
    String chosen = chooseModel(model, docs);
    if (chosen.equals("none")) {
      return Optional.empty();
    }
    try {
      CrfRecognizer recognizer = CrfRecognizer.load(chosen);
      return Optional.of(keepModifiers ? recognizer.withModifiers(true) : recognizer);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** A progress line every 5% of the documents, and the error listing when asked for. */
  private static final class Progress implements EvaluationListener {
    private final PrintWriter err;
    private final Optional<ErrorLog> log;
    private final long started = System.nanoTime();

    Progress(PrintWriter err, Optional<ErrorLog> log) {
      this.err = err;
      this.log = log;
    }

    @Override
    public void loadingModels() {
      err.println("loading CoreNLP models (a few seconds, once per process)...");
      err.flush();
    }

    @Override
    public void documentScored(
        int done, int total, PubTatorDocument document, NerScorer.DocumentOutcome outcome) {
      log.ifPresent(l -> l.documentScored(done, total, document, outcome));
      if (done % Math.max(1, total / 20) == 0 || done == total) {
        err.printf(
            "[%d/%d] documents (%.1f s)%n", done, total, (System.nanoTime() - started) / 1e9);
        err.flush();
      }
    }
  }
}
