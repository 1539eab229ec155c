package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbbreviationPairTest {
  private static AbbreviationPair pair(String text, String longForm, String shortForm) {
    int l = text.indexOf(longForm);
    int s = text.indexOf("(" + shortForm + ")") + 1;
    if (s == 0) {
      s = text.indexOf(shortForm);
      l = text.indexOf(longForm, s);
    }
    return new AbbreviationPair(s, s + shortForm.length(), l, l + longForm.length());
  }

  private static boolean named(String text, String longForm, String shortForm, String mention) {
    int m = text.indexOf(mention);
    return pair(text, longForm, shortForm).namedBy(text, m, m + mention.length());
  }

  @Test
  void theLongFormItselfOrItsModifiedHeadNamesTheShortForm() {
    String text = "rats with levodopa-induced dyskinesias (LID) and septic shock (SS)";
    assertTrue(named(text, "levodopa-induced dyskinesias", "LID", "dyskinesias"));
    assertTrue(named(text, "levodopa-induced dyskinesias", "LID", "levodopa-induced dyskinesias"));
    assertTrue(named(text, "septic shock", "SS", "septic shock"));
  }

  @Test
  void aPrepositionBetweenMentionAndLongFormBreaksTheLink() {
    String text = "a deficiency of hepatic phenylalanine hydroxylase (PAH) was found";
    assertFalse(
        named(
            text,
            "phenylalanine hydroxylase",
            "PAH",
            "deficiency of hepatic phenylalanine hydroxylase"));
    String dcc = "the DCC (deleted in colorectal cancer) gene";
    assertFalse(named(dcc, "deleted in colorectal cancer", "DCC", "colorectal cancer"));
  }

  @Test
  void aMentionPastTheParenthesisNeedsAGenericHead() {
    String g6pd = "glucose-6-phosphate dehydrogenase (G6PD) deficiency";
    assertFalse(named(g6pd, "glucose-6-phosphate dehydrogenase", "G6PD", g6pd));
    String vhl = "the von Hippel-Lindau (VHL) disease product";
    assertTrue(named(vhl, "von Hippel-Lindau", "VHL", "von Hippel-Lindau (VHL) disease"));
  }
}
