package org.litgraph.ingest.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The process's one CoreNLP pipeline and its CRF recogniser, loaded on first need or ahead of time
 * in the background ({@link #startLoading()}), so that loading the models (seconds) can overlap
 * with starting the stores.
 */
public final class NlpModels {
  private final NlpConfig config;
  private CompletableFuture<CoreNlpStage> loading;
  private CompletableFuture<CrfRecognizer> crfLoading;

  public NlpModels(NlpConfig config) {
    this.config = config;
  }

  /** Starts loading in a background thread, if not started yet. Returns this. */
  public synchronized NlpModels startLoading() {
    if (loading == null) {
      loading = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  loading.complete(new CoreNlpStage(config));
                } catch (RuntimeException | Error e) {
                  loading.completeExceptionally(e);
                }
              },
              "corenlp-loader");
      t.setDaemon(true);
      t.start();
      crfLoading = new CompletableFuture<>();
      Thread c =
          new Thread(
              () -> {
                try {
                  crfLoading.complete(CrfRecognizer.shipped());
                } catch (RuntimeException | Error e) {
                  crfLoading.completeExceptionally(e);
                }
              },
              "crf-loader");
      c.setDaemon(true);
      c.start();
    }
    return this;
  }

  /** True when loading has started (or finished). */
  public synchronized boolean started() {
    return loading != null;
  }

  /** The pipeline, waiting for it to load if needed. */
  public CoreNlpStage get() {
    CompletableFuture<CoreNlpStage> f;
    synchronized (this) {
      startLoading();
      f = loading;
    }
    return join(f);
  }

  /** The shipped CRF recogniser, waiting for it to load if needed. */
  public CrfRecognizer crf() {
    CompletableFuture<CrfRecognizer> f;
    synchronized (this) {
      startLoading();
      f = crfLoading;
    }
    return join(f);
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
