package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurfaceKeysTest {

  @Test
  void greekLetterHyphenAndSpellingVariantsShareOneFoldedKey() {
    assertEquals("tnfalpha", SurfaceKeys.folded("TNF-α"));
    assertEquals("tnfalpha", SurfaceKeys.folded("TNF alpha"));
    assertEquals("tnfalpha", SurfaceKeys.folded("tnfalpha"));
    assertEquals("tnfalpha", SurfaceKeys.folded("TNFα"));
  }

  @Test
  void exactKeyKeepsCaseWhileDroppingPunctuation() {
    assertEquals("TNFalpha", SurfaceKeys.exact("TNF-α"));
    assertEquals("MSC", SurfaceKeys.exact("MSC"));
    assertNotEquals(SurfaceKeys.exact("MSC"), SurfaceKeys.exact("msc"));
    assertEquals(SurfaceKeys.folded("MSC"), SurfaceKeys.folded("msc"));
  }

  @Test
  void upperCaseGreekLettersKeepTheirCaseInTheExactKey() {
    assertEquals("NFkappaB", SurfaceKeys.exact("NF-κB"));
    assertEquals("Deltaspan", SurfaceKeys.exact("Δ span"));
  }

  @Test
  void compatibilityFormsAreNormalisedBeforeKeying() {
    // NFKC: full-width letters and the superscript two become their plain forms
    assertEquals("il6", SurfaceKeys.folded("ＩＬ-６"));
    assertEquals("pge2", SurfaceKeys.folded("PGE²"));
  }

  @Test
  void punctuationOnlyTextHasAnEmptyKey() {
    assertEquals("", SurfaceKeys.folded(",;()"));
    assertEquals("", SurfaceKeys.exact(" - "));
  }

  @Test
  void onlyHyphensSlashesAndPlusJoinTokensInsideAName() {
    assertTrue(SurfaceKeys.isJoiner("-"));
    assertTrue(SurfaceKeys.isJoiner("/"));
    assertTrue(SurfaceKeys.isJoiner("–"));
    assertTrue(SurfaceKeys.isJoiner("+"));
    assertFalse(SurfaceKeys.isJoiner(","));
    assertFalse(SurfaceKeys.isJoiner("("));
  }
}
