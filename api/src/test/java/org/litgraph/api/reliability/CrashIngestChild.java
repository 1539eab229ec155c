package org.litgraph.api.reliability;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.DocumentResult;
import org.litgraph.ingest.IngestConfig;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.IngestReport;

/**
 * The child process of {@link CrashResumeIT}: opens the runtime on a data directory exactly as
 * {@code litgraph ingest} does (embedded Neo4j over Bolt, Lucene on disk, CoreNLP preloading) and
 * ingests one corpus file, printing one line per finished document so the parent can pick a moment
 * to kill it.
 *
 * <p>Arguments: {@code CORPUS_FILE DATA_DIR...}: the corpus is ingested into each data directory in
 * turn (the last run of the test resumes the killed store and then makes the clean reference store,
 * sharing one JVM start). Last line on success: {@code finished}.
 */
public final class CrashIngestChild {
  /**
   * Documents per graph transaction: small, so that kills land between and inside multi-document
   * transactions of a short corpus (the default batch would hold the whole of it).
   */
  static final int BATCH = 3;

  private CrashIngestChild() {}

  public static void main(String[] args) {
    Path corpus = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      if (!ingest(Path.of(args[i]), corpus)) {
        System.exit(3);
      }
    }
    System.out.println("finished");
    System.out.flush();
  }

  private static boolean ingest(Path data, Path corpus) {
    PrintStream out = System.out;
    LitGraphConfig config = new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0);
    try (LitGraphRuntime runtime =
        LitGraphRuntime.open(config, true, IngestConfig.defaults().withBatchDocuments(BATCH))) {
      out.println("opened " + data);
      out.flush();
      IngestReport report =
          runtime
              .pipeline()
              .ingestArguments(
                  List.of(corpus.toString()),
                  new IngestListener() {
                    @Override
                    public void documentDone(int done, int total, DocumentResult result) {
                      out.println("done " + done + " " + result.outcome());
                      out.flush();
                    }
                  });
      if (!report.failures().isEmpty()) {
        out.println("failures " + report.failures());
        return false;
      }
      return true;
    }
  }
}
