package org.litgraph.ingest.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;

/**
 * Puts corpus ids and our CURIEs into one comparable form, an upper-case-prefixed CURIE string.
 *
 * <p>Corpus ids: MeSH {@code D018805} / {@code C564766} → {@code MESH:D018805}; a bare number is an
 * NCBI Gene id for gene types and an NCBI Taxonomy id for organism types ({@code 9606} → {@code
 * NCBITAXON:9606}); {@code CVCL_0030} → {@code CELLOSAURUS:CVCL_0030}; {@code rs123} → {@code
 * DBSNP:RS123}; ids that already have a prefix ({@code OMIM:607154}) keep it. Ours: the entity's id
 * and every xref, prefix upper-cased ({@code NCBIGene:3569} → {@code NCBIGENE:3569}).
 */
public final class ConceptIds {
  private static final Pattern MESH = Pattern.compile("[CD]\\d+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern PREFIXED = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*:\\S+");

  private ConceptIds() {}

  /** The canonical forms of a gold annotation's ids, given its evaluation type. */
  public static Set<String> gold(List<String> ids, String evalType) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : ids) {
      String id = raw.strip();
      if (MESH.matcher(id).matches()) {
        out.add("MESH:" + id);
      } else if (NUMBER.matcher(id).matches()) {
        out.add(numberPrefix(evalType) + ":" + id);
      } else if (id.startsWith("CVCL_")) {
        out.add("CELLOSAURUS:" + id);
      } else if (id.matches("rs\\d+")) {
        out.add("DBSNP:" + id.toUpperCase(Locale.ROOT));
      } else if (PREFIXED.matcher(id).matches()) {
        out.add(canonical(Curie.parse(id)));
      } else {
        out.add(id);
      }
    }
    return out;
  }

  /** The canonical forms of our entity's id and xrefs. */
  public static Set<String> predicted(Entity entity) {
    Set<String> out = new LinkedHashSet<>();
    out.add(canonical(entity.id()));
    entity.xrefs().forEach(x -> out.add(canonical(x)));
    return out;
  }

  private static String canonical(Curie c) {
    return c.prefix().toUpperCase(Locale.ROOT) + ":" + c.local();
  }

  private static String numberPrefix(String evalType) {
    return switch (evalType) {
      case "GeneOrGeneProduct", "Gene" -> "NCBIGENE";
      case "OrganismTaxon", "Species" -> "NCBITAXON";
      default -> "ID";
    };
  }
}
