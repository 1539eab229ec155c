package org.litgraph.ingest.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrfGazetteerTest {
  private static final CrfGazetteer GAZETTEER =
      new CrfGazetteer.Builder()
          .add("shock", "Disease")
          .add("Septic Shock", "Disease")
          .add("TNF-α", "GeneOrGeneProduct")
          .add("seizure", "Disease")
          .add("lithium", "ChemicalEntity")
          .add("Lithium", "Disease")
          .build();

  private static List<String> tags(String text, Map<String, String> lemmas) {
    return GAZETTEER.tag(HandText.of(text, lemmas).sentences().getFirst().tokens());
  }

  @Test
  void theLongestNameFromEachTokenWinsAndItsTokensGetBeginAndInside() {
    assertEquals(
        List.of("O", "B-Disease", "I-Disease", "O", "B-Disease"),
        tags("after septic shock and shock", Map.of()));
  }

  @Test
  void caseHyphensAndGreekLettersAreFolded() {
    assertEquals(
        List.of("B-GeneOrGeneProduct", "I-GeneOrGeneProduct", "I-GeneOrGeneProduct", "O"),
        tags("TNF - alpha levels", Map.of()));
  }

  @Test
  void theLastTokenMayMatchByItsLemma() {
    assertEquals(
        List.of("O", "B-Disease"), tags("recurrent seizures", Map.of("seizures", "seizure")));
  }

  @Test
  void aNameWithSeveralCategoriesGetsThemJoinedInOrder() {
    assertEquals(List.of("B-ChemicalEntity+Disease"), tags("LITHIUM", Map.of()));
  }

  @Test
  void moreNamesJoinWithTheUnionOfCategories() {
    CrfGazetteer more =
        GAZETTEER.plus(
            List.of(
                Map.entry("septic shock", "ChemicalEntity"), Map.entry("PAN", "ChemicalEntity")));

    assertEquals("ChemicalEntity+Disease", more.category("Septic shock"));
    assertEquals("ChemicalEntity", more.category("pan"));
    assertEquals(GAZETTEER.size() + 1, more.size());
    assertEquals(null, GAZETTEER.category("pan"));
  }

  @Test
  void survivesWritingAndReading() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GAZETTEER.write(new DataOutputStream(bytes));

    CrfGazetteer read =
        CrfGazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    assertEquals(GAZETTEER.size(), read.size());
    assertEquals("Disease", read.category("septic shock"));
    assertEquals("ChemicalEntity+Disease", read.category("lithium"));
  }
}
