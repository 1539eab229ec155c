package org.litgraph.api.cli;

import java.io.PrintWriter;
import org.litgraph.ingest.DocumentResult;
import org.litgraph.ingest.IngestListener;

/** Prints ingestion progress to stderr: one line per document, or one per step on long runs. */
final class ConsoleProgress implements IngestListener {
  private final PrintWriter err;
  private int step = 1;
  private long last = System.nanoTime();

  ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int total) {
    step = Math.max(1, total / 50);
    err.printf("ingesting %d source(s)%n", total);
    last = System.nanoTime();
    err.flush();
  }

  @Override
  public void loadingModels() {
    err.println("loading CoreNLP models (a few seconds, once per process)...");
    err.flush();
  }

  @Override
  public void documentDone(int done, int total, DocumentResult r) {
    if (r.outcome() == DocumentResult.Outcome.FAILED || done % step == 0 || done == total) {
      err.printf(
          "[%d/%d] %s %s%s (%d ms)%n",
          done,
          total,
          r.outcome().name().toLowerCase(java.util.Locale.ROOT),
          r.source(),
          r.reason().map(reason -> ": " + reason).orElse(""),
          (System.nanoTime() - last) / 1_000_000);
      last = System.nanoTime();
      err.flush();
    }
  }
}
