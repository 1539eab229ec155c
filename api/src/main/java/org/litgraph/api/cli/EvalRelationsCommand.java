package org.litgraph.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.litgraph.ingest.EntityExtractor;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.eval.EvaluationListener;
import org.litgraph.ingest.eval.NerScorer;
import org.litgraph.ingest.eval.RelationEvaluation;
import org.litgraph.ingest.eval.RelationScore;
import org.litgraph.ingest.nlp.NlpConfig;
import org.litgraph.ingest.nlp.NlpModels;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph eval relations --corpus FILE}: scores claim extraction against a PubTator
 * corpus's relations, end to end and with the gold entities; the last line is {@code F1 <end-to-end
 * pair F1>}.
 */
@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    description = {
      "Score claim extraction against the relation lines of a PubTator corpus (BioRED, BC5CDR):"
          + " document-level entity-pair precision/recall/F1, untyped and typed, end to end with"
          + " our own entity recognition and with the corpus's gold entities, each beside the"
          + " same-sentence co-mention baseline.",
      "The last line is 'F1 <end-to-end pair F1>'. Progress goes to stderr."
    })
final class EvalRelationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LexiconOption lexiconOption;

  @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "PubTator file.")
  Path corpus;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents.")
  Integer limit;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "end-to-end, gold or both (default).")
  String mode = "both";

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<RelationEvaluation.Mode> modes =
        switch (mode.toLowerCase(Locale.ROOT)) {
          case "both" ->
              List.of(RelationEvaluation.Mode.GOLD_ENTITIES, RelationEvaluation.Mode.END_TO_END);
          case "gold" -> List.of(RelationEvaluation.Mode.GOLD_ENTITIES);
          case "end-to-end" -> List.of(RelationEvaluation.Mode.END_TO_END);
          default ->
              throw new picocli.CommandLine.ParameterException(
                  spec.commandLine(),
                  "--mode must be end-to-end, gold or both, not '" + mode + "'");
        };
    List<PubTatorDocument> docs = CorpusFiles.read(spec, corpus, limit, "");
    if (RelationEvaluation.relationTypes(docs).isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), corpus + " has no relation lines to score against");
    }
    err.printf("read %d documents from %s%n", docs.size(), corpus);
    err.flush();
    NlpModels models = new NlpModels(NlpConfig.defaults()).startLoading();
    Lexicon lexicon = lexiconOption.load(spec);
    RelationEvaluation evaluation = new RelationEvaluation(new EntityExtractor(models, lexicon));
    List<RelationEvaluation.Result> results = new ArrayList<>();
    for (RelationEvaluation.Mode m : modes) {
      err.printf("scoring %s...%n", label(m));
      err.flush();
      results.add(evaluation.run(docs, m, new Progress(err)));
    }
    out.printf(
        "corpus %s: %d documents; relation types %s%n",
        corpus.getFileName(), docs.size(), RelationEvaluation.relationTypes(docs));
    out.println("claims extractor litgraph-dependency-rules@1; " + lexiconOption.describe(lexicon));
    RelationEvaluation.Result last = null;
    for (RelationEvaluation.Result r : results) {
      out.printf(
          "%n%s: %d claims in %d documents (%.1f s, %.0f tokens/s); claims by predicate %s%n",
          label(r.mode()),
          r.claims(),
          r.documents(),
          r.elapsed().toMillis() / 1000.0,
          r.tokens() / Math.max(1e-9, r.elapsed().toNanos() / 1e9),
          r.claimsByPredicate());
      out.printf("%-32s %6s %6s %6s %7s %7s %7s%n", "row", "TP", "FP", "FN", "P", "R", "F1");
      for (RelationScore s : r.scores()) {
        out.printf(
            "%-32s %6d %6d %6d %7.4f %7.4f %7.4f%n",
            s.label(),
            s.truePositives(),
            s.falsePositives(),
            s.falseNegatives(),
            s.precision(),
            s.recall(),
            s.f1());
      }
      last = r;
    }
    RelationEvaluation.Result endToEnd =
        results.stream()
            .filter(r -> r.mode() == RelationEvaluation.Mode.END_TO_END)
            .findFirst()
            .orElse(last);
    out.printf(Locale.ROOT, "F1 %.4f%n", endToEnd.pairs().f1());
    out.flush();
    return 0;
  }

  private static String label(RelationEvaluation.Mode m) {
    return m == RelationEvaluation.Mode.END_TO_END
        ? "end to end (our entities)"
        : "gold entities given";
  }

  private static final class Progress implements EvaluationListener {
    private final PrintWriter err;
    private final long started = System.nanoTime();

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void loadingModels() {
      err.println("loading CoreNLP models with the dependency parser (once per process)...");
      err.flush();
    }

    @Override
    public void documentScored(
        int done, int total, PubTatorDocument document, NerScorer.DocumentOutcome outcome) {
      if (done % Math.max(1, total / 10) == 0 || done == total) {
        err.printf(
            "[%d/%d] documents (%.1f s)%n", done, total, (System.nanoTime() - started) / 1e9);
        err.flush();
      }
    }
  }
}
