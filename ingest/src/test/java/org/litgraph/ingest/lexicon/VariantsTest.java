package org.litgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariantsTest {
  @Test
  void pluralsOfRegularLatinAndGreekNames() {
    assertEquals(Optional.of("mast cells"), Inflections.plural("mast cell"));
    assertEquals(Optional.of("ovaries"), Inflections.plural("ovary"));
    assertEquals(Optional.of("abscesses"), Inflections.plural("abscess"));
    assertEquals(Optional.of("viruses"), Inflections.plural("virus"));
    assertEquals(Optional.of("metastases"), Inflections.plural("metastasis"));
    assertEquals(Optional.of("Staphylococci"), Inflections.plural("Staphylococcus"));
    assertEquals(Optional.of("vertebrae"), Inflections.plural("vertebra"));
    assertEquals(Optional.of("Mice"), Inflections.plural("Mouse"));
    assertEquals(
        Optional.of("interstitial cells of Cajal"),
        Inflections.plural("interstitial cell of Cajal"));
    assertEquals(Optional.empty(), Inflections.plural("arthritis"));
    assertEquals(Optional.empty(), Inflections.plural("interleukin 6"));
  }

  @Test
  void singularsOfPluralNames() {
    assertEquals(
        Optional.of("Mesenchymal Stem Cell"), Inflections.singular("Mesenchymal Stem Cells"));
    assertEquals(Optional.of("Neoplasm"), Inflections.singular("Neoplasms"));
    assertEquals(Optional.of("bacterium"), Inflections.singular("bacteria"));
    assertEquals(Optional.of("ovary"), Inflections.singular("ovaries"));
    assertEquals(Optional.of("fibrosis"), Inflections.singular("fibroses"));
    assertEquals(Optional.empty(), Inflections.singular("sepsis"));
    assertEquals(Optional.empty(), Inflections.singular("Herpes Simplex Virus"));
  }

  @Test
  void britishSpellingsOfKnownWordParts() {
    assertEquals(Optional.of("anaemia"), BritishSpellings.of("Anemia"));
    assertEquals(Optional.of("pyaemia"), BritishSpellings.of("pyemia"));
    assertEquals(Optional.of("oedema"), BritishSpellings.of("edema"));
    assertEquals(Optional.of("haemorrhagic shock"), BritishSpellings.of("hemorrhagic shock"));
    assertEquals(Optional.of("tumour necrosis"), BritishSpellings.of("tumor necrosis"));
    assertEquals(Optional.of("diarrhoea"), BritishSpellings.of("diarrhea"));
    assertEquals(Optional.empty(), BritishSpellings.of("chemotherapy"));
    assertEquals(Optional.empty(), BritishSpellings.of("systemic sclerosis"));
    assertEquals(Optional.empty(), BritishSpellings.of("anaemia"), "already British");
  }

  @Test
  void symbolLikeFormsAreRecognised() {
    assertTrue(SurfaceExpander.symbolLike("HSC"));
    assertTrue(SurfaceExpander.symbolLike("IgG"));
    assertTrue(SurfaceExpander.symbolLike("p53"));
    assertFalse(SurfaceExpander.symbolLike("Interleukin-6"));
    assertFalse(SurfaceExpander.symbolLike("Rats"));
    assertFalse(SurfaceExpander.symbolLike("Mesenchymal Stem Cells"));
  }
}
