package org.litgraph.ingest.pubtator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litgraph.ingest.SharedFixtures;

class PubTatorReaderTest {
  private static List<PubTatorDocument> read(String text) throws IOException {
    return PubTatorReader.read(new StringReader(text), "test.PubTator");
  }

  private static PubTatorFormatException malformed(String text) {
    return assertThrows(PubTatorFormatException.class, () -> read(text));
  }

  private static final String NCBI =
      """

      1|t|Enzyme deficiency in breast and ovarian cancer.
      1|a|G6PD deficiency was seen.
      1\t0\t17\tEnzyme deficiency\tDiseaseClass\t D008661
      1\t21\t46\tbreast and ovarian cancer\tCompositeMention\tD001943|D010051
      1\t48\t63\tG6PD deficiency\tSpecificDisease\tOMIM:305900+D005955

      2|t|Second.
      2|a|Abstract.
      """;

  @Test
  void readsNcbiDiseaseShapeWithLeadingBlankLineSpacedIdsAndComposites() throws IOException {
    List<PubTatorDocument> docs = read(NCBI);
    assertEquals(2, docs.size());
    PubTatorDocument d = docs.getFirst();
    assertEquals("1", d.pmid());
    assertEquals(
        "Enzyme deficiency in breast and ovarian cancer. G6PD deficiency was seen.", d.text());
    List<PubTatorAnnotation> a = d.annotations();
    assertEquals(3, a.size());
    assertEquals(List.of("D008661"), a.get(0).ids());
    assertEquals(" D008661", a.get(0).rawId());
    assertEquals("DiseaseClass", a.get(0).type());
    assertEquals(List.of("D001943", "D010051"), a.get(1).ids());
    assertEquals(List.of("OMIM:305900", "D005955"), a.get(2).ids());
    for (PubTatorAnnotation x : a) {
      assertEquals(x.mention(), d.text().substring(x.start(), x.end()));
    }
    assertEquals("Abstract.", docs.get(1).abstractText());
  }

  @Test
  void readsBc5cdrShapeWithNoIdCompositePartsColumnAndRelations() throws IOException {
    String text =
        "10|t|Lithium toxicity.\n"
            + "10|a|Cardio and respiratory depression with drug X.\n"
            + "10\t0\t7\tLithium\tChemical\tD008094\n"
            + "10\t8\t16\ttoxicity\tDisease\tD064420\n"
            + "10\t18\t51\tCardio and respiratory depression\tDisease\tD002318|D012131"
            + "\tcardio depression|respiratory depression\n"
            + "10\t57\t63\tdrug X\tChemical\t-1\n"
            + "10\tCID\tD008094\tD064420\n";
    PubTatorDocument d = read(text).getFirst();
    assertEquals(4, d.annotations().size());
    assertEquals(List.of("D002318", "D012131"), d.annotations().get(2).ids());
    assertEquals(List.of(), d.annotations().get(3).ids());
    assertEquals(
        List.of(new PubTatorRelation("CID", List.of("D008094", "D064420"))), d.relations());
  }

  @Test
  void readsBioredShapeWithCommaCompositesVariantsAndFiveColumnRelations() throws IOException {
    String text =
        "20|t|NIS and IL6 in mice.\n"
            + "20|a|c.643C>T in HeLa.\n"
            + "20\t0\t3\tNIS\tGeneOrGeneProduct\t6528\n"
            + "20\t8\t11\tIL6\tGeneOrGeneProduct\t3569,16193\n"
            + "20\t15\t19\tmice\tOrganismTaxon\t10090\n"
            + "20\t21\t29\tc.643C>T\tSequenceVariant\tc|SUB|C|643|T\n"
            + "20\t33\t37\tHeLa\tCellLine\tCVCL_0030\n"
            + "20\tAssociation\t6528\tc|SUB|C|643|T\tNovel\n";
    PubTatorDocument d = read(text).getFirst();
    assertEquals(List.of("3569", "16193"), d.annotations().get(1).ids());
    assertEquals(List.of("c|SUB|C|643|T"), d.annotations().get(3).ids());
    assertEquals(List.of("CVCL_0030"), d.annotations().get(4).ids());
    assertEquals(List.of("6528", "c|SUB|C|643|T", "Novel"), d.relations().getFirst().arguments());
  }

  @Test
  void toleratesWindowsLineEndingsAndAMissingBlankLineBetweenDocuments() throws IOException {
    String text = "1|t|A.\r\n1|a|B.\r\n2|t|C.\r\n2|a|D.\r\n2\t0\t2\tC.\tDisease\t-\r\n";
    List<PubTatorDocument> docs = read(text);
    assertEquals(List.of("1", "2"), docs.stream().map(PubTatorDocument::pmid).toList());
    assertEquals("B.", docs.getFirst().abstractText());
    assertEquals(List.of(), docs.get(1).annotations().getFirst().ids());
  }

  @Test
  void malformedLinesNameTheFileAndLine() {
    PubTatorFormatException e = malformed("1|t|Title.\n1|a|Abstract.\n1\t0\tten\tTitle\tDisease\n");
    assertEquals("test.PubTator", e.source());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("test.PubTator:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("end is not a number"), e.getMessage());
  }

  @Test
  void rejectsOffsetsOutsideTheTextAndMentionsThatDifferFromIt() {
    String head = "1|t|Title.\n1|a|Abstract.\n";
    assertTrue(malformed(head + "1\t5\t90\tx\tDisease\tD1\n").getMessage().contains("outside"));
    assertTrue(malformed(head + "1\t6\t5\tx\tDisease\tD1\n").getMessage().contains("outside"));
    PubTatorFormatException shifted = malformed(head + "1\t1\t6\tTitle\tDisease\tD1\n");
    assertTrue(shifted.getMessage().contains("differs from the text"), shifted.getMessage());
  }

  @Test
  void rejectsLinesOutOfPlace() {
    assertEquals(1, malformed("1\t0\t5\tTitle\tDisease\tD1\n").line());
    assertEquals(2, malformed("1|t|Title.\n2|a|Abstract.\n").line());
    assertEquals(3, malformed("1|t|T.\n1|a|A.\n2\t0\t2\tT.\tDisease\tD1\n").line());
    assertEquals(3, malformed("1|t|T.\n1|a|A.\njust some words\n").line());
    assertEquals(3, malformed("1|t|T.\n1|a|A.\n1\t0\t2\tT.\n").line());
    assertEquals(3, malformed("1|t|T.\n1|a|A.\n1|a|again\n").line());
  }

  @Test
  void readsTheThreeSharedDevCorporaCompletely() throws IOException {
    assertCorpus("corpora/ncbi-disease/NCBIdevelopset_corpus.txt", 100, 787, 0);
    assertCorpus("corpora/bc5cdr/CDR_DevelopmentSet.PubTator.txt", 500, 9591, 1012);
    assertCorpus("corpora/biored/Dev.PubTator", 100, 3533, 1);
  }

  private static void assertCorpus(String path, int docs, int annotations, int minRelations)
      throws IOException {
    List<PubTatorDocument> read = PubTatorReader.read(SharedFixtures.file(path));
    assertEquals(docs, read.size(), path);
    assertEquals(annotations, read.stream().mapToInt(d -> d.annotations().size()).sum(), path);
    assertTrue(read.stream().mapToInt(d -> d.relations().size()).sum() >= minRelations, path);
  }
}
