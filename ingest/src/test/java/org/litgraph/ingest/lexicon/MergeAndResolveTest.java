package org.litgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;

/** Cross-linking, surface expansion and conflict resolution on hand-made concepts. */
class MergeAndResolveTest {
  private static final StopList STOP = new StopList(Set.of("cell", "was"));

  private static Concept mesh(String id, EntityCategory category, String name, String... terms) {
    Concept c = new Concept(id, category, name).addTerm(name, TermKind.PREFERRED);
    for (String t : terms) {
      c.addTerm(t, TermKind.SYNONYM);
    }
    return c;
  }

  private static List<Concept> link(List<Concept> mesh, List<Concept> cells, List<Concept> go) {
    return CrossLinker.link(
        new CrossLinker.Vocabularies(
            mesh, cells, List.of(), List.of(), List.of(), go, List.of(), List.of()));
  }

  @Test
  void cellOntologyTermMergesIntoMeshByNameWithMeshPrimary() {
    Concept msc = mesh("MESH:D059630", EntityCategory.CELL, "Mesenchymal Stem Cells");
    Concept cl =
        mesh(
            "CL:0000134", EntityCategory.CELL, "mesenchymal stem cell", "mesenchymal stromal cell");
    List<Concept> all = link(List.of(msc), List.of(cl), List.of());
    assertEquals(List.of(msc), all);
    assertEquals(Set.of("CL:0000134"), msc.xrefs());
    assertTrue(msc.terms().contains(new Term("mesenchymal stromal cell", TermKind.SYNONYM)));
  }

  @Test
  void meshProcessMergesIntoGoWithGoPrimary() {
    Concept healing = mesh("MESH:D014945", EntityCategory.BIOLOGICAL_PROCESS, "Wound Healing");
    Concept go = mesh("GO:0042060", EntityCategory.BIOLOGICAL_PROCESS, "wound healing");
    List<Concept> all = link(List.of(healing), List.of(), List.of(go));
    assertEquals(List.of(go), all);
    assertEquals(Set.of("MESH:D014945"), go.xrefs());
  }

  @Test
  void twoCandidatesForOneTargetLeaveBothUnlinked() {
    Concept neutrophils = mesh("MESH:D009504", EntityCategory.CELL, "Neutrophils");
    Concept a = mesh("CL:1", EntityCategory.CELL, "neutrophil leukocyte").addLink("MESH:D009504");
    Concept b = mesh("CL:2", EntityCategory.CELL, "band neutrophil").addLink("MESH:D009504");
    List<Concept> all = link(List.of(neutrophils), List.of(a, b), List.of());
    assertEquals(3, all.size());
    assertTrue(neutrophils.xrefs().isEmpty());
  }

  @Test
  void expansionAddsNumberAndSpellingVariantsAndShortLowerCaseForms() {
    Concept rats = mesh("MESH:D051381", EntityCategory.ORGANISM_TAXON, "Rats");
    Concept anemia = mesh("MESH:D000740", EntityCategory.DISEASE, "Anemia");
    SurfaceExpander expander = new SurfaceExpander(STOP);
    assertEquals(
        List.of("rats", "Rats", "rat", "Rat"),
        expander.rows(rats).stream().map(LexiconRow::surface).toList());
    assertEquals(
        List.of("Anemia", "Anemias", "anaemias", "anaemia"),
        expander.rows(anemia).stream().map(LexiconRow::surface).toList());
  }

  @Test
  void expansionDropsStopWordsQualifiedLongAndSystematicNames() {
    SurfaceExpander expander = new SurfaceExpander(STOP);
    assertTrue(!expander.keep("Cell") && !expander.keep("WAS") && !expander.keep("IL"));
    assertTrue(!expander.keep("Man (Taxonomy)"));
    assertTrue(!expander.keep("one two three four five six seven eight nine"));
    assertTrue(!expander.keep("4-Benzoxazolecarboxylic acid, 5-methylamino-2-trimethyl-8"));
    assertTrue(expander.keep("septic shock"));
  }

  @Test
  void symbolRowsAreCaseFlaggedAndCarryEntityFlags() {
    Concept il6 =
        new Concept("NCBIGene:3569", EntityCategory.GENE_OR_GENE_PRODUCT, "interleukin 6")
            .addTerm("interleukin 6", TermKind.PREFERRED)
            .addTerm("IL6", TermKind.SYMBOL)
            .addFlag("cytokine");
    List<LexiconRow> rows = new SurfaceExpander(STOP).rows(il6);
    assertEquals("cytokine", rows.get(0).flags());
    assertEquals("case|cytokine", rows.get(1).flags());
    assertTrue(rows.get(1).exactCase());
  }

  @Test
  void shortAbbreviationsAreDroppedButGeneSymbolsKept() {
    Concept icc =
        new Concept("CL:0002088", EntityCategory.CELL, "interstitial cell of Cajal")
            .addTerm("interstitial cell of Cajal", TermKind.PREFERRED)
            .addTerm("ICC", TermKind.SYNONYM)
            .addTerm("ICCs", TermKind.ABBREVIATION);
    assertEquals(
        List.of("interstitial cell of Cajal", "interstitial cells of Cajal", "ICCs"),
        new SurfaceExpander(STOP).rows(icc).stream().map(LexiconRow::surface).toList());
  }

  private static LexiconRow row(String surface, String id, TermKind kind, String flags) {
    return new LexiconRow(surface, id, "Disease", id, "", flags, kind, false);
  }

  @Test
  void preferredNameBeatsSynonymAndTiedSynonymsAreDropped() {
    List<LexiconRow> rows =
        List.of(
            row("cirrhosis", "MESH:D008103", TermKind.SYNONYM, ""),
            row("Cirrhosis", "MESH:D005355", TermKind.PREFERRED, ""),
            row("blue disease", "MESH:D1", TermKind.SYNONYM, ""),
            row("Blue Disease", "MESH:D2", TermKind.SYNONYM, ""));
    List<LexiconRow> kept = RowResolver.resolve(rows, Set.of());
    assertEquals(List.of("MESH:D005355"), kept.stream().map(LexiconRow::id).toList());
  }

  @Test
  void exactCaseFormsOfTwoConceptsCoexistWhenTheirCaseDiffers() {
    List<LexiconRow> rows =
        List.of(
            row("PAN", "MESH:D1", TermKind.ABBREVIATION, "case"),
            row("Pan", "MESH:D2", TermKind.PREFERRED, ""),
            row("sepsis", "MESH:D018805", TermKind.PREFERRED, ""));
    List<LexiconRow> kept = RowResolver.resolve(rows, Set.of("sepsis"));
    assertEquals(List.of("PAN", "Pan"), kept.stream().map(LexiconRow::surface).toList());
  }
}
