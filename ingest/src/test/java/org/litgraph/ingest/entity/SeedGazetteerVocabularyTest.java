package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every identifier in the seed gazetteer, primary or cross-reference, exists in the public
 * vocabulary it claims to come from (the copies under ../shared/vocab). Guards against ids typed
 * from memory.
 */
class SeedGazetteerVocabularyTest {
  private static final Path VOCAB =
      Path.of(System.getProperty("litgraph.shared", "../../shared")).resolve("vocab");

  @Test
  void everySeedIdentifierExistsInItsVocabulary() throws IOException {
    assumeTrue(Files.isDirectory(VOCAB), "../shared/vocab is not available");
    Set<String> ids = seedIdentifiers();
    Map<String, Function<String, Boolean>> checks =
        Map.of(
            "MESH", column(VOCAB.resolve("mesh/data_mesh_thesaurus.tsv"), 0, "MESH:"),
            "GO", column(VOCAB.resolve("go/go_terms_2022-07-01.tsv"), 0, ""),
            "NCBIGene",
                column(VOCAB.resolve("genes-human/hs_genes_entrez_2022-09-12.tsv"), 0, "NCBIGene:"),
            "CL",
                regex(VOCAB.resolve("cell-ontology/cl-basic_2022-11-25.obo"), "^id: (CL:\\d+)", ""),
            "UBERON",
                regex(
                    VOCAB.resolve("uberon/uberon-efo-slim_2026-04-01.obo"),
                    "^id: (UBERON:\\d+)",
                    ""),
            "NCBITaxon",
                regex(
                    VOCAB.resolve("ncbitaxon/mondo_ncbitaxon_import.owl"),
                    "rdf:about=\"http://purl.obolibrary.org/obo/NCBITaxon_(\\d+)\"",
                    "NCBITaxon:"),
            "MONDO",
                regex(VOCAB.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv"), "^(MONDO:\\d+)", ""),
            "DOID", regex(VOCAB.resolve("doid/HumanDO.tsv"), "(DOID:\\d+)", ""));
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      String prefix = id.substring(0, id.indexOf(':'));
      Function<String, Boolean> check = checks.get(prefix);
      if (check == null || !check.apply(id)) {
        missing.add(id);
      }
    }
    assertTrue(ids.size() > 200, "seed gazetteer has " + ids.size() + " identifiers");
    assertEquals(List.of(), missing, "identifiers not found in ../shared/vocab");
  }

  private static Set<String> seedIdentifiers() throws IOException {
    Set<String> ids = new TreeSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.SEED_RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        ids.add(f[1].strip());
        if (f.length > 4 && !f[4].isBlank()) {
          for (String x : f[4].split("\\|")) {
            ids.add(x.strip());
          }
        }
      }
    }
    return ids;
  }

  private static Function<String, Boolean> column(Path file, int col, String prefix)
      throws IOException {
    Set<String> values = new HashSet<>();
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.forEach(
          l -> {
            int tab = l.indexOf('\t');
            values.add(prefix + (tab < 0 ? l : l.substring(0, tab)));
          });
    }
    assertEquals(0, col, "only the first column is supported");
    return values::contains;
  }

  private static Function<String, Boolean> regex(Path file, String pattern, String prefix)
      throws IOException {
    Pattern p = Pattern.compile(pattern);
    Set<String> values = new HashSet<>();
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.forEach(
          l -> {
            Matcher m = p.matcher(l);
            while (m.find()) {
              values.add(prefix + m.group(1));
            }
          });
    }
    return values::contains;
  }
}
