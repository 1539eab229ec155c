package org.litgraph.api.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.store.CoMentionLink;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.ExportedClaim;
import org.litgraph.graph.store.GraphExport;

/**
 * KGX export: {@code nodes.jsonl}, {@code edges.jsonl}, the same as {@code nodes.tsv} and {@code
 * edges.tsv}, and {@code content_metadata.json} / {@code graph_metadata.json}. Nodes are entities
 * with their Biolink category, name, synonyms and cross-references; edges are every claim (one edge
 * per claim, a {@code knowledge_assertion} by a {@code text_mining_agent}, with its publication,
 * supporting sentence, negation and the belief of its link) and every co-mention link ({@code
 * biolink:occurs_together_in_literature_with}, {@code not_provided}). Increases and decreases are
 * {@code biolink:affects} with an aspect and a direction qualifier, as Biolink 4 expresses them.
 * Terms come only from {@link BiolinkTerms}.
 */
public final class KgxExporter {
  static final List<String> NODE_COLUMNS =
      List.of("id", "category", "name", "synonym", "xref", "provided_by");
  static final List<String> EDGE_COLUMNS =
      List.of(
          "id",
          "subject",
          "predicate",
          "object",
          "object_aspect_qualifier",
          "object_direction_qualifier",
          "knowledge_level",
          "agent_type",
          "primary_knowledge_source",
          "publications",
          "supporting_text",
          "negated",
          "hedged",
          "belief",
          "original_predicate");

  private final BiolinkTerms terms;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Long> categoryCounts = new TreeMap<>();
  private final Map<String, Long> predicateCounts = new TreeMap<>();

  public KgxExporter(BiolinkTerms terms) {
    this.terms = terms;
  }

  /** Writes the KGX files into a directory. */
  public ExportSummary export(
      GraphExport graph, ExportFilter filter, Path dir, ExportProgress progress) {
    List<ExportSummary.FileFigures> figures = new ArrayList<>();
    try (ExportFile jsonl = new ExportFile(dir.resolve("nodes.jsonl"), progress);
        ExportFile tsv = new ExportFile(dir.resolve("nodes.tsv"), progress)) {
      tsv.write(String.join("\t", NODE_COLUMNS) + "\n");
      graph.entities(filter, e -> writeNode(e, jsonl, tsv));
      jsonl.close();
      tsv.close();
      figures.add(ExportSummary.of(jsonl));
      figures.add(ExportSummary.of(tsv));
    }
    try (ExportFile jsonl = new ExportFile(dir.resolve("edges.jsonl"), progress);
        ExportFile tsv = new ExportFile(dir.resolve("edges.tsv"), progress)) {
      tsv.write(String.join("\t", EDGE_COLUMNS) + "\n");
      graph.claims(filter, c -> writeEdge(claimEdge(c), jsonl, tsv));
      graph.coMentions(filter, l -> writeEdge(coMentionEdge(l), jsonl, tsv));
      jsonl.close();
      tsv.close();
      figures.add(ExportSummary.of(jsonl));
      figures.add(ExportSummary.of(tsv));
    }
    figures.add(writeMetadata(dir, figures, progress));
    return new ExportSummary(figures);
  }

  private void writeNode(Entity e, ExportFile jsonl, ExportFile tsv) {
    String category = terms.category(e.category());
    categoryCounts.merge(category, 1L, Long::sum);
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", e.id().toString());
    node.put("category", List.of(category));
    node.put("name", e.name());
    node.put("synonym", e.synonyms());
    node.put("xref", e.xrefs().stream().map(Object::toString).toList());
    node.put("provided_by", List.of(terms.primarySource()));
    jsonl.write(toJson(node) + "\n");
    jsonl.record();
    tsv.write(tsvRow(node, NODE_COLUMNS));
    tsv.record();
  }

  private Map<String, Object> claimEdge(ExportedClaim c) {
    var claim = c.claim();
    var biolink = terms.predicate(claim.predicate());
    Map<String, Object> edge = new LinkedHashMap<>();
    edge.put("id", claim.id());
    edge.put("subject", claim.subject().toString());
    edge.put("predicate", biolink.predicate());
    edge.put("object", claim.object().toString());
    edge.putAll(biolink.qualifiers());
    edge.put("knowledge_level", "knowledge_assertion");
    edge.put("agent_type", "text_mining_agent");
    edge.put("primary_knowledge_source", terms.primarySource());
    edge.put("publications", List.of(c.publication()));
    edge.put("supporting_text", c.sentence().map(List::of).orElse(List.of()));
    edge.put("negated", claim.context().negated());
    edge.put("hedged", claim.context().hedged());
    c.belief().ifPresent(b -> edge.put("belief", b));
    edge.put("original_predicate", "litgraph:" + claim.predicate().label());
    return edge;
  }

  private Map<String, Object> coMentionEdge(CoMentionLink l) {
    Map<String, Object> edge = new LinkedHashMap<>();
    edge.put("id", "comention-" + hash(l.a() + "\u0000" + l.b()));
    edge.put("subject", l.a().toString());
    edge.put("predicate", terms.predicate(Predicate.CO_MENTIONED).predicate());
    edge.put("object", l.b().toString());
    edge.put("knowledge_level", "not_provided");
    edge.put("agent_type", "text_mining_agent");
    edge.put("primary_knowledge_source", terms.primarySource());
    edge.put("original_predicate", "litgraph:" + Predicate.CO_MENTIONED.label());
    edge.put("sentence_count", l.sentences());
    edge.put("document_count", l.documents());
    return edge;
  }

  private void writeEdge(Map<String, Object> edge, ExportFile jsonl, ExportFile tsv) {
    predicateCounts.merge((String) edge.get("predicate"), 1L, Long::sum);
    jsonl.write(toJson(edge) + "\n");
    jsonl.record();
    tsv.write(tsvRow(edge, EDGE_COLUMNS));
    tsv.record();
  }

  private ExportSummary.FileFigures writeMetadata(
      Path dir, List<ExportSummary.FileFigures> figures, ExportProgress progress) {
    Map<String, Object> content = new LinkedHashMap<>();
    Map<String, Object> nodes = new LinkedHashMap<>();
    categoryCounts.forEach((k, v) -> nodes.put(k, Map.of("count", v)));
    Map<String, Object> edges = new LinkedHashMap<>();
    predicateCounts.forEach((k, v) -> edges.put(k, Map.of("count", v)));
    content.put("nodes", nodes);
    content.put("edges", edges);
    Map<String, Object> graph = new LinkedHashMap<>();
    graph.put("id", terms.primarySource());
    graph.put("name", "LitGraph literature knowledge graph");
    graph.put("biolink_version", terms.version());
    graph.put("date", LocalDate.now().toString());
    graph.put("format", "KGX (jsonl and tsv)");
    graph.put("node_count", figures.get(0).records());
    graph.put("edge_count", figures.get(2).records());
    graph.put("content", content);
    ObjectMapper pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    try (ExportFile meta = new ExportFile(dir.resolve("content_metadata.json"), progress)) {
      meta.write(pretty.writeValueAsString(graph) + "\n");
      meta.record();
      meta.close();
      try (ExportFile graphMeta = new ExportFile(dir.resolve("graph_metadata.json"), progress)) {
        graphMeta.write(pretty.writeValueAsString(graph) + "\n");
      }
      return ExportSummary.of(meta);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise KGX metadata", e);
    }
  }

  private String toJson(Map<String, Object> value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a KGX record", e);
    }
  }

  /** A TSV row: lists joined by {@code |}, tabs and line breaks inside values made spaces. */
  static String tsvRow(Map<String, Object> record, List<String> columns) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        b.append('\t');
      }
      Object v = record.get(columns.get(i));
      if (v instanceof List<?> list) {
        List<String> items = new ArrayList<>();
        list.forEach(x -> items.add(clean(x.toString()).replace('|', ' ')));
        b.append(String.join("|", items));
      } else if (v != null) {
        b.append(clean(v.toString()));
      }
    }
    return b.append('\n').toString();
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static String hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
