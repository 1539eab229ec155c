package org.litgraph.ingest.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PubTatorReaderTest {
  private static List<PubTatorDocument> read(String text) throws IOException {
    return PubTatorReader.read(new BufferedReader(new StringReader(text)), "test.txt");
  }

  private static final String TWO_DOCUMENTS =
      """
      111|t|Septic shock after vancomycin.
      111|a|Renal failure followed.
      111\t0\t12\tSeptic shock\tDisease\tD012772
      111\t19\t29\tvancomycin\tChemical\tD014640
      111\t31\t44\tRenal failure\tDisease\tD051437
      111\tCID\tD014640\tD051437

      222|t|Title only.
      222|a|
      """;

  @Test
  void readsDocumentsWithTitleSpaceAbstractTextAndSkipsRelations() throws IOException {
    List<PubTatorDocument> docs = read(TWO_DOCUMENTS);

    assertEquals(2, docs.size());
    PubTatorDocument first = docs.getFirst();
    assertEquals("111", first.pmid());
    assertEquals("Septic shock after vancomycin. Renal failure followed.", first.text());
    assertEquals(3, first.annotations().size());
    PubTatorAnnotation renal = first.annotations().get(2);
    assertEquals("Renal failure", first.text().substring(renal.start(), renal.end()));
    assertEquals("D051437", renal.id());
    assertEquals("Title only.", docs.get(1).text());
    assertTrue(docs.get(1).annotations().isEmpty());
  }

  @Test
  void aMentionWhoseTextDiffersFromTheDocumentIsKeptByItsOffsets() throws IOException {
    List<PubTatorDocument> docs =
        read("1|t|Fever and cough.\n1|a|\n1\t0\t5\tFever  \tDisease\tD005334\n");

    assertEquals("Fever", docs.getFirst().annotations().getFirst().text());
  }

  @Test
  void aMentionOutsideItsDocumentIsRefusedWithFileLineAndDocument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> read("7|t|Short.\n7|a|\n7\t3\t40\tlong mention\tDisease\tX\n"));

    assertTrue(e.getMessage().startsWith("test.txt:3: document 7:"), e.getMessage());
  }

  @Test
  void aLineThatIsNeitherTextNorMentionIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("7|t|Short.\nnonsense\n"));

    assertEquals("test.txt:2: not a PubTator line", e.getMessage());
  }
}
