package org.litgraph.ingest.claim;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.NlpConfig;

/** Pathological input stays within bounded time and bounded output. */
class ClaimBoundsIT {
  private static CoreNlpStage nlp;
  private static EntityRecognitionStage recognition;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpStage(NlpConfig.defaults());
    recognition = new EntityRecognitionStage(Lexicon.standard());
  }

  private static ClaimExtractor.Result run(String text) {
    AnnotatedText a = nlp.annotate(text);
    List<RecognizedMention> mentions = recognition.recognize(a);
    return new ClaimExtractor().extract(a, mentions, DocumentKind.ABSTRACT);
  }

  @Test
  void aSentenceOfThousandsOfTokensIsParsedInPiecesInBoundedTime() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      b.append("dexamethasone reduced interleukin-6 and sepsis, ");
    }
    String text = b.append("and nothing else.").toString();
    ClaimExtractor.Result r = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> run(text));
    assertTrue(r.claims().size() <= ClaimExtractor.MAX_CLAIMS_PER_DOCUMENT);
  }

  @Test
  void aDocumentWithThousandsOfEntityPairsIsCapped() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 240; i++) {
      b.append(
          "Dexamethasone, hydrocortisone, aspirin, heparin and vitamin C reduced interleukin-6,"
              + " interleukin-10, tumor necrosis factor alpha, sepsis and pneumonia. ");
    }
    ClaimExtractor.Result r =
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run(b.toString()));
    assertTrue(r.claims().size() <= ClaimExtractor.MAX_CLAIMS_PER_DOCUMENT);
    int perSentence = (int) r.claims().stream().filter(c -> c.sentenceIndex() == 0).count();
    assertTrue(perSentence <= ClaimExtractor.MAX_CLAIMS_PER_SENTENCE, "" + perSentence);
    assertTrue(r.dropped() > 0, "the caps were reached and reported");
  }
}
