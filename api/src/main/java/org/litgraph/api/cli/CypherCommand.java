package org.litgraph.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.graph.store.CypherRequest;
import org.litgraph.graph.store.CypherResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code litgraph cypher QUERY}: runs an analyst's read-only Cypher and prints the rows as JSON
 * ({@code {"columns": [...], "rows": [[...]], "truncated": false}}). Write clauses are refused
 * before running; the query runs in a read transaction, which Neo4j itself keeps read-only.
 */
@Command(
    name = "cypher",
    mixinStandardHelpOptions = true,
    description = "Run a read-only Cypher query; rows are printed as JSON.")
final class CypherCommand implements Callable<Integer> {
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+([eE]-?\\d+)?");

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "Cypher; use $name for parameters.")
  String query;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "A query parameter; repeatable. Whole numbers, decimals and true/false are typed,"
              + " anything else is a string (write NAME=s:VALUE to force a string).")
  List<String> params = List.of();

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Most rows to print (1..10000, default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--timeout",
      paramLabel = "S",
      defaultValue = "30",
      description = "Transaction timeout in seconds (1..300, default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws JsonProcessingException {
    Map<String, Object> parameters = parameters(params);
    CypherRequest request =
        new CypherRequest(query, parameters, limit, Duration.ofSeconds(timeoutSeconds));
    try (LitGraphRuntime runtime = LitGraphRuntime.open(store.config("127.0.0.1", 0))) {
      CypherResult result = runtime.graph().cypher().run(request);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("columns", result.columns());
      out.put("rows", result.rows());
      out.put("truncated", result.truncated());
      spec.commandLine()
          .getOut()
          .println(
              new ObjectMapper()
                  .enable(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(out));
      spec.commandLine()
          .getErr()
          .printf(
              "%d rows%s in %d ms%n",
              result.rows().size(),
              result.truncated() ? " (more cut off by --limit)" : "",
              result.millis());
      return 0;
    }
  }

  private Map<String, Object> parameters(List<String> pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(
            spec.commandLine(), "--param must be NAME=VALUE, was '" + pair + "'");
      }
      out.put(pair.substring(0, eq).strip(), typed(pair.substring(eq + 1)));
    }
    return out;
  }

  static Object typed(String value) {
    if (value.startsWith("s:")) {
      return value.substring(2);
    }
    if (INTEGER.matcher(value).matches()) {
      return Long.parseLong(value);
    }
    if (DECIMAL.matcher(value).matches()) {
      return Double.parseDouble(value);
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    return value;
  }
}
