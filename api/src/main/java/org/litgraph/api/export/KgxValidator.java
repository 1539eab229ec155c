package org.litgraph.api.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a KGX JSON Lines export against {@link BiolinkTerms}: every node has an id (a CURIE), a
 * category from the list and a name; every edge has an id, a subject and object that are exported
 * nodes, a listed predicate, only listed qualifier slots and values, a listed knowledge level and
 * agent type, and the primary knowledge source. Returns the problems found (empty: valid), at most
 * {@value #MAX_PROBLEMS}. Node ids are held in memory (one string per node).
 */
public final class KgxValidator {
  static final int MAX_PROBLEMS = 50;
  private static final Set<String> EDGE_REQUIRED =
      Set.of(
          "id",
          "subject",
          "predicate",
          "object",
          "knowledge_level",
          "agent_type",
          "primary_knowledge_source");
  private final BiolinkTerms terms;
  private final ObjectMapper json = new ObjectMapper();

  public KgxValidator(BiolinkTerms terms) {
    this.terms = terms;
  }

  /** Validates {@code nodes.jsonl} and {@code edges.jsonl} in a directory. */
  public List<String> validate(Path dir) throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> nodes = new HashSet<>();
    forEachLine(
        dir.resolve("nodes.jsonl"),
        (line, n) -> {
          for (String field : List.of("id", "category", "name")) {
            if (!n.hasNonNull(field)) {
              problems.add("node line " + line + ": no " + field);
            }
          }
          String id = n.path("id").asText();
          if (!id.matches("[A-Za-z][A-Za-z0-9_.]*:\\S+")) {
            problems.add("node line " + line + ": id is not a CURIE: " + id);
          }
          if (!nodes.add(id)) {
            problems.add("node line " + line + ": id repeated: " + id);
          }
          if (!n.path("category").isArray() || n.path("category").isEmpty()) {
            problems.add("node line " + line + ": category must be a non-empty list");
          }
          n.path("category")
              .forEach(
                  c -> {
                    if (!terms.isCategory(c.asText())) {
                      problems.add("node line " + line + ": category not in list: " + c.asText());
                    }
                  });
        },
        problems);
    forEachLine(dir.resolve("edges.jsonl"), (line, e) -> edge(line, e, nodes, problems), problems);
    return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
  }

  private void edge(long line, JsonNode e, Set<String> nodes, List<String> problems) {
    for (String field : EDGE_REQUIRED) {
      if (!e.hasNonNull(field)) {
        problems.add("edge line " + line + ": no " + field);
      }
    }
    for (String end : List.of("subject", "object")) {
      if (!nodes.contains(e.path(end).asText())) {
        problems.add("edge line " + line + ": " + end + " is not a node: " + e.path(end).asText());
      }
    }
    if (!terms.isPredicate(e.path("predicate").asText())) {
      problems.add("edge line " + line + ": predicate not in list: " + e.path("predicate"));
    }
    if (!terms.isKnowledgeLevel(e.path("knowledge_level").asText())) {
      problems.add("edge line " + line + ": knowledge_level not in list");
    }
    if (!terms.isAgentType(e.path("agent_type").asText())) {
      problems.add("edge line " + line + ": agent_type not in list");
    }
    if (!terms.primarySource().equals(e.path("primary_knowledge_source").asText())) {
      problems.add("edge line " + line + ": primary_knowledge_source is not ours");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (f.getKey().endsWith("_qualifier")
          && !terms.isQualifier(f.getKey(), f.getValue().asText())) {
        problems.add("edge line " + line + ": qualifier not in list: " + f.getKey());
      }
    }
  }

  private interface LineCheck {
    void check(long line, JsonNode node);
  }

  private void forEachLine(Path file, LineCheck check, List<String> problems) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      long line = 0;
      while ((text = in.readLine()) != null) {
        line++;
        if (problems.size() > MAX_PROBLEMS) {
          return;
        }
        check.check(line, json.readTree(text));
      }
    }
  }
}
