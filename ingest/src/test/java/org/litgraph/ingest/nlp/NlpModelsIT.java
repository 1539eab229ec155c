package org.litgraph.ingest.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Loading on the background thread, annotating ahead, and a waiting thread running the loader's
 * queued steps itself (real CoreNLP models).
 */
class NlpModelsIT {
  private static final List<String> TEXTS =
      List.of(
          "Mesenchymal stem cells lowered TNF-alpha in septic rats.",
          "Interleukin-10 rose after the infusion.",
          "No patient developed pneumonia.");

  @Test
  void aWaitingThreadAnnotatesQueuedTextsItselfWhileTheLoaderIsBusy() throws Exception {
    NlpModels models = new NlpModels(NlpConfig.defaults().withoutParse());
    CoreNlpStage nlp = models.get(); // loaded by the loader (or with this thread's help)
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    models.thenOnLoader(
        () -> {
          busy.countDown();
          try {
            release.await(120, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertTrue(busy.await(60, TimeUnit.SECONDS), "the loader never reached the blocking step");
    models.annotateAhead(TEXTS);

    // the loader is stuck: the second text can only be ready because this thread annotated it
    Optional<AnnotatedText> second =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> models.takeAhead(TEXTS.get(1)));
    release.countDown();

    assertTrue(second.isPresent());
    assertEquals(tokens(nlp.annotate(TEXTS.get(1))), tokens(second.get()));
    for (String text : List.of(TEXTS.get(0), TEXTS.get(2))) {
      AnnotatedText ahead = models.takeAhead(text).orElseThrow();
      assertEquals(tokens(nlp.annotate(text)), tokens(ahead));
    }
    // each result is taken once
    assertTrue(models.takeAhead(TEXTS.get(0)).isEmpty());
  }

  private static List<String> tokens(AnnotatedText text) {
    return text.sentences().stream()
        .flatMap(s -> s.tokens().stream())
        .map(t -> t.text() + "/" + t.pos() + "/" + t.lemma())
        .toList();
  }
}
