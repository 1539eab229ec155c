package org.litgraph.api.cli;

import java.util.ArrayList;
import java.util.List;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.http.ApiConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** HTTP options shared by {@code serve} and {@code demo}. */
final class ServerOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

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
          "Key that POST /api/documents and POST /api/cypher require (env LITGRAPH_API_KEY;"
              + " without one, those routes are closed).")
  String apiKey;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "Allow browser calls from this origin, e.g. https://lab.example.org (repeatable; env"
              + " LITGRAPH_CORS_ORIGINS, comma-separated; default: CORS off).")
  List<String> corsOrigins = new ArrayList<>();

  ApiConfig api() {
    try {
      return ApiConfig.of(apiKey, corsOrigins, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  int port() {
    if (port != null) {
      return port;
    }
    String env = System.getenv("LITGRAPH_PORT");
    return env == null || env.isBlank() ? LitGraphConfig.DEFAULT_HTTP_PORT : Integer.parseInt(env);
  }
}
