package org.litgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.ingest.DocumentResult.Outcome;

class IngestReportTest {
  private static DocumentResult done(String source, Outcome outcome, int sentences, int tokens) {
    return new DocumentResult(
        source, Optional.of("doc-" + source), outcome, Optional.empty(), sentences, tokens, 2);
  }

  private static IngestReport report() {
    return new IngestReport(
        List.of(
            done("a", Outcome.CREATED, 3, 40),
            done("b", Outcome.CREATED, 2, 20),
            done("c", Outcome.UNCHANGED, 0, 0),
            DocumentResult.skipped("/tmp/LICENSE", "a license file"),
            DocumentResult.failed("/tmp/empty.txt", "no text to ingest")),
        Duration.ofSeconds(2),
        StageTimes.ZERO);
  }

  @Test
  void countsOutcomesAndSumsWork() {
    IngestReport report = report();
    assertEquals(2, report.count(Outcome.CREATED));
    assertEquals(1, report.count(Outcome.UNCHANGED));
    assertEquals(0, report.count(Outcome.UPDATED));
    assertEquals(1, report.count(Outcome.FAILED));
    assertEquals(5, report.sentences());
    assertEquals(60, report.tokens());
    assertEquals(6, report.mentions());
    assertEquals(
        List.of("/tmp/empty.txt"), report.failures().stream().map(r -> r.source()).toList());
  }

  @Test
  void summaryStatesCountsRateAndEachSkippedOrFailedSourceWithItsReason() {
    String summary = report().summary();
    assertTrue(
        summary.startsWith("documents: 2 created, 0 updated, 1 unchanged, 1 skipped, 1 failed"),
        summary);
    assertTrue(summary.contains("skipped: /tmp/LICENSE: a license file"), summary);
    assertTrue(summary.contains("5 sentences, 60 tokens, 6 entity mentions in 2.0 s"), summary);
    assertTrue(summary.contains("(30 tokens/s, 1.00 documents/s written)"), summary);
    assertTrue(summary.contains("failed: /tmp/empty.txt: no text to ingest"), summary);
  }

  @Test
  void aWrittenDocumentWhoseClaimsWereCappedIsReported() {
    DocumentResult capped =
        new DocumentResult(
            "big",
            Optional.of("doc-big"),
            Outcome.CREATED,
            Optional.of("120 claims over the caps were not stored"),
            1,
            1,
            1);
    String summary =
        new IngestReport(List.of(capped), Duration.ofSeconds(1), StageTimes.ZERO).summary();
    assertTrue(summary.contains("capped: big: 120 claims over the caps were not stored"), summary);
    assertTrue(report().summary().lines().noneMatch(l -> l.startsWith("capped:")));
  }

  @Test
  void resultsAreCopiedSoTheReportCannotChangeAfterwards() {
    List<DocumentResult> results = new ArrayList<>(List.of(done("a", Outcome.CREATED, 1, 1)));
    IngestReport report = new IngestReport(results, Duration.ZERO, StageTimes.ZERO);
    results.clear();
    assertEquals(1, report.results().size());
  }

  @Test
  void documentIdIsStableAndDependsOnlyOnTheSource() {
    String id = DocumentIds.documentId("file:///data/news/one.txt");
    assertTrue(id.matches("doc-[0-9a-f]{16}"), id);
    assertEquals(id, DocumentIds.documentId("file:///data/news/one.txt"));
    assertNotEquals(id, DocumentIds.documentId("file:///data/news/two.txt"));
  }

  @Test
  void contentHashSeparatesItsParts() {
    // joining without a separator would make ("ab", "c") and ("a", "bc") the same content
    assertNotEquals(DocumentIds.contentHash("ab", "c"), DocumentIds.contentHash("a", "bc"));
    assertEquals(DocumentIds.contentHash("a", "b"), DocumentIds.contentHash("a", "b"));
  }
}
