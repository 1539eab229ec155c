package org.litgraph.api.cli;

import org.litgraph.api.LitGraphConfig;
import picocli.CommandLine.Option;

/** HTTP options shared by {@code serve} and {@code demo}. */
final class ServerOptions {
  @Option(
      names = "--port",
      paramLabel = "N",
      description = "HTTP port (env LITGRAPH_PORT; default 7070; 0 picks a free port).")
  Integer port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all interfaces).")
  String host;

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      description =
          "API key that POST /api/cypher requires (env LITGRAPH_API_KEY; without one that route"
              + " is closed).")
  String apiKey;

  java.util.Optional<String> apiKey() {
    return java.util.Optional.ofNullable(apiKey)
        .or(() -> java.util.Optional.ofNullable(System.getenv("LITGRAPH_API_KEY")))
        .filter(k -> !k.isBlank());
  }

  int port() {
    if (port != null) {
      return port;
    }
    String env = System.getenv("LITGRAPH_PORT");
    return env == null || env.isBlank() ? LitGraphConfig.DEFAULT_HTTP_PORT : Integer.parseInt(env);
  }
}
