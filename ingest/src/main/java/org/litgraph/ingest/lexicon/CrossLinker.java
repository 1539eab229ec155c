package org.litgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.SurfaceKeys;

/**
 * Merges the same concept from several vocabularies into one, so that a name from any of them leads
 * to one entity with the others as xrefs.
 *
 * <p>MeSH is primary where it has the concept (diseases, cells, anatomy, organisms), as in the seed
 * gazetteer; GO is primary for biological processes and NCBI Gene for single human genes, with the
 * MeSH descriptor as xref. A link comes from the vocabularies' own cross-references where they
 * exist (Cell Ontology and UBERON MeSH xrefs, {@code MESHinDO.tsv}) and otherwise from an exact
 * name match (case, punctuation and number folded: "mesenchymal stem cell" = "Mesenchymal Stem
 * Cells"). A link is made only when it is one to one: a concept with two candidate targets, or a
 * target claimed by two concepts none of which has its preferred name, stays unlinked. MONDO ids
 * are added as xrefs of MeSH diseases when the SSSOM mapping is one to one.
 */
public final class CrossLinker {
  private final Map<String, Concept> mesh = new LinkedHashMap<>();
  private final Map<String, Set<String>> meshByName = new HashMap<>();
  private final Map<String, Set<String>> meshByTerm = new HashMap<>();

  private CrossLinker(List<Concept> meshConcepts) {
    for (Concept c : meshConcepts) {
      mesh.put(c.id(), c);
      meshByName.computeIfAbsent(matchKey(c.name()), k -> new TreeSet<>()).add(c.id());
      for (Term t : c.terms()) {
        if (!t.kind().exactCase()) {
          meshByTerm.computeIfAbsent(matchKey(t.text()), k -> new TreeSet<>()).add(c.id());
        }
      }
    }
  }

  /** The vocabularies read, each as its reader returns it. */
  public record Vocabularies(
      List<Concept> mesh,
      List<Concept> cells,
      List<Concept> anatomy,
      List<Concept> taxa,
      List<Concept> diseases,
      List<Concept> processes,
      List<Concept> genes,
      List<MondoMeshReader.Mapping> mondo) {}

  /** All concepts after merging, primaries only, in a fixed order. */
  public static List<Concept> link(Vocabularies v) {
    CrossLinker linker = new CrossLinker(v.mesh());
    List<Concept> out = new ArrayList<>();
    out.addAll(linker.intoMesh(v.cells(), EntityCategory.CELL));
    out.addAll(linker.intoMesh(v.anatomy(), EntityCategory.ANATOMICAL_ENTITY));
    out.addAll(linker.intoMesh(v.taxa(), EntityCategory.ORGANISM_TAXON));
    out.addAll(linker.intoMesh(v.diseases(), EntityCategory.DISEASE));
    Set<String> absorbed = new LinkedHashSet<>();
    absorbed.addAll(
        linker.meshInto(
            v.processes(), EntityCategory.BIOLOGICAL_PROCESS, c -> List.of(matchKey(c.name()))));
    absorbed.addAll(
        linker.meshInto(v.genes(), EntityCategory.GENE_OR_GENE_PRODUCT, CrossLinker::geneNameKeys));
    linker.addMondo(v.mondo());
    List<Concept> all = new ArrayList<>();
    linker.mesh.values().stream().filter(c -> !absorbed.contains(c.id())).forEach(all::add);
    all.addAll(out);
    all.addAll(v.processes());
    all.addAll(v.genes());
    return all;
  }

  /** Folded key with the last word in the singular, so number does not block a match. */
  static String matchKey(String name) {
    return SurfaceKeys.folded(Inflections.singular(name).orElse(name));
  }

  /** Merges each foreign concept into its MeSH counterpart; returns those left unlinked. */
  private List<Concept> intoMesh(List<Concept> foreign, EntityCategory category) {
    Map<String, List<Concept>> claims = new TreeMap<>();
    Map<String, Boolean> explicit = new HashMap<>();
    for (Concept f : foreign) {
      Set<String> targets = new TreeSet<>();
      for (String link : f.links()) {
        Concept m = mesh.get(link);
        if (m != null && m.category() == category) {
          targets.add(link);
        }
      }
      boolean byXref = !targets.isEmpty();
      if (!byXref) {
        targets.addAll(candidates(meshByTerm.get(matchKey(f.name())), category));
      }
      if (targets.size() == 1) {
        String target = targets.iterator().next();
        claims.computeIfAbsent(target, k -> new ArrayList<>()).add(f);
        explicit.put(f.id(), byXref);
      }
    }
    Set<String> merged = new HashSet<>();
    claims.forEach(
        (target, claimants) -> {
          Concept m = mesh.get(target);
          Concept winner = pick(m, claimants, explicit);
          if (winner != null) {
            m.absorb(winner);
            merged.add(winner.id());
          }
        });
    return foreign.stream().filter(f -> !merged.contains(f.id())).toList();
  }

  /** The one claimant to merge into a target: the only one, or the only one named like it. */
  private static Concept pick(Concept target, List<Concept> claimants, Map<String, Boolean> xref) {
    if (claimants.size() == 1) {
      return claimants.getFirst();
    }
    List<Concept> byXref = claimants.stream().filter(c -> xref.get(c.id())).toList();
    if (byXref.size() == 1) {
      return byXref.getFirst();
    }
    String name = matchKey(target.name());
    List<Concept> sameName =
        claimants.stream().filter(c -> matchKey(c.name()).equals(name)).toList();
    return sameName.size() == 1 ? sameName.getFirst() : null;
  }

  private Set<String> candidates(Set<String> ids, EntityCategory category) {
    Set<String> out = new TreeSet<>();
    if (ids != null) {
      ids.stream().filter(id -> mesh.get(id).category() == category).forEach(out::add);
    }
    return out;
  }

  /**
   * Merges MeSH descriptors of a category into the primary vocabulary's concepts whose names match
   * the descriptor's preferred name; returns the ids of the descriptors merged.
   */
  private Set<String> meshInto(
      List<Concept> primaries, EntityCategory category, Function<Concept, List<String>> keys) {
    Map<String, Set<String>> byKey = new HashMap<>();
    Map<String, Concept> byId = new HashMap<>();
    for (Concept p : primaries) {
      byId.put(p.id(), p);
      for (String k : keys.apply(p)) {
        byKey.computeIfAbsent(k, x -> new TreeSet<>()).add(p.id());
      }
    }
    Map<String, List<String>> claims = new TreeMap<>();
    for (Concept m : mesh.values()) {
      Set<String> targets = m.category() == category ? byKey.get(matchKey(m.name())) : null;
      if (targets != null && targets.size() == 1) {
        claims.computeIfAbsent(targets.iterator().next(), k -> new ArrayList<>()).add(m.id());
      }
    }
    Set<String> absorbed = new TreeSet<>();
    claims.forEach(
        (primary, meshIds) -> {
          if (meshIds.size() == 1) {
            byId.get(primary).absorb(mesh.get(meshIds.getFirst()));
            absorbed.add(meshIds.getFirst());
          }
        });
    return absorbed;
  }

  private static List<String> geneNameKeys(Concept gene) {
    List<String> keys = new ArrayList<>();
    keys.add(matchKey(gene.name()));
    gene.terms().stream()
        .filter(t -> t.kind() == TermKind.SYMBOL)
        .forEach(t -> keys.add(SurfaceKeys.folded(t.text())));
    return keys;
  }

  private void addMondo(List<MondoMeshReader.Mapping> mappings) {
    Map<String, Integer> perMondo = new HashMap<>();
    Map<String, Integer> perMesh = new HashMap<>();
    for (MondoMeshReader.Mapping m : mappings) {
      perMondo.merge(m.mondo(), 1, Integer::sum);
      perMesh.merge(m.mesh(), 1, Integer::sum);
    }
    for (MondoMeshReader.Mapping m : mappings) {
      Concept target = mesh.get(m.mesh());
      boolean oneToOne = perMondo.get(m.mondo()) == 1 && perMesh.get(m.mesh()) == 1;
      if (target != null && oneToOne && target.category() == EntityCategory.DISEASE) {
        target.addXref(m.mondo());
      }
    }
  }
}
