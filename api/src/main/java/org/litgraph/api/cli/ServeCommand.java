package org.litgraph.api.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.api.http.ApiConfig;
import org.litgraph.api.http.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code litgraph serve}: the API and web UI over the current data. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and web UI.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    LitGraphConfig config = store.config(server.host, server.port());
    ApiConfig api = server.api();
    try (LitGraphRuntime runtime = LitGraphRuntime.open(config)) {
      serveUntilStopped(runtime, config, api, spec.commandLine().getOut(), System.nanoTime());
    }
    return 0;
  }

  /** Starts the HTTP server, prints where it is, and blocks until the process is told to stop. */
  static void serveUntilStopped(
      LitGraphRuntime runtime,
      LitGraphConfig config,
      ApiConfig api,
      PrintWriter out,
      long startedNanos)
      throws InterruptedException {
    Javalin app =
        ApiServer.create(runtime.graph(), runtime.index(), Optional.of(runtime.pipeline()), api);
    app.start(config.host(), config.httpPort());
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              app.stop();
              stopped.countDown();
            },
            "litgraph-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    var counts = runtime.graph().counts();
    String host = "0.0.0.0".equals(config.host()) ? "localhost" : config.host();
    out.printf(
        "LitGraph ready at http://%s:%d/ (%d documents, %d entities; graph at %s) in %.1f s%n",
        host,
        app.port(),
        counts.documents(),
        counts.entities(),
        runtime.connection(),
        (System.nanoTime() - startedNanos) / 1e9);
    out.println(
        api.apiKey().isPresent()
            ? "POST /api/documents is enabled (API key configured)."
            : "POST /api/documents is disabled (no API key; set " + ApiConfig.KEY_ENV + ").");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
  }
}
