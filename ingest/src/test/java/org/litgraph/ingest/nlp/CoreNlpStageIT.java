package org.litgraph.ingest.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP with the real models, checked for what the later stages rely on: offsets that point into
 * the original text, lemmas, paragraph breaks and NER spans.
 */
class CoreNlpStageIT {
  private static CoreNlpStage nlp;

  @BeforeAll
  static void loadModels() {
    nlp = new CoreNlpStage(NlpConfig.defaults());
  }

  @Test
  void textsOverTheParseLimitAreTaggedButNotParsed() {
    CoreNlpStage bounded = new CoreNlpStage(NlpConfig.defaults().withMaxParsedChars(60));
    AnnotatedText shortText = bounded.annotate("Aspirin reduced the fever.");
    assertTrue(shortText.sentences().getFirst().parsed());
    assertTrue(!shortText.parseSkipped());
    AnnotatedText longText =
        bounded.annotate(
            "Aspirin reduced the fever. Heparin lowered the clotting in most patients.");
    assertTrue(longText.parseSkipped());
    assertTrue(longText.sentences().stream().noneMatch(NlpSentence::parsed));
    assertEquals("NN", longText.sentences().getFirst().tokens().get(3).pos());
  }

  @Test
  void tokenAndSentenceOffsetsPointIntoTheOriginalText() {
    String text =
        "Dr. Smith’s team (in Ghent) gave MSCs to rats — “early” results.\n\n"
            + "TNF-α fell by 40 % in 2 days.";
    AnnotatedText annotated = nlp.annotate(text);
    assertEquals(text, annotated.text());
    int previousEnd = 0;
    for (NlpSentence s : annotated.sentences()) {
      assertEquals(s.tokens().getFirst().start(), s.start());
      assertEquals(s.tokens().getLast().end(), s.end());
      for (Token t : s.tokens()) {
        assertTrue(t.start() >= previousEnd && t.end() > t.start(), "token " + t);
        previousEnd = t.end();
        String original = text.substring(t.start(), t.end());
        if (original.chars().allMatch(Character::isLetterOrDigit)) {
          assertEquals(original, t.text(), "a word token keeps its text");
        }
      }
    }
    assertEquals(
        annotated.sentences().stream().mapToInt(s -> s.tokens().size()).sum(),
        annotated.tokenCount());
  }

  @Test
  void blankLineEndsASentenceButASingleNewlineDoesNot() {
    AnnotatedText annotated =
        nlp.annotate("A heading without a full stop\n\nThe first line\ncontinues here.");
    assertEquals(2, annotated.sentences().size());
    assertEquals(List.of(0, 1), annotated.sentences().stream().map(NlpSentence::index).toList());
    assertEquals("The", annotated.sentences().get(1).tokens().getFirst().text());
  }

  @Test
  void pluralNounsAreLemmatised() {
    Token cytokines =
        nlp.annotate("Inflammatory cytokines rose.").sentences().getFirst().tokens().get(1);
    assertEquals("cytokines", cytokines.text());
    assertEquals("cytokine", cytokines.lemma());
    assertTrue(cytokines.pos().startsWith("NN"), cytokines.pos());
  }

  @Test
  void threeClassNerFindsOrganizationsAndLocations() {
    String text = "The World Health Organization met doctors from Belgium in Geneva.";
    List<NerSpan> spans = nlp.annotate(text).nerSpans();
    for (NerSpan s : spans) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    assertTrue(
        spans.stream().anyMatch(s -> s.type().equals("LOCATION") && s.text().equals("Belgium")),
        "spans: " + spans);
    assertTrue(spans.stream().anyMatch(s -> s.type().equals("ORGANIZATION")), "spans: " + spans);
    assertTrue(
        spans.stream().noneMatch(s -> s.type().equals("DATE")),
        "numeric classes are off: " + spans);
  }

  @Test
  void aSentenceWithoutFullStopsIsCutIntoBoundedPieces() {
    String text = "sepsis and stem cells ".repeat(500).strip(); // 2,000 tokens, no full stop
    AnnotatedText annotated = nlp.annotate(text);
    int cap = NlpConfig.defaults().maxSentenceTokens();
    assertEquals(2_000, annotated.tokenCount());
    assertEquals((2_000 + cap - 1) / cap, annotated.sentences().size());
    for (int i = 0; i < annotated.sentences().size(); i++) {
      NlpSentence s = annotated.sentences().get(i);
      assertEquals(i, s.index());
      assertTrue(s.tokens().size() <= cap, "piece " + i + " has " + s.tokens().size());
    }
  }
}
