package org.litgraph.ingest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.store.DocumentRejectedException;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.graph.store.WriteOutcome;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.Lexicon;
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
 * first need. Ingestion is serialised: one document at a time per pipeline.
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
    Run run = new Run(listener);
    for (SourceRef ref : refs) {
      List<SourceDocument> sources;
      long t0 = System.nanoTime();
      try {
        sources = loader.load(ref);
      } catch (SourceException e) {
        run.done(DocumentResult.failed(ref.canonical(), e.reason()), refs.size());
        continue;
      } finally {
        run.clock.read += System.nanoTime() - t0;
      }
      for (SourceDocument source : sources) {
        run.done(ingestOne(source, run), refs.size());
      }
    }
    return run.finish(started);
  }

  /**
   * Ingests documents that were already read, e.g. by the crawler, which fetches and extracts pages
   * itself.
   */
  public synchronized IngestReport ingestDocuments(
      List<SourceDocument> sources, IngestListener listener) {
    long started = System.nanoTime();
    listener.started(sources.size());
    Run run = new Run(listener);
    for (SourceDocument source : sources) {
      run.done(ingestOne(source, run), sources.size());
    }
    return run.finish(started);
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

  /** The results, clock and commit batching of one call. */
  private final class Run {
    final IngestListener listener;
    final StageTimes.Clock clock = new StageTimes.Clock();
    final List<DocumentResult> results = new ArrayList<>();
    int uncommitted;

    Run(IngestListener listener) {
      this.listener = listener;
    }

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
      commit();
      return new IngestReport(
          results, Duration.ofNanos(System.nanoTime() - started), clock.snapshot());
    }
  }

  private DocumentResult ingestOne(SourceDocument source, Run run) {
    StageTimes.Clock clock = run.clock;
    Document document = toDocument(source);
    Optional<String> stored = graph.contentHash(document.id());
    boolean inGraph = stored.filter(document.contentHash()::equals).isPresent();
    boolean inIndex =
        inGraph
            && index.contentHash(document.id()).filter(document.contentHash()::equals).isPresent();
    if (inGraph && inIndex) {
      return new DocumentResult(
          source.source(),
          Optional.of(document.id()),
          DocumentResult.Outcome.UNCHANGED,
          Optional.empty(),
          0,
          0,
          0);
    }
    DocumentAnnotator ready = annotator(run.listener, clock);
    long t1 = System.nanoTime();
    DocumentAnnotator.Annotated annotated = ready.annotate(document, textWithTitle(source));
    long t2 = System.nanoTime();
    AnnotatedDocument doc = withRecordFacts(annotated.document(), source);
    WriteOutcome outcome;
    try {
      outcome = graph.write(doc);
    } catch (DocumentRejectedException e) {
      return DocumentResult.failed(source.source(), e.getMessage());
    }
    long t3 = System.nanoTime();
    index.index(doc);
    clock.annotate += t2 - t1;
    clock.graphWrite += t3 - t2;
    clock.indexWrite += System.nanoTime() - t3;
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
  static String textWithTitle(SourceDocument source) {
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
      // the lexicon (~100 MB, ~2.5 s) loads with the first document to annotate, so a process
      // that only finds unchanged documents, or only serves, never pays for it
      Lexicon lexicon = Lexicon.standard();
      EntityRecognitionStage recognition = new EntityRecognitionStage(lexicon, models.crf());
      annotator = new DocumentAnnotator(models.get(), recognition);
      facts = new RecordFactResolver(lexicon);
      clock.modelLoad += System.nanoTime() - t;
    }
    return annotator;
  }
}
