package org.litgraph.ingest;

import java.time.Duration;
import java.util.List;

/** The summary of one ingestion run. */
public record IngestReport(List<DocumentResult> results, Duration elapsed, StageTimes times) {
  public IngestReport {
    results = List.copyOf(results);
  }

  public long count(DocumentResult.Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  public long sentences() {
    return results.stream().mapToLong(DocumentResult::sentences).sum();
  }

  public long tokens() {
    return results.stream().mapToLong(DocumentResult::tokens).sum();
  }

  public long mentions() {
    return results.stream().mapToLong(DocumentResult::mentions).sum();
  }

  public List<DocumentResult> failures() {
    return results.stream().filter(r -> r.outcome() == DocumentResult.Outcome.FAILED).toList();
  }

  /** One line per count, then one per skipped source and one per failure. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
    sb.append(
        String.format(
            "documents: %d created, %d updated, %d unchanged, %d skipped, %d failed%n",
            count(DocumentResult.Outcome.CREATED),
            count(DocumentResult.Outcome.UPDATED),
            count(DocumentResult.Outcome.UNCHANGED),
            count(DocumentResult.Outcome.SKIPPED),
            count(DocumentResult.Outcome.FAILED)));
    sb.append(
        String.format(
            "processed: %d sentences, %d tokens, %d entity mentions in %.1f s"
                + " (%.0f tokens/s, %.2f documents/s written)%n",
            sentences(),
            tokens(),
            mentions(),
            seconds,
            tokens() / seconds,
            (count(DocumentResult.Outcome.CREATED) + count(DocumentResult.Outcome.UPDATED))
                / seconds));
    sb.append("time: ").append(times).append(System.lineSeparator());
    for (DocumentResult s : results) {
      if (s.outcome() == DocumentResult.Outcome.SKIPPED) {
        sb.append("skipped: ").append(s.source()).append(": ").append(s.reason().orElse("?"));
        sb.append(System.lineSeparator());
      }
    }
    for (DocumentResult c : results) {
      boolean written =
          c.outcome() == DocumentResult.Outcome.CREATED
              || c.outcome() == DocumentResult.Outcome.UPDATED;
      if (written && c.reason().isPresent()) {
        sb.append("capped: ").append(c.source()).append(": ").append(c.reason().get());
        sb.append(System.lineSeparator());
      }
    }
    for (DocumentResult f : failures()) {
      sb.append("failed: ").append(f.source()).append(": ").append(f.reason().orElse("?"));
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }
}
