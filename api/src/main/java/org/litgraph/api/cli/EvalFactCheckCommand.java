package org.litgraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.litgraph.graph.lucene.LuceneSearchIndex;
import org.litgraph.ingest.eval.RetrievalEvaluation;
import org.litgraph.ingest.eval.StanceEvaluation;
import org.litgraph.ingest.eval.StancePairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph eval factcheck --pairs FILE}: scores the fact-checker's stance rules on
 * (evidence, claim, label) pairs beside the majority-class baseline, and the recall@k of its
 * sentence retrieval with the pairs' evidence texts indexed in a temporary Lucene index; the last
 * line is {@code F1 <macro-F1>}.
 */
@Command(
    name = "factcheck",
    mixinStandardHelpOptions = true,
    description = {
      "Score the fact-checker's stance rules (supports / refutes / neutral) on evidence-claim"
          + " pairs: SciFact rte_train.tsv or HealthVer CSV. Prints per-label precision, recall,"
          + " F1 and macro-F1 beside the majority-class baseline, and recall@k of retrieving each"
          + " claim's evidence text from a temporary index holding all the file's evidence texts.",
      "The last line is 'F1 <macro-F1>'."
    })
final class EvalFactCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pairs",
      required = true,
      paramLabel = "FILE",
      description = "rte_train.tsv (SciFact) or healthver_*.csv.")
  Path pairs;

  @Option(
      names = "--no-retrieval",
      description = "Skip the recall@k measurement (no temporary index).")
  boolean noRetrieval;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(pairs)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + pairs);
    }
    StancePairs data;
    try {
      data = StancePairs.read(pairs);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    long t0 = System.nanoTime();
    StanceEvaluation.Report report = new StanceEvaluation().run(data);
    out.printf(
        "pairs: %s (%s), %d pairs, gold %s%n", pairs, data.format(), report.pairs(), report.gold());
    out.println(
        "stance: rules (thresholds chosen on SciFact rte_train only; HealthVer is held out)");
    for (StanceEvaluation.Scores s : List.of(report.majority(), report.rules())) {
      out.printf("%-28s %10s %10s %10s %7s%n", s.system(), "precision", "recall", "F1", "gold");
      for (Map.Entry<String, double[]> e : s.perLabel().entrySet()) {
        double[] v = e.getValue();
        out.printf("  %-26s %10.3f %10.3f %10.3f %7d%n", e.getKey(), v[0], v[1], v[2], (int) v[3]);
      }
      out.printf("  %-26s %32.3f%n", "macro-F1", s.macroF1());
    }
    out.printf("stance time: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    if (!noRetrieval) {
      retrieval(out, data);
    }
    out.printf("F1 %.3f%n", report.rules().macroF1());
    out.flush();
    return 0;
  }

  private static void retrieval(PrintWriter out, StancePairs data) throws IOException {
    Path dir = Files.createTempDirectory("litgraph-eval-factcheck");
    try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
      long t0 = System.nanoTime();
      RetrievalEvaluation.Report r = new RetrievalEvaluation(index).run(data, List.of(1, 3, 5, 10));
      out.printf(
          "retrieval: %d evidence texts indexed (all of them, no NLP), %d claims, in %d ms%n",
          r.evidenceTexts(), r.claims(), (System.nanoTime() - t0) / 1_000_000);
      r.recallAt().forEach((k, v) -> out.printf("  recall@%-3d %.3f%n", k, v));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
