package org.litgraph.api.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.litgraph.api.DemoCorpus;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.IngestReport;

/**
 * The real app over the demo corpus (embedded Neo4j over Bolt, Lucene on disk, CoreNLP), started
 * once per test JVM and shared by the classes that ask for it as a {@code @BeforeAll} parameter, so
 * the corpus is ingested once. Writes are enabled with {@link #API_KEY}.
 */
public final class DemoApp implements AutoCloseable {
  static final String API_KEY = "test-key-0123456789";

  final Path data;
  final LitGraphRuntime runtime;
  final Javalin app;
  final IngestReport ingest;

  private DemoApp(Path data) {
    this.data = data;
    this.runtime =
        LitGraphRuntime.open(new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0));
    this.ingest = runtime.pipeline().ingest(DemoCorpus.sources(), IngestListener.SILENT);
    this.app =
        ApiServer.create(
                runtime.graph(),
                runtime.index(),
                Optional.of(runtime.pipeline()),
                new ApiConfig(Optional.of(API_KEY), List.of()))
            .start("127.0.0.1", 0);
  }

  /** The base address, e.g. {@code http://127.0.0.1:41234}. */
  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  @Override
  public void close() throws IOException {
    try {
      app.stop();
    } finally {
      runtime.close();
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Resolves a {@link DemoApp} parameter to the JVM's shared instance. */
  public static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
      return p.getParameter().getType() == DemoApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
      return e.getRoot()
          .getStore(ExtensionContext.Namespace.create(DemoApp.class))
          .getOrComputeIfAbsent(
              DemoApp.class,
              k -> {
                try {
                  return new DemoApp(Files.createTempDirectory("litgraph-demo-app"));
                } catch (IOException ex) {
                  throw new UncheckedIOException(ex);
                }
              },
              DemoApp.class);
    }
  }
}
