package org.litgraph.graph.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.model.Sentence;
import org.litgraph.graph.store.CoMentionLink;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.ExportedClaim;
import org.litgraph.graph.store.GraphExport;
import org.litgraph.graph.store.ResolvedClaim;
import org.litgraph.graph.store.ResolvedMention;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * {@link GraphExport} over the store's driver. Every page is its own read transaction of at most
 * {@code batchSize} rows ({@code id > $after ORDER BY id LIMIT $limit}, see the export section of
 * {@link Cypher}); the page's records are mapped and handed to the sink before the next page is
 * read, so nothing but one page is ever held.
 */
final class Neo4jExportReader implements GraphExport {
  private static final TransactionConfig PAGE_TX =
      TransactionConfig.builder().withTimeout(Duration.ofMinutes(2)).build();

  /** Documents carry their text and sentences: pages of them are kept smaller. */
  private static final int MAX_DOCUMENT_PAGE = 100;

  private final Driver driver;

  Neo4jExportReader(Driver driver) {
    this.driver = driver;
  }

  @Override
  public long entities(ExportFilter filter, Consumer<Entity> sink) {
    Map<String, Object> params = new HashMap<>();
    params.put("categories", categoryNames(filter));
    return pages(
        Cypher.EXPORT_ENTITIES,
        params,
        filter.batchSize(),
        r -> r.get("id").asString(),
        r -> {
          sink.accept(toEntity(r));
          return true;
        });
  }

  @Override
  public long claims(ExportFilter filter, Consumer<ExportedClaim> sink) {
    List<String> predicates =
        filter.predicates().stream()
            .filter(p -> p != Predicate.CO_MENTIONED)
            .map(Predicate::label)
            .sorted()
            .toList();
    if (!filter.predicates().isEmpty() && predicates.isEmpty()) {
      return 0; // only co-mention links were asked for
    }
    Map<String, Object> params = new HashMap<>();
    params.put("predicates", predicates);
    Set<String> categories = new HashSet<>(categoryNames(filter));
    return pages(
        Cypher.EXPORT_CLAIMS,
        params,
        filter.batchSize(),
        r -> r.get("claim").get("id").asString(),
        r -> {
          if (!categories.isEmpty()
              && !(categories.contains(r.get("subjectCategory").asString())
                  && categories.contains(r.get("objectCategory").asString()))) {
            return false;
          }
          Map<String, Object> props = GraphRows.props(r.get("claim"));
          if (filter.documentPrefix().isPresent()) {
            String prefix = filter.documentPrefix().get();
            if (!((String) props.get("documentId")).startsWith(prefix)
                && !r.get("source").asString("").startsWith(prefix)) {
              return false;
            }
          }
          sink.accept(toExportedClaim(r, props));
          return true;
        });
  }

  @Override
  public long coMentions(ExportFilter filter, Consumer<CoMentionLink> sink) {
    if (!filter.wantsCoMentions()) {
      return 0;
    }
    Set<String> categories = new HashSet<>(categoryNames(filter));
    long[] passed = {0};
    pages(
        Cypher.EXPORT_CO_MENTIONS,
        new HashMap<>(),
        filter.batchSize(),
        r -> r.get("id").asString(),
        r -> {
          if (!categories.isEmpty() && !categories.contains(r.get("category").asString())) {
            return false;
          }
          Curie a = Curie.parse(r.get("id").asString());
          for (Value link : r.get("links").values()) {
            if (categories.isEmpty() || categories.contains(link.get("category").asString())) {
              sink.accept(
                  new CoMentionLink(
                      a,
                      Curie.parse(link.get("id").asString()),
                      link.get("sentences").asLong(0),
                      link.get("documents").asLong(0)));
              passed[0]++;
            }
          }
          return false;
        });
    return passed[0];
  }

  @Override
  public long documents(ExportFilter filter, Consumer<DocumentView> sink) {
    Map<String, Object> params = new HashMap<>();
    params.put("prefix", filter.documentPrefix().orElse(null));
    return pages(
        Cypher.EXPORT_DOCUMENTS,
        params,
        Math.min(filter.batchSize(), MAX_DOCUMENT_PAGE),
        r -> r.get("document").get("id").asString(),
        r -> {
          sink.accept(toDocumentView(r));
          return true;
        });
  }

  /**
   * Reads pages until one comes back short, each in its own read transaction.
   *
   * @param key the cursor value of a row (its id)
   * @param consume maps and passes a row on; returns whether it counted
   */
  private long pages(
      String statement,
      Map<String, Object> fixed,
      int batch,
      Function<Record, String> key,
      Function<Record, Boolean> consume) {
    String after = "";
    long passed = 0;
    while (true) {
      Map<String, Object> params = new HashMap<>(fixed);
      params.put("after", after);
      params.put("limit", batch);
      List<Record> page;
      try (Session session = driver.session()) {
        page = session.executeRead(tx -> tx.run(statement, params).list(), PAGE_TX);
      } catch (Neo4jException e) {
        throw new GraphStoreException("export read failed: " + e.getMessage(), e);
      }
      for (Record r : page) {
        if (consume.apply(r)) {
          passed++;
        }
      }
      if (page.size() < batch) {
        return passed;
      }
      after = key.apply(page.getLast());
    }
  }

  private static List<String> categoryNames(ExportFilter filter) {
    return filter.categories().stream().map(EntityCategory::biolinkName).sorted().toList();
  }

  private static Entity toEntity(Record r) {
    Map<String, String> attributes = new HashMap<>();
    for (Value pair : r.get("attributes").values()) {
      attributes.put(pair.get(0).asString(), pair.get(1).asString());
    }
    return new Entity(
        Curie.parse(r.get("id").asString()),
        EntityCategory.parse(r.get("category").asString()),
        r.get("name").asString(),
        r.get("synonyms").isNull() ? List.of() : r.get("synonyms").asList(Value::asString),
        r.get("xrefs").isNull() ? List.of() : r.get("xrefs").asList(v -> Curie.parse(v.asString())),
        attributes);
  }

  private static ExportedClaim toExportedClaim(Record r, Map<String, Object> props) {
    Claim claim =
        GraphRows.toClaim(
            props,
            Curie.parse((String) props.get("subject")),
            Curie.parse((String) props.get("object")));
    Value belief = r.get("belief");
    return new ExportedClaim(
        claim,
        Optional.ofNullable(r.get("sentence").isNull() ? null : r.get("sentence").asString()),
        r.get("title").asString(""),
        r.get("published").isNull()
            ? Optional.empty()
            : Optional.of(r.get("published").asLocalDate()),
        Optional.ofNullable(r.get("pmid").isNull() ? null : r.get("pmid").asString()),
        Optional.ofNullable(r.get("doi").isNull() ? null : r.get("doi").asString()),
        belief.isNull() ? OptionalDouble.empty() : OptionalDouble.of(belief.asDouble()));
  }

  private static DocumentView toDocumentView(Record r) {
    Map<String, Object> props = GraphRows.props(r.get("document"));
    var document = GraphRows.toDocument(props, GraphRows.toMetadata(props, List.of()));
    String id = document.id();
    List<Sentence> sentences = new ArrayList<>();
    for (Value s : r.get("sentences").values()) {
      sentences.add(
          new Sentence(
              id,
              s.get("index").asInt(),
              s.get("start").asInt(),
              s.get("end").asInt(),
              s.get("text").asString()));
    }
    List<ResolvedMention> mentions = new ArrayList<>();
    for (Value m : r.get("mentions").values()) {
      Curie entity = Curie.parse(m.get("entityId").asString());
      mentions.add(
          new ResolvedMention(
              new Mention(
                  entity,
                  id,
                  m.get("sentence").asInt(),
                  m.get("start").asInt(),
                  m.get("end").asInt(),
                  m.get("text").asString(),
                  Provenance.parse(m.get("extractor").asString())),
              new EntityRef(
                  entity,
                  m.get("name").asString(),
                  EntityCategory.parse(m.get("category").asString()))));
    }
    List<ResolvedClaim> claims = new ArrayList<>();
    for (Value c : r.get("claims").values()) {
      Map<String, Object> cp = GraphRows.props(c.get("claim"));
      Curie subject = Curie.parse((String) cp.get("subject"));
      Curie object = Curie.parse((String) cp.get("object"));
      claims.add(
          new ResolvedClaim(
              GraphRows.toClaim(cp, subject, object),
              new EntityRef(
                  subject,
                  c.get("subjectName").asString(),
                  EntityCategory.parse(c.get("subjectCategory").asString())),
              new EntityRef(
                  object,
                  c.get("objectName").asString(),
                  EntityCategory.parse(c.get("objectCategory").asString()))));
    }
    Object text = props.get("text");
    return new DocumentView(
        document, text instanceof String t ? t : "", sentences, mentions, claims, Map.of());
  }
}
