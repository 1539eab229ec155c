package org.litgraph.graph.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BioAnalyzerTest {
  private final Analyzer text = new BioAnalyzer(true);
  private final Analyzer names = new BioAnalyzer(false);

  @ParameterizedTest
  @ValueSource(strings = {"IL-6", "IL6", "IL 6", "il-6", "il6", "Il-6"})
  void interleukinSixIsTheSameTokensHoweverItIsWritten(String written) {
    assertEquals(List.of("il", "6"), tokens(text, written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TNF-α", "TNF alpha", "TNFalpha", "TNFα", "tnf-alpha", "TNF-Alpha"})
  void tnfAlphaIsTheSameTokensHoweverItIsWritten(String written) {
    assertEquals(List.of("tnf", "alpha"), tokens(text, written));
  }

  @Test
  void greekLettersBecomeTheirNames() {
    assertEquals(List.of("il", "1", "beta"), tokens(text, "IL-1β"));
    assertEquals(List.of("nf", "kappa", "b"), tokens(text, "NF-κB"));
    assertEquals(List.of("nf", "kappa", "b"), tokens(text, "NFkappaB"));
    assertEquals(List.of("tgf", "beta"), tokens(text, "TGF-β"));
    assertEquals(List.of("ifn", "gamma"), tokens(text, "IFNγ"));
  }

  @Test
  void ordinaryWordsAreLowerCasedStemmedAndStopped() {
    assertEquals(
        List.of("cytokin", "reduc", "inflamm"), tokens(text, "The Cytokines reduced inflammation"));
  }

  @Test
  void acronymsAreNotStemmedButTheirPluralMeetsThem() {
    assertEquals(List.of("sirs"), tokens(text, "SIRS"));
    assertEquals(List.of("msc"), tokens(text, "MSC"));
    assertEquals(List.of("msc"), tokens(text, "MSCs"));
    assertEquals(List.of("cd", "34"), tokens(text, "CD34"));
  }

  @Test
  void acronymsThatLookLikeStopWordsStay() {
    assertEquals(List.of("at", "1", "receptor"), tokens(text, "AT1 receptor"));
  }

  @Test
  void nameAnalyzerNeitherStemsNorStops() {
    assertEquals(List.of("septic", "shock"), tokens(names, "Septic Shock"));
    assertEquals(List.of("sepsis"), tokens(names, "sepsis"));
    assertEquals(List.of("the", "cells"), tokens(names, "the cells"));
  }

  @Test
  void splitPartsKeepTheirOwnOffsetsForHighlighting() throws IOException {
    List<String> spans = new ArrayList<>();
    String input = "IL6 and TNF-α, TNFα or NF-κB";
    try (TokenStream ts = text.tokenStream("text", input)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(term + "=" + input.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    assertEquals(
        List.of(
            "il=IL", "6=6", "tnf=TNF", "alpha=α", "tnf=TNF", "alpha=α", "nf=NF", "kappa=κ", "b=B"),
        spans);
  }

  private static List<String> tokens(Analyzer analyzer, String input) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", input)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
