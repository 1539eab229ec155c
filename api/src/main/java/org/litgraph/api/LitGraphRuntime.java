package org.litgraph.api;

import java.util.List;
import java.util.Optional;
import org.litgraph.graph.lucene.LuceneSearchIndex;
import org.litgraph.graph.neo4j.EmbeddedNeo4j;
import org.litgraph.graph.neo4j.Neo4jConnection;
import org.litgraph.graph.neo4j.Neo4jGraphStore;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.ingest.IndexCatchUp;
import org.litgraph.ingest.IngestConfig;
import org.litgraph.ingest.IngestPipeline;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.nlp.NlpModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stores and the pipeline of one process, opened in order and closed in reverse: the embedded
 * Neo4j (unless an external one is configured), the driver-backed graph store with its schema, the
 * Lucene index and the ingest pipeline.
 */
public final class LitGraphRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LitGraphRuntime.class);
  private final Optional<EmbeddedNeo4j> embedded;
  private final GraphStore graph;
  private final SearchIndex index;
  private final IngestPipeline pipeline;
  private final Neo4jConnection connection;

  private LitGraphRuntime(
      Optional<EmbeddedNeo4j> embedded,
      Neo4jConnection connection,
      GraphStore graph,
      SearchIndex index,
      IngestConfig ingestConfig,
      NlpModels models) {
    this.embedded = embedded;
    this.connection = connection;
    this.graph = graph;
    this.index = index;
    this.pipeline = new IngestPipeline(graph, index, ingestConfig, models);
  }

  /** Starts or connects to Neo4j, applies the schema and opens the index. */
  public static LitGraphRuntime open(LitGraphConfig config) {
    return open(config, false);
  }

  /**
   * Like {@link #open(LitGraphConfig)}; with {@code preloadNlp} the CoreNLP models load in the
   * background while the stores start (for commands that will ingest).
   */
  public static LitGraphRuntime open(LitGraphConfig config, boolean preloadNlp) {
    return open(config, preloadNlp, IngestConfig.defaults());
  }

  /** Like {@link #open(LitGraphConfig, boolean)} with an ingest configuration of its own. */
  public static LitGraphRuntime open(
      LitGraphConfig config, boolean preloadNlp, IngestConfig ingestConfig) {
    return open(config, preloadNlp, ingestConfig, List.of());
  }

  /**
   * Like {@link #open(LitGraphConfig, boolean, IngestConfig)}, and runs CoreNLP on {@code
   * textsAhead} while the stores start (the demo's first run, which knows what it will ingest); the
   * pipeline then takes those results instead of annotating the texts again.
   */
  public static LitGraphRuntime open(
      LitGraphConfig config,
      boolean preloadNlp,
      IngestConfig ingestConfig,
      List<String> textsAhead) {
    NlpModels models = new NlpModels(ingestConfig.nlp());
    if (preloadNlp || !textsAhead.isEmpty()) {
      models.startLoading();
      // the lexicon after the models, on the same thread (see NlpModels#startLoading)
      models.thenOnLoader(
          () -> {
            try {
              // and the CRF's gazetteer of it, which the first recognition stage needs
              org.litgraph.ingest.entity.LexiconGazetteer.of(Lexicon.sharedStandard().join());
            } catch (RuntimeException e) {
              // reported by the pipeline when it needs the lexicon
            }
          });
    }
    if (!textsAhead.isEmpty()) {
      models.annotateAhead(textsAhead);
    }
    Optional<EmbeddedNeo4j> embedded = Optional.empty();
    GraphStore graph = null;
    try {
      Neo4jConnection connection;
      long t0 = System.nanoTime();
      if (config.externalNeo4j().isPresent()) {
        connection = config.externalNeo4j().get();
      } else {
        embedded =
            Optional.of(
                EmbeddedNeo4j.start(config.neo4jDir(), config.boltPort(), config.pageCacheMiB()));
        connection = Neo4jConnection.unauthenticated(embedded.get().boltUri());
        LOG.info("embedded Neo4j started in {} ms ({})", millisSince(t0), config.neo4jDir());
      }
      long t1 = System.nanoTime();
      graph = Neo4jGraphStore.connect(connection);
      LOG.info("connected to {} in {} ms", connection, millisSince(t1));
      long t2 = System.nanoTime();
      graph.applySchema();
      LOG.info("schema checked in {} ms", millisSince(t2));
      SearchIndex index = LuceneSearchIndex.open(config.indexDir());
      catchUp(graph, index);
      return new LitGraphRuntime(embedded, connection, graph, index, ingestConfig, models);
    } catch (RuntimeException e) {
      if (graph != null) {
        graph.close();
      }
      embedded.ifPresent(EmbeddedNeo4j::close);
      throw e;
    }
  }

  /**
   * Re-indexes from the graph what a crashed run wrote to Neo4j but not yet to Lucene (see {@link
   * IndexCatchUp}); closes the index if that fails.
   */
  private static void catchUp(GraphStore graph, SearchIndex index) {
    long t = System.nanoTime();
    try {
      int repaired = IndexCatchUp.run(graph, index);
      if (repaired > 0) {
        LOG.warn(
            "search index caught up with the graph: {} documents re-indexed in {} ms",
            repaired,
            millisSince(t));
      }
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  public GraphStore graph() {
    return graph;
  }

  public SearchIndex index() {
    return index;
  }

  public IngestPipeline pipeline() {
    return pipeline;
  }

  /** Where the graph is, for messages: the embedded server's Bolt URI or the external one. */
  public Neo4jConnection connection() {
    return connection;
  }

  public boolean embedded() {
    return embedded.isPresent();
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      try {
        graph.close();
      } finally {
        embedded.ifPresent(EmbeddedNeo4j::close);
      }
    }
  }
}
