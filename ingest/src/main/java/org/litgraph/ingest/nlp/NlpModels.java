package org.litgraph.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The process's one CoreNLP pipeline and its CRF recogniser, loaded on first need or ahead of time
 * in the background ({@link #startLoading()}), so that loading the models (seconds) can overlap
 * with starting the stores.
 */
public final class NlpModels {
  private final NlpConfig config;
  private CompletableFuture<CoreNlpStage> loading;
  private CompletableFuture<CrfRecognizer> crfLoading;
  private final ExecutorService loader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "nlp-loader");
            t.setDaemon(true);
            return t;
          });
  // CoreNLP results made ahead of ingestion, by text; each is taken once
  private final Map<String, CompletableFuture<AnnotatedText>> ahead = new ConcurrentHashMap<>();
  // the loader's steps not started yet, in order: a thread that would wait runs them itself
  private final ConcurrentLinkedQueue<Step> queued = new ConcurrentLinkedQueue<>();
  private static final ThreadLocal<Boolean> IN_STEP = ThreadLocal.withInitial(() -> false);

  /** A step of the loader's queue; whichever thread claims it first runs it, once. */
  private static final class Step {
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final Runnable work;

    Step(Runnable work) {
      this.work = work;
    }

    void run() {
      if (claimed.compareAndSet(false, true)) {
        boolean outer = IN_STEP.get();
        IN_STEP.set(true);
        try {
          work.run();
        } finally {
          IN_STEP.set(outer);
        }
      }
    }
  }

  public NlpModels(NlpConfig config) {
    this.config = config;
  }

  /**
   * Starts loading in a background thread, if not started yet: CoreNLP, then the CRF, one after the
   * other on one thread, so that on a small machine the stores starting beside them keep a core to
   * themselves. Returns this.
   */
  public synchronized NlpModels startLoading() {
    if (loading == null) {
      loading = new CompletableFuture<>();
      crfLoading = new CompletableFuture<>();
      enqueue(() -> completeWith(loading, () -> new CoreNlpStage(config)));
      enqueue(() -> completeWith(crfLoading, CrfRecognizer::shipped));
    }
    return this;
  }

  private void enqueue(Runnable work) {
    Step step = new Step(work);
    queued.add(step);
    loader.execute(
        () -> {
          queued.remove(step);
          step.run();
        });
  }

  /**
   * Waits for {@code f}; meanwhile this thread runs the loader's steps that have not started, in
   * order (loading the CRF while the loader loads CoreNLP, annotating the next text while it
   * annotates this one), so a second core works instead of waiting. Steps themselves only wait.
   */
  private <T> T helpAndJoin(CompletableFuture<T> f) {
    if (!IN_STEP.get()) {
      Step next;
      while (!f.isDone() && (next = queued.poll()) != null) {
        next.run();
      }
    }
    return join(f);
  }

  /**
   * Waits for {@code f} (loaded elsewhere, such as the lexicon), running the loader's queued steps
   * meanwhile (annotations made ahead), so the waiting thread's core does their work.
   */
  public <T> T helpWhileWaiting(CompletableFuture<T> f) {
    return helpAndJoin(f);
  }

  /** Runs a task on the loading thread after what was queued there before (e.g. another load). */
  public synchronized void thenOnLoader(Runnable task) {
    startLoading();
    enqueue(task);
  }

  private static <T> void completeWith(CompletableFuture<T> f, Supplier<T> load) {
    try {
      f.complete(load.get());
    } catch (RuntimeException | Error e) {
      f.completeExceptionally(e);
    }
  }

  /**
   * Runs CoreNLP on texts ahead of their ingestion, in order, on the loading thread once the models
   * are loaded: a process that knows what it will ingest (the demo's first run) annotates while its
   * stores start. The pipeline takes each result with {@link #takeAhead} instead of annotating the
   * text again.
   */
  public void annotateAhead(List<String> texts) {
    List<Map.Entry<String, CompletableFuture<AnnotatedText>>> work = new ArrayList<>();
    for (String text : texts) {
      CompletableFuture<AnnotatedText> f = new CompletableFuture<>();
      if (ahead.putIfAbsent(text, f) == null) {
        work.add(Map.entry(text, f));
      }
    }
    for (Map.Entry<String, CompletableFuture<AnnotatedText>> w : work) {
      thenOnLoader(() -> completeWith(w.getValue(), () -> get().annotate(w.getKey())));
    }
  }

  /**
   * The annotation made ahead for this text, waiting for it if it is under way; empty when none was
   * asked for (or it failed: the caller then annotates the text itself and meets the error there).
   */
  public Optional<AnnotatedText> takeAhead(String text) {
    CompletableFuture<AnnotatedText> f = ahead.remove(text);
    if (f == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(helpAndJoin(f));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
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
    return helpAndJoin(f);
  }

  /** The shipped CRF recogniser, waiting for it to load if needed. */
  public CrfRecognizer crf() {
    CompletableFuture<CrfRecognizer> f;
    synchronized (this) {
      startLoading();
      f = crfLoading;
    }
    return helpAndJoin(f);
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
