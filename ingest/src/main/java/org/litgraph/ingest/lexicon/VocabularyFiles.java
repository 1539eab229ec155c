package org.litgraph.ingest.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each vocabulary file lies under a vocabulary directory such as {@code ../shared/vocab}. The
 * names carry the release (MeSH 2024, CL 2022-11-25, ...), which LEXICON.md records.
 */
public record VocabularyFiles(Path root) {
  public Path meshThesaurus() {
    return root.resolve("mesh/data_mesh_thesaurus.tsv");
  }

  public Path meshTrees() {
    return root.resolve("mesh/data_mesh_trees.tsv");
  }

  public Path meshCytokines() {
    return root.resolve("mesh/mesh_cytokines_subtree.tsv");
  }

  public Path cellOntology() {
    return root.resolve("cell-ontology/cl-basic_2022-11-25.obo");
  }

  public Path genes() {
    return root.resolve("genes-human/hs_genes_entrez_2022-09-12.tsv");
  }

  public Path cytokineGenes() {
    return root.resolve("genes-human/cytokines_GO0005125_human.tsv");
  }

  public Path goTerms() {
    return root.resolve("go/go_terms_2022-07-01.tsv");
  }

  public Path taxonomy() {
    return root.resolve("ncbitaxon/mondo_ncbitaxon_import.owl");
  }

  public Path humanDo() {
    return root.resolve("doid/HumanDO.tsv");
  }

  public Path meshInDo() {
    return root.resolve("doid/MESHinDO.tsv");
  }

  public Path doInfectiousSlim() {
    return root.resolve("doid/DO_infectious_disease_slim.obo");
  }

  public Path uberon() {
    return root.resolve("uberon/uberon-efo-slim_2026-04-01.obo");
  }

  public Path mondoMesh() {
    return root.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv");
  }

  /** Every file, for checking up front that the directory is complete. */
  public List<Path> all() {
    return List.of(
        meshThesaurus(),
        meshTrees(),
        meshCytokines(),
        cellOntology(),
        genes(),
        cytokineGenes(),
        goTerms(),
        taxonomy(),
        humanDo(),
        meshInDo(),
        doInfectiousSlim(),
        uberon(),
        mondoMesh());
  }

  /**
   * @throws IllegalArgumentException naming the first missing file
   */
  public VocabularyFiles requireComplete() {
    for (Path p : all()) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("vocabulary file missing: " + p);
      }
    }
    return this;
  }
}
