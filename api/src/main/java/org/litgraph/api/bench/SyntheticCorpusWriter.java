package org.litgraph.api.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;

/**
 * Writes the first {@code n} documents of a {@link SyntheticCorpus} straight to the stores (through
 * {@link GraphStore#write} and {@link SearchIndex#index}, no NLP), committing the index every batch
 * and printing progress. A marker file in the data directory records how many documents of which
 * corpus are stored, so a second run reuses them and a larger run only adds the missing ones; an
 * interrupted build resumes from its last committed batch.
 */
public final class SyntheticCorpusWriter {
  /** The marker's name inside the data directory. */
  public static final String MARKER = "synthetic-corpus.properties";

  private static final int BATCH = 500;

  private final SyntheticCorpus corpus;
  private final String corpusKey;
  private final int writers;

  /**
   * @param writers documents written concurrently (the graph store takes one transaction each;
   *     Neo4j retries the deadlocks that shared entities can cause)
   * @param corpusKey what identifies the corpus (generator version and seed), kept in the marker: a
   *     store built from another corpus is not reused
   */
  public SyntheticCorpusWriter(SyntheticCorpus corpus, String corpusKey, int writers) {
    if (writers < 1) {
      throw new IllegalArgumentException("writers must be at least 1, was " + writers);
    }
    this.corpus = corpus;
    this.corpusKey = corpusKey;
    this.writers = writers;
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the corpus", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("writing the corpus failed", e.getCause());
    }
  }

  /**
   * Makes sure documents {@code 0..n-1} are stored.
   *
   * @return how many documents were written now (0 when the store already had them)
   * @throws IllegalStateException when the data directory holds a different synthetic corpus
   */
  public int ensure(
      Path dataDir, int n, GraphStore graph, SearchIndex index, PrintWriter progress) {
    if (n < 1) {
      throw new IllegalArgumentException("the corpus needs at least one document, not " + n);
    }
    Path marker = dataDir.resolve(MARKER);
    int stored = storedCount(marker);
    if (stored >= n) {
      progress.printf("reusing %,d synthetic documents in %s%n", stored, dataDir);
      progress.flush();
      return 0;
    }
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (int from = stored; from < n; from += BATCH) {
        int to = Math.min(n, from + BATCH);
        List<Future<?>> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
          int k = i;
          batch.add(
              pool.submit(
                  () -> {
                    var doc = corpus.document(k);
                    graph.write(doc);
                    index.index(doc);
                  }));
        }
        for (Future<?> f : batch) {
          await(f);
        }
        index.commit();
        writeMarker(marker, to);
        double secs = (System.nanoTime() - t0) / 1e9;
        progress.printf(
            "\rwrote %,d / %,d documents (%.0f docs/s, %.0f s)", to, n, (to - stored) / secs, secs);
        progress.flush();
      }
    } finally {
      pool.shutdownNow();
    }
    progress.println();
    progress.flush();
    return n - stored;
  }

  private int storedCount(Path marker) {
    if (!Files.exists(marker)) {
      return 0;
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(marker)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + marker, e);
    }
    if (!corpusKey.equals(p.getProperty("corpus"))) {
      throw new IllegalStateException(
          marker
              + " records corpus '"
              + p.getProperty("corpus")
              + "', not '"
              + corpusKey
              + "'; use another --data directory");
    }
    return Integer.parseInt(p.getProperty("documents", "0"));
  }

  private void writeMarker(Path marker, int documents) {
    Properties p = new Properties();
    p.setProperty("corpus", corpusKey);
    p.setProperty("documents", Integer.toString(documents));
    try (var out = Files.newBufferedWriter(marker)) {
      p.store(out, "documents 0..n-1 of this synthetic corpus are in the stores");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker, e);
    }
  }
}
