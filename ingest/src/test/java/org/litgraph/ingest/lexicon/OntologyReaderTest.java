package org.litgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;

class OntologyReaderTest {
  private static final String OBO =
      """
      format-version: 1.2

      [Term]
      id: CL:0000134
      name: mesenchymal stem cell
      synonym: "BMSC" NARROW []
      synonym: "MSC" RELATED [PMID:11378515]
      synonym: "mesenchymal stromal cell" RELATED []
      synonym: "mesenchymal stromal cells" RELATED PLURAL []
      synonym: "marrow stromal cell" EXACT []
      synonym: "MSC" EXACT ABBREVIATION []
      xref: MESH:D059630
      xref: MESH:A11.872
      xref: FMA:70546

      [Term]
      id: CL:0000999
      name: old cell
      is_obsolete: true

      [Term]
      id: CP:0000001
      name: imported term

      [Typedef]
      id: part_of
      name: part of
      """;

  private static List<Concept> read() throws IOException {
    List<OboTerm> terms = OboReader.read(new BufferedReader(new StringReader(OBO)));
    return OntologyReader.read(terms, "CL:", EntityCategory.CELL);
  }

  @Test
  void keepsNameExactAndPluralSynonymsOfLiveTermsOfItsIdSpace() throws IOException {
    List<Concept> concepts = read();
    assertEquals(1, concepts.size());
    Concept msc = concepts.getFirst();
    assertEquals("CL:0000134", msc.id());
    assertEquals(
        List.of(
            new Term("mesenchymal stem cell", TermKind.PREFERRED),
            new Term("mesenchymal stromal cells", TermKind.SYNONYM),
            new Term("marrow stromal cell", TermKind.SYNONYM),
            new Term("MSC", TermKind.ABBREVIATION)),
        msc.terms());
  }

  @Test
  void keepsMeshDescriptorXrefsAsLinksButNotTreeNumbers() throws IOException {
    assertEquals(List.of("MESH:D059630"), List.copyOf(read().getFirst().links()));
  }

  @Test
  void synonymLineParsesEscapedQuotes() {
    OboTerm.Synonym s = OboReader.synonym("\"Crohn\\\"s\" EXACT [x]").orElseThrow();
    assertEquals("Crohn\"s", s.text());
    assertEquals("EXACT", s.scope());
    assertTrue(s.type().isEmpty());
  }
}
