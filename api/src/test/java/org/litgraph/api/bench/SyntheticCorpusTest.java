package org.litgraph.api.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Mention;

class SyntheticCorpusTest {
  private final SyntheticCorpus corpus = SyntheticCorpus.standard();

  @Test
  void theSameIndexGivesTheSameDocument() {
    assertEquals(corpus.document(17), SyntheticCorpus.standard().document(17));
    assertNotEquals(corpus.document(17).text(), corpus.document(18).text());
  }

  @Test
  void mentionsAndTriggersSitAtTheirOffsets() {
    for (int i = 0; i < 200; i++) {
      AnnotatedDocument d = corpus.document(i);
      assertFalse(d.mentions().isEmpty());
      assertFalse(d.claims().isEmpty());
      for (Mention m : d.mentions()) {
        assertEquals(m.text(), d.text().substring(m.start(), m.end()));
      }
      for (Claim c : d.claims()) {
        assertEquals(
            c.trigger(), d.text().substring(c.start().getAsInt(), c.end().getAsInt()), d.text());
        assertFalse(c.context().species().isEmpty());
      }
    }
  }

  @Test
  void documentsNameManyDistinctEntitiesAndSomeRealOnes() {
    Set<String> ids = new HashSet<>();
    boolean sepsis = false;
    for (int i = 0; i < 500; i++) {
      for (var e : corpus.document(i).entities()) {
        ids.add(e.id().toString());
        sepsis |= e.id().toString().equals("MESH:D018805");
      }
    }
    assertTrue(ids.size() > 500, "distinct entities: " + ids.size());
    assertTrue(sepsis);
  }
}
