package org.litgraph.ingest;

/** Progress callbacks of a long ingestion; the CLI prints them, the API ignores them. */
public interface IngestListener {
  IngestListener SILENT = new IngestListener() {};

  /** Sources resolved; ingestion of {@code total} sources starts. */
  default void started(int total) {}

  /**
   * One source done ({@code done} of {@code total}). Called on the pipeline's store thread, one
   * call at a time and in input order.
   */
  default void documentDone(int done, int total, DocumentResult result) {}

  /** The NLP models are being loaded (takes seconds on first use). */
  default void loadingModels() {}
}
