package org.litgraph.ingest.factcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Predicate;

class SpinDetectorTest {
  private final SpinDetector spin = new SpinDetector();
  private static final EntityRef MSC =
      new EntityRef(Curie.parse("MESH:D059630"), "Mesenchymal Stem Cells", EntityCategory.CELL);
  private static final EntityRef SEPSIS =
      new EntityRef(Curie.parse("MESH:D018805"), "Sepsis", EntityCategory.DISEASE);

  static CheckworthyClaim claim(String sentence, Predicate p, ClaimContext ctx) {
    return new CheckworthyClaim(
        "c1",
        CheckKind.CAUSAL,
        3,
        sentence,
        "claim",
        Optional.of(MSC),
        Optional.of(p),
        Optional.of(SEPSIS),
        ctx,
        Optional.empty(),
        List.of(MSC, SEPSIS));
  }

  static Evidence evidence(
      String id,
      String origin,
      Stance stance,
      boolean hedged,
      List<String> species,
      String studyType,
      String sentence,
      Optional<String> relation,
      List<String> quantities,
      DocumentKind kind) {
    return new Evidence(
        id,
        origin,
        "doc-" + id,
        "Title " + id,
        "demo:" + id,
        kind,
        Optional.of(LocalDate.of(2020, 1, 1)),
        sentence,
        0,
        relation,
        stance,
        0.8,
        "test",
        false,
        hedged,
        species,
        studyType,
        quantities);
  }

  private static ClaimContext ctx(
      boolean hedged, List<String> species, String studyType, List<String> q) {
    return new ClaimContext(
        false, List.of(), hedged, hedged ? List.of("may") : List.of(), species, studyType, q);
  }

  @Test
  void ratEvidenceForAHumanTherapyClaimIsASpeciesShift() {
    var c =
        claim(
            "MSCs treat sepsis in patients.",
            Predicate.TREATS,
            ctx(false, List.of("humans"), "news report", List.of()));
    var e =
        evidence(
            "e1",
            "graph",
            Stance.SUPPORTS,
            false,
            List.of("rats"),
            "animal study",
            "MSCs reduced sepsis in rats.",
            Optional.of("MSC treats sepsis"),
            List.of(),
            DocumentKind.ABSTRACT);
    List<SpinFlag> flags = spin.flags(c, List.of(e));
    assertTrue(
        flags.stream()
            .anyMatch(f -> f.type() == SpinFlag.Type.SPECIES_SHIFT && f.evidenceId().equals("e1")),
        flags.toString());
    assertTrue(
        flags.stream().anyMatch(f -> f.type() == SpinFlag.Type.STAGE_SHIFT), flags.toString());
  }

  @Test
  void aClaimAboutRatsIsNoSpeciesShift() {
    var c =
        claim(
            "MSCs reduce sepsis in rats.",
            Predicate.TREATS,
            ctx(false, List.of("rats"), "animal study", List.of()));
    var e =
        evidence(
            "e1",
            "graph",
            Stance.SUPPORTS,
            false,
            List.of("rats"),
            "animal study",
            "MSCs reduced sepsis in rats.",
            Optional.of("MSC treats sepsis"),
            List.of(),
            DocumentKind.ABSTRACT);
    assertEquals(List.of(), spin.flags(c, List.of(e)));
  }

  @Test
  void aDroppedHedgeIsFlagged() {
    var c =
        claim(
            "MSCs cure sepsis.", Predicate.TREATS, ctx(false, List.of(), "news report", List.of()));
    var e =
        evidence(
            "e2",
            "graph",
            Stance.SUPPORTS,
            true,
            List.of("humans"),
            "clinical trial",
            "MSCs may help patients with sepsis.",
            Optional.of("MSC treats sepsis"),
            List.of(),
            DocumentKind.ABSTRACT);
    var flags = spin.flags(c, List.of(e));
    assertTrue(
        flags.stream().anyMatch(f -> f.type() == SpinFlag.Type.HEDGE_REMOVED), flags.toString());
  }

  @Test
  void anAssociationToldAsACauseIsFlagged() {
    var c =
        claim(
            "MSCs cause sepsis.",
            Predicate.CAUSES,
            ctx(false, List.of(), "news report", List.of()));
    var e =
        evidence(
            "e3",
            "graph",
            Stance.NEUTRAL,
            false,
            List.of(),
            "observational",
            "MSC levels were associated with sepsis.",
            Optional.of("MSC associated_with Sepsis"),
            List.of(),
            DocumentKind.ABSTRACT);
    var flags = spin.flags(c, List.of(e));
    assertTrue(
        flags.stream().anyMatch(f -> f.type() == SpinFlag.Type.CORRELATION_TO_CAUSATION),
        flags.toString());
  }

  @Test
  void otherNumbersForTheSameThingAreAMismatch() {
    var c =
        claim(
            "There are 30 million cases of sepsis every year.",
            Predicate.TREATS,
            ctx(false, List.of(), "news report", List.of("30 million cases")));
    var e =
        evidence(
            "e4",
            "text",
            Stance.REFUTES,
            false,
            List.of(),
            "unknown",
            "Sepsis affects 49 million cases a year.",
            Optional.empty(),
            List.of("49 million cases"),
            DocumentKind.ABSTRACT);
    var flags = spin.flags(c, List.of(e.withId("e4")));
    // refuting evidence is not "used for" the claim, so only supporting items can raise it
    assertEquals(List.of(), flags);
    var supporting =
        evidence(
            "e5",
            "text",
            Stance.SUPPORTS,
            false,
            List.of(),
            "unknown",
            "Sepsis affects 49 million cases a year.",
            Optional.empty(),
            List.of("49 million cases"),
            DocumentKind.ABSTRACT);
    var f2 = spin.flags(c, List.of(supporting));
    assertTrue(f2.stream().anyMatch(f -> f.type() == SpinFlag.Type.NUMBER_MISMATCH), f2.toString());
  }

  @Test
  void aResultClaimAboutARecruitingTrialIsOverstated() {
    var c =
        claim(
            "The trial showed that MSCs are effective against sepsis.",
            Predicate.TREATS,
            ctx(false, List.of(), "news report", List.of()));
    var e =
        evidence(
            "e6",
            "text",
            Stance.SUPPORTS,
            false,
            List.of("humans"),
            "clinical trial",
            "The trial of MSCs in sepsis is recruiting patients.",
            Optional.empty(),
            List.of(),
            DocumentKind.TRIAL);
    var flags = spin.flags(c, List.of(e));
    assertTrue(
        flags.stream().anyMatch(f -> f.type() == SpinFlag.Type.TRIAL_STATUS_OVERSTATED),
        flags.toString());
  }
}
