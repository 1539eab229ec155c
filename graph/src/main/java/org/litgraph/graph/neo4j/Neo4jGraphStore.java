package org.litgraph.graph.neo4j;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.model.Sentence;
import org.litgraph.graph.store.CoMention;
import org.litgraph.graph.store.DocumentRef;
import org.litgraph.graph.store.DocumentRejectedException;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.EntityCard;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.ResolvedMention;
import org.litgraph.graph.store.WriteOutcome;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The graph store over the official Neo4j Java driver (Bolt). It owns the process's one {@link
 * Driver}; every write is one managed transaction of batched {@code UNWIND ... MERGE} statements
 * keyed by uniqueness constraints, so a retried or repeated write changes nothing.
 */
public final class Neo4jGraphStore implements GraphStore {
  private static final TransactionConfig READ_TX =
      TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();
  private static final TransactionConfig WRITE_TX =
      TransactionConfig.builder().withTimeout(Duration.ofMinutes(2)).build();

  private final Driver driver;

  private Neo4jGraphStore(Driver driver) {
    this.driver = driver;
  }

  /**
   * Connects to Neo4j and checks that it answers.
   *
   * @throws GraphStoreException when the server cannot be reached or refuses the login
   */
  public static Neo4jGraphStore connect(Neo4jConnection connection) {
    AuthToken auth =
        connection.user().isPresent()
            ? AuthTokens.basic(connection.user().get(), connection.password().orElse(""))
            : AuthTokens.none();
    Config config =
        Config.builder()
            .withLogging(Logging.javaUtilLogging(Level.WARNING))
            .withConnectionTimeout(15, TimeUnit.SECONDS)
            .withMaxConnectionPoolSize(32)
            .build();
    Driver driver = GraphDatabase.driver(connection.uri(), auth, config);
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      throw new GraphStoreException(
          "cannot reach Neo4j at " + connection + ": " + e.getMessage(), e);
    }
    return new Neo4jGraphStore(driver);
  }

  @Override
  public void applySchema() {
    try (Session session = driver.session()) {
      for (String statement : Cypher.SCHEMA) {
        session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
      }
      session.run(Cypher.AWAIT_INDEXES).consume();
    }
  }

  @Override
  public Optional<String> contentHash(String documentId) {
    return read(
        tx -> {
          var result = tx.run(Cypher.CONTENT_HASH, Map.of("id", documentId));
          return result.hasNext()
              ? Optional.ofNullable(nullableString(result.next().get("hash")))
              : Optional.empty();
        });
  }

  @Override
  public WriteOutcome write(AnnotatedDocument doc) {
    Document d = doc.document();
    try (Session session = driver.session()) {
      return session.executeWrite(tx -> writeInTransaction(tx, doc, d), WRITE_TX);
    } catch (Neo4jException e) {
      String code = e.code() == null ? "" : e.code();
      if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
        throw new DocumentRejectedException(
            "writing document "
                + d.id()
                + " took longer than the "
                + WRITE_TX.timeout().toSeconds()
                + " s transaction limit and was rolled back",
            e);
      }
      throw new GraphStoreException("writing document " + d.id() + " failed: " + e.getMessage(), e);
    }
  }

  private static WriteOutcome writeInTransaction(
      TransactionContext tx, AnnotatedDocument doc, Document d) {
    Map<String, Object> idParam = Map.of("id", d.id());
    var existing = tx.run(Cypher.CONTENT_HASH, idParam);
    String oldHash = existing.hasNext() ? nullableString(existing.next().get("hash")) : null;
    if (d.contentHash().equals(oldHash)) {
      return WriteOutcome.UNCHANGED;
    }
    Set<Map<String, Object>> pairs = new LinkedHashSet<>();
    if (oldHash != null) {
      tx.run(Cypher.DOCUMENT_ENTITY_PAIRS, idParam)
          .forEachRemaining(r -> pairs.add(pair(r.get("a").asString(), r.get("b").asString())));
      tx.run(Cypher.DELETE_DOCUMENT_SENTENCES, idParam).consume();
    }
    Map<String, Object> docParams = new HashMap<>();
    docParams.put("id", d.id());
    docParams.put("source", d.source());
    docParams.put("title", d.title());
    docParams.put("published", d.published().orElse(null));
    docParams.put("kind", d.kind().name());
    docParams.put("contentHash", d.contentHash());
    docParams.put("text", doc.text());
    docParams.put("sentenceCount", doc.sentences().size());
    tx.run(Cypher.MERGE_DOCUMENT, docParams).consume();
    tx.run(Cypher.MERGE_ENTITIES, Map.of("rows", entityRows(doc.entities()))).consume();
    tx.run(
            Cypher.MERGE_SENTENCES,
            Map.of("documentId", d.id(), "rows", sentenceRows(doc.sentences())))
        .consume();
    tx.run(Cypher.MERGE_MENTIONS, Map.of("rows", mentionRows(doc.mentions()))).consume();
    pairs.addAll(coMentionPairs(doc));
    if (!pairs.isEmpty()) {
      tx.run(Cypher.REFRESH_CO_MENTIONS, Map.of("pairs", List.copyOf(pairs))).consume();
    }
    return oldHash == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED;
  }

  private static Map<String, Object> pair(String a, String b) {
    return a.compareTo(b) < 0 ? Map.of("a", a, "b", b) : Map.of("a", b, "b", a);
  }

  /** Pairs of distinct entities named in the same sentence. */
  private static Set<Map<String, Object>> coMentionPairs(AnnotatedDocument doc) {
    Map<Integer, Set<String>> bySentence = new HashMap<>();
    for (Mention m : doc.mentions()) {
      bySentence
          .computeIfAbsent(m.sentenceIndex(), k -> new TreeSet<>())
          .add(m.entityId().toString());
    }
    Set<Map<String, Object>> pairs = new LinkedHashSet<>();
    for (Set<String> ids : bySentence.values()) {
      List<String> list = List.copyOf(ids);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          pairs.add(pair(list.get(i), list.get(j)));
        }
      }
    }
    return pairs;
  }

  private static List<Map<String, Object>> entityRows(List<Entity> entities) {
    List<Map<String, Object>> rows = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      Map<String, Object> attributes = new HashMap<>();
      e.attributes().forEach((k, v) -> attributes.put("attr_" + k, v));
      rows.add(
          Map.of(
              "id", e.id().toString(),
              "name", e.name(),
              "category", e.category().biolinkName(),
              "synonyms", e.synonyms(),
              "xrefs", e.xrefs().stream().map(Curie::toString).toList(),
              "attributes", attributes));
    }
    return rows;
  }

  private static List<Map<String, Object>> sentenceRows(List<Sentence> sentences) {
    List<Map<String, Object>> rows = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      rows.add(
          Map.of(
              "id", s.id(),
              "index", s.index(),
              "start", s.start(),
              "end", s.end(),
              "text", s.text()));
    }
    return rows;
  }

  private static List<Map<String, Object>> mentionRows(List<Mention> mentions) {
    List<Map<String, Object>> rows = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      rows.add(
          Map.of(
              "sentenceId", m.documentId() + "#" + m.sentenceIndex(),
              "entityId", m.entityId().toString(),
              "start", m.start(),
              "end", m.end(),
              "text", m.text(),
              "extractor", m.provenance().toString()));
    }
    return rows;
  }

  @Override
  public Optional<DocumentView> document(String documentId) {
    Map<String, Object> params = Map.of("id", documentId);
    return read(
        tx -> {
          var head = tx.run(Cypher.DOCUMENT, params);
          if (!head.hasNext()) {
            return Optional.empty();
          }
          Record r = head.next();
          Document document =
              new Document(
                  r.get("id").asString(),
                  r.get("source").asString(),
                  r.get("title").asString(),
                  optionalDate(r.get("published")),
                  DocumentKind.parse(r.get("kind").asString()),
                  r.get("contentHash").asString());
          List<Sentence> sentences =
              tx.run(Cypher.DOCUMENT_SENTENCES, params).list(s -> toSentence(documentId, s));
          List<ResolvedMention> mentions =
              tx.run(Cypher.DOCUMENT_MENTIONS, params).list(m -> toMention(documentId, m));
          return Optional.of(
              new DocumentView(document, r.get("text").asString(), sentences, mentions));
        });
  }

  private static Sentence toSentence(String documentId, Record r) {
    return new Sentence(
        documentId,
        r.get("index").asInt(),
        r.get("start").asInt(),
        r.get("end").asInt(),
        r.get("text").asString());
  }

  private static ResolvedMention toMention(String documentId, Record r) {
    Curie id = Curie.parse(r.get("entityId").asString());
    Mention mention =
        new Mention(
            id,
            documentId,
            r.get("sentence").asInt(),
            r.get("start").asInt(),
            r.get("end").asInt(),
            r.get("text").asString(),
            Provenance.parse(r.get("extractor").asString()));
    return new ResolvedMention(mention, toRef(r, "entityId"));
  }

  /** An entity reference from a record with {@code name}, {@code category} and an id column. */
  private static EntityRef toRef(Record r, String idColumn) {
    Curie id = Curie.parse(r.get(idColumn).asString());
    return new EntityRef(
        id, r.get("name").asString(), EntityCategory.parse(r.get("category").asString()));
  }

  @Override
  public Optional<EntityCard> entity(Curie id, int limit) {
    if (limit < 1 || limit > 1_000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
    Map<String, Object> params = Map.of("id", id.toString(), "limit", limit);
    return read(
        tx -> {
          var head = tx.run(Cypher.ENTITY, params);
          if (!head.hasNext()) {
            return Optional.empty();
          }
          Record r = head.next();
          Entity entity =
              new Entity(
                  id,
                  EntityCategory.parse(r.get("category").asString()),
                  r.get("name").asString(),
                  r.get("synonyms").asList(Value::asString),
                  r.get("xrefs").asList(v -> Curie.parse(v.asString())),
                  attributes(r.get("attributes")));
          List<CoMention> coMentions =
              tx.run(Cypher.ENTITY_CO_MENTIONS, params)
                  .list(c -> new CoMention(toRef(c, "id"), c.get("sentences").asLong()));
          List<DocumentRef> documents =
              tx.run(Cypher.ENTITY_DOCUMENTS, params)
                  .list(
                      d ->
                          new DocumentRef(
                              d.get("id").asString(),
                              d.get("title").asString(),
                              d.get("mentions").asLong()));
          return Optional.of(
              new EntityCard(
                  entity,
                  r.get("mentions").asLong(),
                  r.get("documents").asLong(),
                  coMentions,
                  documents));
        });
  }

  @Override
  public List<String> documentIds() {
    return read(tx -> tx.run(Cypher.DOCUMENT_IDS).list(r -> r.get("id").asString()));
  }

  @Override
  public GraphCounts counts() {
    return read(
        tx -> {
          Record r = tx.run(Cypher.COUNTS).single();
          return new GraphCounts(
              r.get("documents").asLong(),
              r.get("sentences").asLong(),
              r.get("entities").asLong(),
              r.get("mentions").asLong(),
              r.get("coMentions").asLong(),
              r.get("nodes").asLong(),
              r.get("relationships").asLong());
        });
  }

  private <T> T read(org.neo4j.driver.TransactionCallback<T> work) {
    try (Session session = driver.session()) {
      return session.executeRead(work, READ_TX);
    } catch (Neo4jException e) {
      throw new GraphStoreException("graph read failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> attributes(Value pairs) {
    Map<String, String> out = new HashMap<>();
    for (Value pair : pairs.values()) {
      out.put(pair.get(0).asString(), pair.get(1).asString());
    }
    return out;
  }

  private static String nullableString(Value v) {
    return v.isNull() ? null : v.asString();
  }

  private static Optional<LocalDate> optionalDate(Value v) {
    return v.isNull() ? Optional.empty() : Optional.of(v.asLocalDate());
  }

  @Override
  public void close() {
    driver.close();
  }
}
