package org.litgraph.ingest.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;

class VerdictJudgeTest {
  private final VerdictJudge judge = new VerdictJudge();

  static Evidence evidence(String id, Stance stance, double score, String studyType) {
    return new Evidence(
        id,
        "graph",
        "doc-" + id,
        "Title " + id,
        "demo:" + id,
        DocumentKind.ABSTRACT,
        Optional.of(LocalDate.of(2020, 1, 1)),
        "A sentence.",
        0,
        Optional.empty(),
        stance,
        score,
        "test",
        false,
        false,
        List.of(),
        studyType,
        List.of());
  }

  @Test
  void noEvidenceIsNotEnoughEvidence() {
    var d = judge.decide(List.of());
    assertEquals(Verdict.NOT_ENOUGH_EVIDENCE, d.verdict());
    assertEquals(List.of(), d.deciding());
  }

  @Test
  void onlyNeutralEvidenceIsNotEnoughEvidence() {
    var d = judge.decide(List.of(evidence("e1", Stance.NEUTRAL, 0.9, "clinical trial")));
    assertEquals(Verdict.NOT_ENOUGH_EVIDENCE, d.verdict());
  }

  @Test
  void supportOnlyIsSupportedAndNamesTheDecidingEvidence() {
    var d =
        judge.decide(
            List.of(
                evidence("e1", Stance.SUPPORTS, 0.8, "animal study"),
                evidence("e2", Stance.NEUTRAL, 0.9, "review")));
    assertEquals(Verdict.SUPPORTED, d.verdict());
    assertEquals(List.of("e1"), d.deciding());
  }

  @Test
  void aTrialOutweighsANewsReport() {
    var d =
        judge.decide(
            List.of(
                evidence("e1", Stance.SUPPORTS, 0.8, "news report"),
                evidence("e2", Stance.REFUTES, 0.8, "clinical trial")));
    assertEquals(Verdict.CONTRADICTED, d.verdict());
    assertEquals(List.of("e2"), d.deciding());
  }

  @Test
  void balancedEvidenceIsMixed() {
    var d =
        judge.decide(
            List.of(
                evidence("e1", Stance.SUPPORTS, 0.8, "animal study"),
                evidence("e2", Stance.REFUTES, 0.7, "animal study")));
    assertEquals(Verdict.MIXED, d.verdict());
    assertEquals(2, d.deciding().size());
  }
}
