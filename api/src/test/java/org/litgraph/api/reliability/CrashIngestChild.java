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
 * <p>Arguments: {@code DATA_DIR CORPUS_FILE}. Last line on success: {@code finished}.
 */
public final class CrashIngestChild {
  private CrashIngestChild() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    Path data = Path.of(args[0]);
    LitGraphConfig config = new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0);
    try (LitGraphRuntime runtime = LitGraphRuntime.open(config, true, IngestConfig.defaults())) {
      out.println("opened");
      out.flush();
      IngestReport report =
          runtime
              .pipeline()
              .ingestArguments(
                  List.of(args[1]),
                  new IngestListener() {
                    @Override
                    public void documentDone(int done, int total, DocumentResult result) {
                      out.println("done " + done + "/" + total + " " + result.outcome());
                      out.flush();
                    }
                  });
      if (!report.failures().isEmpty()) {
        out.println("failures " + report.failures());
        System.exit(3);
      }
    }
    out.println("finished");
    out.flush();
  }
}
