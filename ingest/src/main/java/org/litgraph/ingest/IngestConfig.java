package org.litgraph.ingest;

import java.util.Objects;
import org.litgraph.ingest.nlp.NlpConfig;
import org.litgraph.ingest.source.SourceLimits;

/**
 * Settings of the ingestion pipeline.
 *
 * @param commitEvery commit the search index after this many written documents
 * @param batchDocuments documents written to the graph in one transaction (at most; fewer when the
 *     run ends or their texts are long)
 */
public record IngestConfig(
    NlpConfig nlp, SourceLimits limits, int commitEvery, int batchDocuments) {
  /** Documents per graph transaction by default: measured with {@code litgraph bench ingest}. */
  public static final int DEFAULT_BATCH = 16;

  public IngestConfig {
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(limits, "limits");
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be >= 1");
    }
    if (batchDocuments < 1) {
      throw new IllegalArgumentException("batchDocuments must be >= 1");
    }
  }

  public IngestConfig(NlpConfig nlp, SourceLimits limits, int commitEvery) {
    this(nlp, limits, commitEvery, DEFAULT_BATCH);
  }

  public static IngestConfig defaults() {
    return new IngestConfig(NlpConfig.defaults(), SourceLimits.defaults(), 50);
  }

  /** The same settings with another batch size. */
  public IngestConfig withBatchDocuments(int documents) {
    return new IngestConfig(nlp, limits, commitEvery, documents);
  }
}
