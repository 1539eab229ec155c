package org.litgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneReaderTest {
  @TempDir Path dir;

  private List<Concept> read() throws IOException {
    Path genes =
        Files.write(
            dir.resolve("genes.tsv"),
            List.of(
                "entrez_id\tsymbol\tgene_name\tgene_type\taliases\tomim",
                "3569\tIL6\tinterleukin 6\tprotein-coding\tBSF-2|HGF|IFNB2|IL-6|IL6\t147620",
                "847\tCAT\tcatalase\tprotein-coding\tCAT|SET1\t115500",
                "6418\tSET\tSET nuclear proto-oncogene\tprotein-coding\tIPP2A2|TAF-I|SET\t600960",
                "7157\tTP53\ttumor protein p53\tprotein-coding\tp53|LFS1|TRP53|IFNB2\t191170",
                "9999\tC3\tcomplement C3\tprotein-coding\tASP|CPAMD1|CPAMD1\t",
                "3\tA2MP1\talpha-2-macroglobulin pseudogene 1\tpseudo\tA2MP\t"));
    Path cytokines =
        Files.write(
            dir.resolve("cyto.tsv"),
            List.of("entrez_id\tsymbol\tgene_name", "3569\tIL6\tinterleukin 6"));
    return GeneReader.read(genes, cytokines, Set.of("cat", "set")::contains);
  }

  private static List<Term> terms(List<Concept> genes, String id) {
    return genes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().terms();
  }

  @Test
  void readsNameSymbolAndUnambiguousAliasesOfProteinCodingGenes() throws IOException {
    List<Concept> genes = read();
    assertEquals(5, genes.size(), "the pseudogene is skipped");
    assertEquals(
        List.of(
            new Term("interleukin 6", TermKind.PREFERRED),
            new Term("IL6", TermKind.SYMBOL),
            new Term("BSF-2", TermKind.ALIAS),
            new Term("IL-6", TermKind.ALIAS)),
        terms(genes, "NCBIGene:3569"),
        "HGF is too short; IFNB2 is also an alias of TP53");
    assertEquals(Set.of("cytokine"), genes.getFirst().flags());
  }

  @Test
  void symbolsThatAreWordsOrTooShortAreDropped() throws IOException {
    List<Concept> genes = read();
    assertTrue(terms(genes, "NCBIGene:847").stream().noneMatch(t -> t.text().equals("CAT")));
    assertTrue(terms(genes, "NCBIGene:847").contains(new Term("SET1", TermKind.ALIAS)));
    assertTrue(terms(genes, "NCBIGene:6418").stream().noneMatch(t -> t.text().equals("SET")));
    assertTrue(terms(genes, "NCBIGene:9999").stream().noneMatch(t -> t.text().equals("C3")));
    assertTrue(
        terms(genes, "NCBIGene:9999").stream().noneMatch(t -> t.text().equals("ASP")),
        "aliases of three characters or fewer are dropped");
    assertTrue(terms(genes, "NCBIGene:7157").stream().noneMatch(t -> t.text().equals("p53")));
  }
}
