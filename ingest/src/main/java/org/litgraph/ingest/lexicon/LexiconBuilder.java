package org.litgraph.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.SurfaceKeys;

/**
 * Builds LitGraph's lexicon from the vocabulary files: reads each vocabulary, merges cross-linked
 * concepts ({@link CrossLinker}), expands and filters surfaces ({@link SurfaceExpander}), leaves
 * one concept per surface ({@link RowResolver}) and drops surfaces the curated seed gazetteer
 * already has, since the seed wins. The result is sorted, so the same inputs give the same bytes.
 */
public final class LexiconBuilder {
  private final VocabularyFiles files;
  private final StopList stop;

  public LexiconBuilder(VocabularyFiles files, StopList stop) {
    this.files = files.requireComplete();
    this.stop = stop;
  }

  /** The merged concepts, before surfaces are expanded (for the miner and for tests). */
  public List<Concept> concepts() {
    List<Concept> mesh =
        MeshReader.read(files.meshThesaurus(), files.meshTrees(), files.meshCytokines());
    return CrossLinker.link(
        new CrossLinker.Vocabularies(
            mesh,
            OntologyReader.cellOntology(files.cellOntology()),
            OntologyReader.uberon(files.uberon()),
            TaxonomyReader.read(files.taxonomy()),
            DiseaseOntologyReader.read(files.humanDo(), files.meshInDo(), files.doInfectiousSlim()),
            GoProcessReader.read(files.goTerms()),
            GeneReader.read(files.genes(), files.cytokineGenes(), stop::containsKey),
            MondoMeshReader.read(files.mondoMesh())));
  }

  /** The lexicon rows in file order. */
  public List<LexiconRow> build() {
    return build(concepts());
  }

  List<LexiconRow> build(List<Concept> concepts) {
    SurfaceExpander expander = new SurfaceExpander(stop);
    List<LexiconRow> rows = new ArrayList<>();
    for (Concept c : concepts) {
      rows.addAll(expander.rows(c));
    }
    return RowResolver.resolve(rows, seedKeys());
  }

  /** Folded keys of every seed surface. */
  static Set<String> seedKeys() {
    Set<String> keys = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("seed gazetteer missing: " + Lexicon.SEED_RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          keys.add(SurfaceKeys.folded(line.substring(0, line.indexOf('\t'))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed gazetteer", e);
    }
    return keys;
  }
}
