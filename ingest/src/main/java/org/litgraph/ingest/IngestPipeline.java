package org.litgraph.ingest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.store.DocumentRejectedException;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.WriteOutcome;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.CrfRecognizer;
import org.litgraph.ingest.nlp.NlpModels;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.SourceException;
import org.litgraph.ingest.source.SourceLoader;
import org.litgraph.ingest.source.SourceRef;

/**
 * The ingest facade: reads sources, annotates them and writes them to the graph and the search
 * index. A source that cannot be read is reported with its reason and the run goes on; a store
 * failure stops the run.
 *
 * <p>A document whose content hash is already in both stores is skipped before any NLP, so
 * re-ingesting a corpus is fast and changes nothing. The CoreNLP models and the lexicon load on
 * first need. Ingestion is serialised per pipeline, in two overlapping stages: CoreNLP on one
 * document while the previous one is recognised and written (see {@link Run}).
 *
 * <p>Crash safety: each document goes to the graph first, in one transaction, then to the index,
 * which commits every {@link IngestConfig#commitEvery()} documents. A run killed at any moment
 * resumes without loss or duplication: the graph holds each document completely or not at all,
 * {@link IndexCatchUp} re-indexes on start what the index missed, and the re-run skips what both
 * stores hold (see {@code CrashResumeIT}).
 */
public final class IngestPipeline {
  /** Part of every content hash: bump it when extraction changes so documents are redone. */
  public static final String EXTRACTION_VERSION = "claims-1-crf";

  private final GraphStore graph;
  private final SearchIndex index;
  private final IngestConfig config;
  private final SourceLoader loader;
  private final NlpModels models;
  private DocumentAnnotator annotator;
  private RecordFactResolver facts;

  public IngestPipeline(GraphStore graph, SearchIndex index, IngestConfig config) {
    this(graph, index, config, new NlpModels(config.nlp()));
  }

  /**
   * A pipeline over models that may already be loading ({@link NlpModels#startLoading()}), so a
   * process can load CoreNLP while its stores start.
   */
  public IngestPipeline(
      GraphStore graph, SearchIndex index, IngestConfig config, NlpModels models) {
    this.graph = graph;
    this.index = index;
    this.config = config;
    this.models = models;
    this.loader = new SourceLoader(config.limits());
  }

  /** Ingests files, directories and web addresses as named on a command line. */
  public IngestReport ingestArguments(List<String> arguments, IngestListener listener) {
    List<SourceRef> refs = new ArrayList<>();
    List<DocumentResult> unresolved = new ArrayList<>();
    for (String argument : arguments) {
      try {
        boolean directory = Files.isDirectory(Path.of(argument));
        for (SourceRef ref : loader.resolve(argument)) {
          Optional<String> skip =
              directory && ref instanceof SourceRef.FileRef f
                  ? SourceLoader.ancillary(f.path())
                  : Optional.empty();
          if (skip.isPresent()) {
            unresolved.add(DocumentResult.skipped(ref.canonical(), skip.get()));
          } else {
            refs.add(ref);
          }
        }
      } catch (InvalidPathException e) {
        unresolved.add(DocumentResult.failed(argument, "not a valid path: " + e.getMessage()));
      } catch (SourceException e) {
        unresolved.add(DocumentResult.failed(e.source(), e.reason()));
      }
    }
    IngestReport report = ingest(refs, listener);
    List<DocumentResult> all = new ArrayList<>(unresolved);
    all.addAll(report.results());
    return new IngestReport(all, report.elapsed(), report.times());
  }

  /** Ingests resolved sources. */
  public synchronized IngestReport ingest(List<SourceRef> refs, IngestListener listener) {
    long started = System.nanoTime();
    listener.started(refs.size());
    try (Run run = new Run(listener)) {
      for (SourceRef ref : refs) {
        List<SourceDocument> sources;
        long t0 = System.nanoTime();
        try {
          sources = loader.load(ref);
        } catch (SourceException e) {
          run.report(DocumentResult.failed(ref.canonical(), e.reason()), refs.size());
          continue;
        } finally {
          run.clock.read += System.nanoTime() - t0;
        }
        ingestAll(sources, run, refs.size());
      }
      return run.finish(started);
    }
  }

  /**
   * Ingests documents that were already read, e.g. by the crawler, which fetches and extracts pages
   * itself.
   */
  public synchronized IngestReport ingestDocuments(
      List<SourceDocument> sources, IngestListener listener) {
    long started = System.nanoTime();
    listener.started(sources.size());
    try (Run run = new Run(listener)) {
      ingestAll(sources, run, sources.size());
      return run.finish(started);
    }
  }

  /**
   * Annotates a source exactly as ingesting would (entities, mentions, claims, record facts) but
   * stores nothing: the fact-checker reads a submitted piece without keeping it.
   */
  public synchronized AnnotatedDocument annotateOnly(SourceDocument source) {
    DocumentAnnotator ready = annotator(IngestListener.SILENT, new StageTimes.Clock());
    AnnotatedDocument doc = ready.annotate(toDocument(source), textWithTitle(source)).document();
    return withRecordFacts(doc, source);
  }

  /** Reads one named source (file, directory entry or http(s) address through the guard). */
  public List<SourceDocument> read(String argument) throws SourceException {
    List<SourceDocument> out = new ArrayList<>();
    for (SourceRef ref : loader.resolve(argument)) {
      out.addAll(loader.load(ref));
    }
    return out;
  }

  /** Reads text held in memory (pasted text or HTML), recognising its format by content. */
  public List<SourceDocument> readText(String name, String text) throws SourceException {
    return loader.load(new SourceRef.TextRef(name, text));
  }

  /**
   * The results, clock and commit batching of one call, and its store thread.
   *
   * <p>Ingestion is a two-stage pipeline: the calling thread reads documents and runs CoreNLP on
   * them while the store thread finishes earlier ones (recognition, claims, the graph transaction,
   * the index). Documents go to the store thread in batches of up to {@link
   * IngestConfig#batchDocuments()} documents or {@link #BATCH_CHARS} characters, each written to
   * the graph in one transaction, so the fixed cost of a transaction and its statements is shared;
   * at most {@link #IN_FLIGHT} batches wait, so memory stays bounded. Results, progress and index
   * commits happen on the store thread in input order. A store failure stops the run: the calling
   * thread rethrows it at its next hand-over and documents not yet written are left for the next
   * run, exactly as after a crash.
   */
  private final class Run implements AutoCloseable {
    static final int IN_FLIGHT = 2;
    static final int BATCH_CHARS = 1_000_000;

    final IngestListener listener;
    final StageTimes.Clock clock = new StageTimes.Clock();
    final List<DocumentResult> results = new ArrayList<>();
    final ExecutorService store =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "litgraph-store");
              t.setDaemon(true);
              return t;
            });
    final ArrayDeque<Future<?>> inFlight = new ArrayDeque<>();
    // documents through CoreNLP (and results decided early), not yet handed to the store thread
    final List<Item> batch = new ArrayList<>();
    int batchDocuments;
    int batchChars;
    boolean handedOver;
    int uncommitted;
    boolean storeFailed;
    // ids of the documents met so far in this run, with their content hashes
    final Map<String, String> seen = new HashMap<>();

    /** A document ready for the store stage, or a result already known, in input order. */
    record Item(Prepared document, DocumentResult result, int total) {}

    Run(IngestListener listener) {
      this.listener = listener;
    }

    /** Queues a document for the store stage; a full batch goes to the store thread. */
    void add(Prepared document, int total) {
      batch.add(new Item(document, null, total));
      batchDocuments++;
      batchChars += document.text().length();
      // the first document goes alone: the first transaction of a process compiles the write
      // statements (seconds in a cold JVM), which then happens while CoreNLP runs on the next
      // documents instead of after the last one
      if (!handedOver || batchDocuments >= config.batchDocuments() || batchChars >= BATCH_CHARS) {
        flush();
      }
    }

    /** Reports a result decided on the calling thread, in order with the documents before it. */
    void report(DocumentResult result, int total) {
      batch.add(new Item(null, result, total));
    }

    /** Hands the batch to the store thread, waiting while it is busy with earlier ones. */
    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      List<Item> items = List.copyOf(batch);
      handedOver |= items.stream().anyMatch(i -> i.document() != null);
      batch.clear();
      batchDocuments = 0;
      batchChars = 0;
      while (inFlight.size() >= IN_FLIGHT) {
        awaitOldest();
      }
      inFlight.add(store.submit(() -> storeBatch(items, this)));
    }

    /** Whether a document of this id was stored (or found stored) in this run; after drain(). */
    boolean stored(String documentId) {
      return results.stream()
          .anyMatch(
              r ->
                  r.documentId().filter(documentId::equals).isPresent()
                      && r.outcome() != DocumentResult.Outcome.FAILED
                      && r.outcome() != DocumentResult.Outcome.SKIPPED);
    }

    void drain() {
      flush();
      while (!inFlight.isEmpty()) {
        awaitOldest();
      }
    }

    private void awaitOldest() {
      Future<?> oldest = inFlight.poll();
      try {
        oldest.get();
      } catch (ExecutionException e) {
        storeFailed = true;
        throw unwrap(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the store thread", e);
      }
    }

    private static RuntimeException unwrap(ExecutionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      return e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }

    /** On the store thread. */
    void done(DocumentResult result, int total) {
      results.add(result);
      if (result.outcome() == DocumentResult.Outcome.CREATED
          || result.outcome() == DocumentResult.Outcome.UPDATED) {
        if (++uncommitted >= config.commitEvery()) {
          commit();
        }
      }
      listener.documentDone(results.size(), Math.max(total, results.size()), result);
    }

    void commit() {
      long t = System.nanoTime();
      index.commit();
      clock.indexWrite += System.nanoTime() - t;
      uncommitted = 0;
    }

    IngestReport finish(long started) {
      drain();
      commit();
      return new IngestReport(
          results, Duration.ofNanos(System.nanoTime() - started), clock.snapshot());
    }

    /**
     * Stops the store thread. When the calling thread failed (CoreNLP on a document), the documents
     * it had finished before are still written; after a store failure, documents still queued are
     * dropped (the next run does them) and the batch being written finishes its transaction first.
     */
    @Override
    public void close() {
      try {
        if (!storeFailed) {
          drain();
        }
      } finally {
        shutdown();
      }
    }

    private void shutdown() {
      store.shutdownNow();
      try {
        if (!store.awaitTermination(5, TimeUnit.MINUTES)) {
          throw new IllegalStateException("the store thread did not stop within 5 minutes");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The documents of one source through the first stage, with the graph's stored hashes fetched for
   * all of them in one lookup.
   */
  private void ingestAll(List<SourceDocument> sources, Run run, int total) {
    List<Document> documents = sources.stream().map(IngestPipeline::toDocument).toList();
    Map<String, String> stored = graph.contentHashes(documents.stream().map(Document::id).toList());
    for (int i = 0; i < sources.size(); i++) {
      ingestOne(sources.get(i), documents.get(i), stored, run, total);
    }
  }

  /** First stage, on the calling thread: skip check and CoreNLP; the rest goes to the store. */
  private void ingestOne(
      SourceDocument source,
      Document document,
      Map<String, String> prefetched,
      Run run,
      int total) {
    StageTimes.Clock clock = run.clock;
    Optional<String> stored;
    String earlier = run.seen.put(document.id(), document.contentHash());
    if (earlier == null) {
      stored = Optional.ofNullable(prefetched.get(document.id()));
    } else {
      // the same document twice in one run: let the first copy land, then look again
      run.drain();
      if (earlier.equals(document.contentHash()) && run.stored(document.id())) {
        run.report(unchanged(source, document), total);
        return;
      }
      stored = graph.contentHash(document.id());
    }
    boolean inGraph = stored.filter(document.contentHash()::equals).isPresent();
    boolean inIndex =
        inGraph
            && index.contentHash(document.id()).filter(document.contentHash()::equals).isPresent();
    if (inGraph && inIndex) {
      run.report(unchanged(source, document), total);
      return;
    }
    DocumentAnnotator ready = annotator(run.listener, clock);
    String text = textWithTitle(source);
    long t1 = System.nanoTime();
    AnnotatedText nlp = models.takeAhead(text).orElseGet(() -> ready.nlp(text));
    clock.annotate += System.nanoTime() - t1;
    run.add(new Prepared(ready, document, source, text, nlp), total);
  }

  private static DocumentResult unchanged(SourceDocument source, Document document) {
    return new DocumentResult(
        source.source(),
        Optional.of(document.id()),
        DocumentResult.Outcome.UNCHANGED,
        Optional.empty(),
        0,
        0,
        0);
  }

  /** A document through CoreNLP, waiting for its store stage. */
  private record Prepared(
      DocumentAnnotator annotator,
      Document document,
      SourceDocument source,
      String text,
      AnnotatedText nlp) {
    String id() {
      return document.id();
    }
  }

  /** What the store stage made of one document before it was written. */
  private record Assembled(
      Prepared prepared, DocumentAnnotator.Annotated annotated, AnnotatedDocument doc) {}

  /**
   * Second stage, on the store thread: recognition and claims for each document of the batch, one
   * graph transaction for all of them, then the index, then the results in input order. When the
   * graph refuses the batch (a transaction past its time limit), its documents are written one by
   * one, so only the one at fault is reported as failed.
   */
  private void storeBatch(List<Run.Item> items, Run run) {
    StageTimes.Clock clock = run.clock;
    long t1 = System.nanoTime();
    List<Assembled> assembled = new ArrayList<>();
    for (Run.Item item : items) {
      if (item.document() != null) {
        Prepared p = item.document();
        DocumentAnnotator.Annotated a = p.annotator().assemble(p.document(), p.text(), p.nlp());
        assembled.add(new Assembled(p, a, withRecordFacts(a.document(), p.source())));
      }
    }
    long t2 = System.nanoTime();
    clock.recognize += t2 - t1;
    Map<String, WriteOutcome> outcomes = new HashMap<>();
    Map<String, String> rejected = new HashMap<>();
    if (!assembled.isEmpty()) {
      try {
        List<WriteOutcome> written =
            graph.writeAll(assembled.stream().map(Assembled::doc).toList());
        for (int i = 0; i < written.size(); i++) {
          outcomes.put(assembled.get(i).prepared().id(), written.get(i));
        }
      } catch (DocumentRejectedException batchRefused) {
        for (Assembled a : assembled) {
          try {
            outcomes.put(a.prepared().id(), graph.write(a.doc()));
          } catch (DocumentRejectedException e) {
            rejected.put(a.prepared().id(), e.getMessage());
          }
        }
      }
    }
    long t3 = System.nanoTime();
    clock.graphWrite += t3 - t2;
    for (Assembled a : assembled) {
      if (outcomes.containsKey(a.prepared().id())) {
        index.index(a.doc());
      }
    }
    clock.indexWrite += System.nanoTime() - t3;
    int next = 0;
    for (Run.Item item : items) {
      if (item.result() != null) {
        run.done(item.result(), item.total());
        continue;
      }
      Assembled a = assembled.get(next++);
      String id = a.prepared().id();
      DocumentResult result =
          rejected.containsKey(id)
              ? DocumentResult.failed(a.prepared().source().source(), rejected.get(id))
              : result(a, outcomes.get(id));
      run.done(result, item.total());
    }
  }

  private DocumentResult result(Assembled a, WriteOutcome outcome) {
    DocumentAnnotator.Annotated annotated = a.annotated();
    AnnotatedDocument doc = a.doc();
    SourceDocument source = a.prepared().source();
    Document document = a.prepared().document();
    DocumentResult.Outcome result =
        switch (outcome) {
          case CREATED -> DocumentResult.Outcome.CREATED;
          case UPDATED -> DocumentResult.Outcome.UPDATED;
          // in the graph already but missing from the index: the index was repaired
          case UNCHANGED -> DocumentResult.Outcome.UPDATED;
        };
    Optional<String> note = Optional.empty();
    if (annotated.parseSkipped()) {
      note =
          Optional.of(
              "claims not extracted: the text is over "
                  + config.nlp().maxParsedChars()
                  + " characters (entities and mentions are stored)");
    } else if (annotated.droppedClaims() > 0) {
      note =
          Optional.of(
              annotated.droppedClaims()
                  + " claims over the caps (50 per sentence, 5,000 per document) were not"
                  + " stored");
    }
    return new DocumentResult(
        source.source(),
        Optional.of(document.id()),
        result,
        note,
        doc.sentences().size(),
        annotated.tokens(),
        doc.mentions().size());
  }

  private AnnotatedDocument withRecordFacts(AnnotatedDocument doc, SourceDocument source) {
    return source.facts().isEmpty() ? doc : facts.addTo(doc, source.facts());
  }

  private static Document toDocument(SourceDocument source) {
    String id = DocumentIds.documentId(source.source());
    String title = source.title().orElseGet(() -> leadWords(source.text()));
    List<String> parts =
        new ArrayList<>(
            List.of(
                EXTRACTION_VERSION,
                title,
                source.published().map(Object::toString).orElse(""),
                source.kind().name(),
                source.metadata().fingerprint(),
                textWithTitle(source)));
    if (!source.facts().isEmpty()) {
      // only sources with record facts hash them, so other documents keep their hashes
      parts.add(source.facts().fingerprint());
    }
    String hash = DocumentIds.contentHash(parts.toArray(String[]::new));
    return new Document(
        id, source.source(), title, source.published(), source.kind(), hash, source.metadata());
  }

  /**
   * The text to annotate: the body, preceded by the title as its own paragraph when the body does
   * not already open with it. Titles name trials, drugs and diseases too, and PubMed, front matter
   * and HTML metadata keep them apart from the body.
   */
  public static String textWithTitle(SourceDocument source) {
    String body = source.text();
    if (source.title().isEmpty()) {
      return body;
    }
    String title = source.title().get().strip();
    String head = body.substring(0, Math.min(body.length(), 1_000)).toLowerCase(Locale.ROOT);
    if (title.isEmpty() || head.contains(title.toLowerCase(Locale.ROOT))) {
      return body;
    }
    return title + "\n\n" + body;
  }

  private static String leadWords(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 80 ? flat : flat.substring(0, 80).strip() + "…";
  }

  private DocumentAnnotator annotator(IngestListener listener, StageTimes.Clock clock) {
    if (annotator == null) {
      listener.loadingModels();
      long t = System.nanoTime();
      // the lexicon (~100 MB, ~2.5 s) loads with the first document to annotate, unless the
      // process started loading it ahead (LitGraphRuntime does when it will ingest), so a process
      // that only finds unchanged documents, or only serves, never pays for it
      // (started here if nobody started it; the models' loader may be busy: this thread helps it)
      java.util.concurrent.CompletableFuture<Lexicon> lexiconLoading = Lexicon.sharedStandard();
      CrfRecognizer crf = models.crf();
      CoreNlpStage nlp = models.get();
      Lexicon lexicon = models.helpWhileWaiting(lexiconLoading);
      // and the CRF's gazetteer of it, if the models' loader is building it right now
      org.litgraph.ingest.entity.LexiconGazetteer.started(lexicon)
          .ifPresent(models::helpWhileWaiting);
      EntityRecognitionStage recognition = new EntityRecognitionStage(lexicon, crf);
      annotator = new DocumentAnnotator(nlp, recognition);
      facts = new RecordFactResolver(lexicon);
      clock.modelLoad += System.nanoTime() - t;
    }
    return annotator;
  }
}
