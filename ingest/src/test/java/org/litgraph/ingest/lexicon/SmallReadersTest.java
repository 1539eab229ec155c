package org.litgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.graph.model.EntityCategory;

/** The GO, NCBI Taxonomy, Disease Ontology and MONDO readers on small inline samples. */
class SmallReadersTest {
  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  void goReaderKeepsLiveBiologicalProcessesWithTheirSynonyms() throws IOException {
    Path go =
        write(
            "go.tsv",
            "go_id\tontology\tterm\tsynonyms\tdefinition",
            "GO:0042060\tBP\twound healing\t\tThe series of events...",
            "GO:0006915\tBP\tapoptotic process\tapoptosis|programmed cell death by apoptosis\t.",
            "GO:0009058\tBP\tbiosynthetic process\tformation|biosynthesis|anabolism\t.",
            "GO:0005125\tMF\tcytokine activity\t\t.",
            "GO:0000005\tBP\tobsolete ribosomal chaperone activity\t\t.");
    List<Concept> processes = GoProcessReader.read(go);
    assertEquals(
        List.of("GO:0042060", "GO:0006915", "GO:0009058"),
        processes.stream().map(Concept::id).toList());
    assertEquals(EntityCategory.BIOLOGICAL_PROCESS, processes.getFirst().category());
    assertEquals(
        List.of("apoptotic process", "apoptosis", "programmed cell death by apoptosis"),
        processes.get(1).terms().stream().map(Term::text).toList());
    assertEquals(
        List.of("biosynthetic process", "biosynthesis"),
        processes.get(2).terms().stream().map(Term::text).toList(),
        "one-word synonyms unlike the label are too broad");
  }

  @Test
  void taxonomyReaderTakesLabelAndExactSynonymsButNotRelatedOnes() throws XMLStreamException {
    String owl =
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:owl="http://www.w3.org/2002/07/owl#"
             xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
             xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
             xmlns:oboInOwl="http://www.geneontology.org/formats/oboInOwl#">
          <owl:Class rdf:about="http://purl.obolibrary.org/obo/NCBITaxon_10116">
            <rdfs:subClassOf rdf:resource="http://purl.obolibrary.org/obo/NCBITaxon_10114"/>
            <oboInOwl:hasExactSynonym>Norway rat</oboInOwl:hasExactSynonym>
            <oboInOwl:hasExactSynonym>rats</oboInOwl:hasExactSynonym>
            <oboInOwl:hasRelatedSynonym>Mus norvegicus</oboInOwl:hasRelatedSynonym>
            <rdfs:label>Rattus norvegicus</rdfs:label>
          </owl:Class>
          <owl:Axiom>
            <owl:annotatedTarget>rats</owl:annotatedTarget>
          </owl:Axiom>
        </rdf:RDF>
        """;
    List<Concept> taxa =
        TaxonomyReader.read(new ByteArrayInputStream(owl.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, taxa.size());
    Concept rat = taxa.getFirst();
    assertEquals("NCBITaxon:10116", rat.id());
    assertEquals("Rattus norvegicus", rat.name());
    assertEquals(
        List.of("Rattus norvegicus", "Norway rat", "rats"),
        rat.terms().stream().map(Term::text).toList());
  }

  @Test
  void diseaseOntologyReaderJoinsLabelsSlimSynonymsAndMeshLinks() throws IOException {
    Path humanDo =
        write(
            "HumanDO.tsv",
            "id\tlabel\tsubClassOf",
            "\"DOID:0040085\"\t\"bacterial sepsis\"\t\"sepsis\"",
            "\"DOID:2355\"\t\"anemia\"\t\"hematopoietic system disease\"");
    Path meshInDo =
        write("MESHinDO.tsv", "id\tlabel\txrefs", "\"DOID:2355\"\t\"anemia\"\t\"MESH:D000740\"");
    Path slim =
        write(
            "slim.obo",
            "[Term]",
            "id: DOID:0040085",
            "name: bacterial sepsis",
            "synonym: \"bacterial septicemia\" EXACT []",
            "xref: MESH:D018805");
    List<Concept> diseases = DiseaseOntologyReader.read(humanDo, meshInDo, slim);
    assertEquals(2, diseases.size());
    Concept sepsis = diseases.getFirst();
    assertEquals(
        List.of("bacterial sepsis", "bacterial septicemia"),
        sepsis.terms().stream().map(Term::text).toList());
    assertEquals(List.of("MESH:D018805"), List.copyOf(sepsis.links()));
    assertEquals(List.of("MESH:D000740"), List.copyOf(diseases.get(1).links()));
  }

  @Test
  void mondoReaderReadsExactMatchesPastTheSssomHeader() throws IOException {
    Path sssom =
        write(
            "mondo.sssom.tsv",
            "# curie_map:",
            "#   MONDO: http://purl.obolibrary.org/obo/MONDO_",
            "subject_id\tsubject_label\tpredicate_id\tobject_id\tmapping_justification",
            "MONDO:0000001\tdisease\tskos:exactMatch\tmesh:D004194\tsemapv:ManualMappingCuration");
    assertEquals(
        List.of(new MondoMeshReader.Mapping("MONDO:0000001", "MESH:D004194")),
        MondoMeshReader.read(sssom));
  }
}
