package org.litgraph.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.bench.SyntheticCorpus;
import org.litgraph.api.bench.SyntheticVocabulary;
import org.litgraph.api.export.ExportFormat;
import org.litgraph.api.export.ExportProgress;
import org.litgraph.api.export.ExportSummary;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph bench export}: fills the graph with synthetic documents ({@link SyntheticCorpus},
 * written straight through the graph store, no NLP) up to {@code --docs}, then exports it in every
 * format and prints each file's records and records/s and the heap. Run it with a small heap
 * ({@code LITGRAPH_HEAP=256m}) against a separate Neo4j ({@code --neo4j-uri}) to see that exports
 * do not grow with the graph.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export throughput on a synthetic graph of --docs documents.")
final class BenchExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Option(
      names = "--docs",
      defaultValue = "10000",
      description = "Documents (default ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--entities",
      defaultValue = "20000",
      description = "Synthetic entity pool (default ${DEFAULT-VALUE}).")
  int entities;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(
      names = "--writers",
      defaultValue = "4",
      description = "Parallel writer threads while filling the graph (default ${DEFAULT-VALUE}).")
  int writers;

  @Option(names = "--generate-only", description = "Only fill the graph; export nothing.")
  boolean generateOnly;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (LitGraphRuntime runtime = LitGraphRuntime.open(store.config("127.0.0.1", 0))) {
      generate(runtime.graph(), err, stdout);
      if (generateOnly) {
        return 0;
      }
      var counts = runtime.graph().counts();
      stdout.printf(
          "graph: %,d documents, %,d entities, %,d mentions, %,d claims, %,d co-mention links%n",
          counts.documents(),
          counts.entities(),
          counts.mentions(),
          counts.claims(),
          counts.coMentions());
      for (ExportFormat f : ExportFormat.values()) {
        long t0 = System.nanoTime();
        ExportSummary s =
            f.export(
                runtime.graph().export(),
                ExportFilter.ALL,
                out.resolve(f.name().toLowerCase()),
                new ExportProgress(err));
        stdout.printf("%s: %.1f s%n", f.name().toLowerCase(), (System.nanoTime() - t0) / 1e9);
        for (ExportSummary.FileFigures file : s.files()) {
          stdout.printf(
              "  %-22s %,12d records %8.1f s %,12.0f records/s%n",
              file.file(), file.records(), file.seconds(), file.recordsPerSecond());
        }
        stdout.println("  " + HeapReport.line());
        stdout.flush();
      }
      return 0;
    }
  }

  private void generate(GraphStore graph, PrintWriter err, PrintWriter stdout) {
    int have = (int) graph.counts().documents();
    if (have >= docs) {
      return;
    }
    // the same generator as bench query (issue 6), with an entity pool of the requested size
    SyntheticCorpus synthetic = new SyntheticCorpus(new SyntheticVocabulary(entities, 42), 42);
    long t0 = System.nanoTime();
    AtomicInteger next = new AtomicInteger(have);
    AtomicInteger written = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> tasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      tasks.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                  graph.write(synthetic.document(i));
                  int n = written.incrementAndGet();
                  if (n % 1000 == 0) {
                    err.printf("bench export: wrote %,d of %,d documents%n", have + n, docs);
                    err.flush();
                  }
                }
              }));
    }
    try {
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing synthetic documents", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("writing synthetic documents failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    stdout.printf(
        "wrote %,d synthetic documents in %.1f s (%.0f documents/s, %d writers)%n",
        docs - have, seconds, (docs - have) / seconds, writers);
  }
}
