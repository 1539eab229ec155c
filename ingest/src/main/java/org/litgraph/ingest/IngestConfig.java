package org.litgraph.ingest;

import java.util.Objects;
import org.litgraph.ingest.nlp.NlpConfig;
import org.litgraph.ingest.source.SourceLimits;

/**
 * Settings of the ingestion pipeline.
 *
 * @param commitEvery commit the search index after this many written documents
 */
public record IngestConfig(NlpConfig nlp, SourceLimits limits, int commitEvery) {
  public IngestConfig {
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(limits, "limits");
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be >= 1");
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(NlpConfig.defaults(), SourceLimits.defaults(), 50);
  }
}
