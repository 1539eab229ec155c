package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;

/** The standard lexicon (built lexicon under the seed): key entries, and no dangerous surfaces. */
class StandardLexiconTest {
  private static Lexicon lexicon;
  private static double loadSeconds;
  private static long retainedMiB;

  @BeforeAll
  static void load() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long started = System.nanoTime();
    lexicon = Lexicon.standard();
    loadSeconds = (System.nanoTime() - started) / 1e9;
    System.gc();
    retainedMiB = (rt.totalMemory() - rt.freeMemory() - before) >> 20;
    System.out.printf(
        "standard lexicon: %,d entities, %,d surfaces, loaded in %.2f s, ~%d MiB retained%n",
        lexicon.entityCount(), lexicon.surfaceCount(), loadSeconds, retainedMiB);
  }

  /** What the dictionary recogniser would find for the text as a whole span. */
  private static Optional<Entity> find(String text) {
    for (LexiconEntry e : lexicon.lookup(SurfaceKeys.folded(text))) {
      if (!e.caseSensitive() || SurfaceKeys.exact(e.surface()).equals(SurfaceKeys.exact(text))) {
        return Optional.of(e.entity());
      }
    }
    return Optional.empty();
  }

  private static Entity expect(String text, String id, EntityCategory category) {
    Entity e = find(text).orElseThrow(() -> new AssertionError("'" + text + "' not found"));
    assertEquals(Curie.parse(id), e.id(), text);
    assertEquals(category, e.category(), text);
    return e;
  }

  @Test
  void isMuchLargerThanTheSeedAndLoadsQuicklyInLittleMemory() {
    assertTrue(lexicon.entityCount() > 100_000, "entities: " + lexicon.entityCount());
    assertTrue(lexicon.surfaceCount() > 300_000, "surfaces: " + lexicon.surfaceCount());
    // generous bounds for a shared 2-core machine; LEXICON.md has the measured figures
    assertTrue(loadSeconds < 10, "load took " + loadSeconds + " s");
    assertTrue(retainedMiB < 400, "retained " + retainedMiB + " MiB");
  }

  @Test
  void keyEntitiesHaveTheirIdsAndCategories() {
    expect("sepsis", "MESH:D018805", EntityCategory.DISEASE);
    Entity msc = expect("mesenchymal stem cells", "MESH:D059630", EntityCategory.CELL);
    assertTrue(msc.xrefs().contains(Curie.parse("CL:0000134")), "xrefs: " + msc.xrefs());
    expect("rats", "MESH:D051381", EntityCategory.ORGANISM_TAXON);
    expect("wound healing", "GO:0042060", EntityCategory.BIOLOGICAL_PROCESS);
    Entity il6 = find("interleukin-6").orElseThrow();
    assertEquals(EntityCategory.GENE_OR_GENE_PRODUCT, il6.category());
    assertTrue(lexicon.flags(il6.id()).contains(Lexicon.CYTOKINE), "flags of " + il6.id());
  }

  @Test
  void builtEntriesBeyondTheSeedAreThere() {
    expect("anaemia", "MESH:D000740", EntityCategory.DISEASE);
    expect("Staphylococcus capitis", "MESH:D000074039", EntityCategory.ORGANISM_TAXON);
    expect("BRCA1", "NCBIGene:672", EntityCategory.GENE_OR_GENE_PRODUCT);
    assertTrue(find("brca1").isEmpty(), "gene symbols match with their exact case");
    Entity tnf = find("interleukin 17A").orElseThrow();
    assertTrue(lexicon.flags(tnf.id()).contains(Lexicon.CYTOKINE), "IL-17A is a cytokine");
  }

  @Test
  void dangerousWordsAreNotNames() {
    for (String word :
        List.of(
            "was",
            "Was",
            "WAS",
            "can",
            "CAN",
            "set",
            "SET",
            "cat",
            "CAT",
            "all",
            "ALL",
            "fat",
            "cell",
            "cells",
            "patient",
            "patients",
            "impact",
            "light",
            "bear",
            "rose",
            "tear")) {
      assertTrue(find(word).isEmpty(), "'" + word + "' -> " + find(word));
    }
  }

  @Test
  void seedRowsWinOverBuiltOnes() {
    Lexicon seed = Lexicon.seed();
    for (String surface : List.of("MSCs", "septic shock", "TNF-α", "rats", "Tregs")) {
      Entity fromSeed = seed.lookup(SurfaceKeys.folded(surface)).getFirst().entity();
      List<LexiconEntry> entries = lexicon.lookup(SurfaceKeys.folded(surface));
      assertFalse(entries.isEmpty(), surface);
      assertTrue(
          entries.stream().allMatch(e -> e.entity().id().equals(fromSeed.id())),
          surface + " -> " + entries);
    }
  }
}
