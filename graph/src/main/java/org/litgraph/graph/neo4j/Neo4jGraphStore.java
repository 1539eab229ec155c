package org.litgraph.graph.neo4j;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.graph.model.Sentence;
import org.litgraph.graph.store.ClaimQuery;
import org.litgraph.graph.store.ClaimView;
import org.litgraph.graph.store.CoMention;
import org.litgraph.graph.store.DocumentRef;
import org.litgraph.graph.store.DocumentRejectedException;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.EntityCard;
import org.litgraph.graph.store.EvidenceGroup;
import org.litgraph.graph.store.EvidenceProfile;
import org.litgraph.graph.store.GraphCounts;
import org.litgraph.graph.store.GraphExport;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.MechanismPath;
import org.litgraph.graph.store.Neighbor;
import org.litgraph.graph.store.NeighborQuery;
import org.litgraph.graph.store.ReadOnlyCypher;
import org.litgraph.graph.store.Relation;
import org.litgraph.graph.store.ResolvedClaim;
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
      // two lookups instead of fourteen statements on every start of an existing store (each a
      // query plan to compile in a cold JVM); what is missing is created
      Set<String> present = new HashSet<>();
      session.run(Cypher.CONSTRAINT_NAMES).forEachRemaining(r -> present.add(r.get(0).asString()));
      session.run(Cypher.INDEX_NAMES).forEachRemaining(r -> present.add(r.get(0).asString()));
      List<String> missing =
          Cypher.SCHEMA.stream().filter(st -> !present.contains(Cypher.schemaName(st))).toList();
      if (!missing.isEmpty()) {
        // one schema transaction for all of them: one commit, and the new indexes populate
        // together (on a new store, half a second less than a transaction each)
        session.executeWriteWithoutResult(
            tx -> {
              for (String statement : missing) {
                tx.run(statement).consume();
              }
            });
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
  public Map<String, String> contentHashes(Collection<String> documentIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(documentIds));
    Map<String, String> hashes = new HashMap<>();
    for (int from = 0; from < ids.size(); from += 1_000) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
      read(
          tx -> {
            tx.run(Cypher.CONTENT_HASHES, Map.of("ids", chunk))
                .forEachRemaining(
                    r -> {
                      String hash = nullableString(r.get("hash"));
                      if (hash != null) {
                        hashes.put(r.get("id").asString(), hash);
                      }
                    });
            return null;
          });
    }
    return hashes;
  }

  @Override
  public WriteOutcome write(AnnotatedDocument doc) {
    return writeAll(List.of(doc)).get(0);
  }

  /**
   * Writes the documents in one transaction, with one statement per kind of row for all of them:
   * the per-statement cost (a Bolt round trip, a plan lookup, an execution set-up) is paid once per
   * batch, not per document, which is what makes bulk ingestion cheap.
   */
  @Override
  public List<WriteOutcome> writeAll(List<AnnotatedDocument> docs) {
    if (docs.isEmpty()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (AnnotatedDocument doc : docs) {
      if (!ids.add(doc.document().id())) {
        throw new IllegalArgumentException(
            "document " + doc.document().id() + " appears twice in one batch");
      }
    }
    String what =
        docs.size() == 1 ? "document " + ids.iterator().next() : docs.size() + " documents";
    try (Session session = driver.session()) {
      return session.executeWrite(tx -> writeInTransaction(tx, docs), WRITE_TX);
    } catch (Neo4jException e) {
      String code = e.code() == null ? "" : e.code();
      if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
        throw new DocumentRejectedException(
            "writing "
                + what
                + " took longer than the "
                + WRITE_TX.timeout().toSeconds()
                + " s transaction limit and was rolled back",
            e);
      }
      throw new GraphStoreException("writing " + what + " failed: " + e.getMessage(), e);
    }
  }

  private static List<WriteOutcome> writeInTransaction(
      TransactionContext tx, List<AnnotatedDocument> docs) {
    Map<String, String> oldHashes = new HashMap<>();
    tx.run(Cypher.CONTENT_HASHES, Map.of("ids", docs.stream().map(d -> d.document().id()).toList()))
        .forEachRemaining(
            r -> oldHashes.put(r.get("id").asString(), nullableString(r.get("hash"))));
    List<WriteOutcome> outcomes = new ArrayList<>(docs.size());
    List<AnnotatedDocument> changed = new ArrayList<>();
    // co-mention counts: pairs of a new version of a document are recounted from the graph; pairs
    // of new documents are counted here and added (counting from the graph costs a walk over every
    // sentence naming the entity, which grows with the store)
    Set<Map<String, Object>> recount = new LinkedHashSet<>();
    Map<Map<String, Object>, int[]> added = new LinkedHashMap<>();
    Set<Map<String, Object>> triples = new LinkedHashSet<>();
    for (AnnotatedDocument doc : docs) {
      Document d = doc.document();
      String oldHash = oldHashes.get(d.id());
      if (d.contentHash().equals(oldHash)) {
        outcomes.add(WriteOutcome.UNCHANGED);
        continue;
      }
      outcomes.add(oldHash == null ? WriteOutcome.CREATED : WriteOutcome.UPDATED);
      changed.add(doc);
      if (oldHash != null) {
        // a new version: its old sentences, claims and citations go, and the co-mentions and
        // summaries they fed are recomputed below with the new ones
        Map<String, Object> idParam = Map.of("id", d.id());
        tx.run(Cypher.DOCUMENT_ENTITY_PAIRS, idParam)
            .forEachRemaining(r -> recount.add(pair(r.get("a").asString(), r.get("b").asString())));
        tx.run(Cypher.DOCUMENT_CLAIM_TRIPLES, idParam)
            .forEachRemaining(
                r ->
                    triples.add(
                        triple(
                            r.get("subject").asString(),
                            r.get("predicate").asString(),
                            r.get("object").asString())));
        tx.run(Cypher.DELETE_DOCUMENT_CLAIMS, idParam).consume();
        tx.run(Cypher.DELETE_DOCUMENT_SENTENCES, idParam).consume();
        tx.run(Cypher.DELETE_DOCUMENT_CITATIONS, idParam).consume();
      }
    }
    if (changed.isEmpty()) {
      return outcomes;
    }
    List<Map<String, Object>> documentRows = new ArrayList<>();
    Map<Curie, Entity> entities = new LinkedHashMap<>();
    List<Map<String, Object>> sentenceRows = new ArrayList<>();
    List<Map<String, Object>> mentionRows = new ArrayList<>();
    List<Map<String, Object>> citationRows = new ArrayList<>();
    List<Map<String, Object>> claimRows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (AnnotatedDocument doc : changed) {
      Document d = doc.document();
      ids.add(d.id());
      documentRows.add(Map.of("id", d.id(), "props", GraphRows.documentProps(doc)));
      doc.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
      sentenceRows.addAll(GraphRows.sentenceRows(doc.sentences()));
      mentionRows.addAll(GraphRows.mentionRows(doc.mentions()));
      citationRows.addAll(GraphRows.citationRows(d));
      claimRows.addAll(GraphRows.claimRows(doc.claims()));
      Map<Map<String, Object>, Integer> counts = coMentionCounts(doc);
      if (oldHashes.containsKey(d.id())) {
        recount.addAll(counts.keySet());
      } else {
        counts.forEach(
            (pair, sentences) -> {
              int[] n = added.computeIfAbsent(pair, k -> new int[2]);
              n[0] += sentences;
              n[1]++;
            });
      }
      for (Claim c : doc.claims()) {
        triples.add(triple(c.subject().toString(), c.predicate().label(), c.object().toString()));
      }
    }
    tx.run(Cypher.MERGE_DOCUMENTS, Map.of("rows", documentRows)).consume();
    tx.run(
            Cypher.MERGE_ENTITIES,
            Map.of("rows", GraphRows.entityRows(List.copyOf(entities.values()))))
        .consume();
    tx.run(Cypher.MERGE_SENTENCES, Map.of("rows", sentenceRows)).consume();
    tx.run(Cypher.MERGE_MENTIONS, Map.of("rows", mentionRows)).consume();
    Map<String, Object> idsParam = Map.of("ids", ids);
    if (!citationRows.isEmpty()) {
      tx.run(Cypher.MERGE_CITATIONS, Map.of("rows", citationRows)).consume();
      tx.run(Cypher.LINK_CITATIONS_BY_PMID, idsParam).consume();
      tx.run(Cypher.LINK_CITATIONS_BY_DOI, idsParam).consume();
    }
    tx.run(Cypher.LINK_CITED_BY, idsParam).consume();
    if (!recount.isEmpty()) {
      tx.run(Cypher.REFRESH_CO_MENTIONS, Map.of("pairs", List.copyOf(recount))).consume();
    }
    List<Map<String, Object>> additions = new ArrayList<>();
    added.forEach(
        (pair, n) -> {
          if (!recount.contains(pair)) {
            Map<String, Object> row = new HashMap<>(pair);
            row.put("sentences", n[0]);
            row.put("documents", n[1]);
            additions.add(row);
          }
        });
    if (!additions.isEmpty()) {
      tx.run(Cypher.ADD_CO_MENTIONS, Map.of("pairs", additions)).consume();
    }
    if (!claimRows.isEmpty()) {
      tx.run(Cypher.MERGE_CLAIMS, Map.of("rows", claimRows)).consume();
    }
    if (!triples.isEmpty()) {
      refreshSummaries(tx, triples);
    }
    return outcomes;
  }

  private static Map<String, Object> triple(String subject, String predicate, String object) {
    return Map.of("subject", subject, "predicate", predicate, "object", object);
  }

  /**
   * Recomputes the summary relationship of each triple from the claims now stored (so counts never
   * drift), and removes summaries whose claims are gone.
   */
  private static void refreshSummaries(TransactionContext tx, Set<Map<String, Object>> triples) {
    Map<Map<String, Object>, List<EvidenceProfile.ClaimFacts>> facts = new HashMap<>();
    tx.run(Cypher.CLAIM_FACTS, Map.of("triples", List.copyOf(triples)))
        .forEachRemaining(
            r ->
                facts
                    .computeIfAbsent(
                        triple(
                            r.get("subject").asString(),
                            r.get("predicate").asString(),
                            r.get("object").asString()),
                        k -> new ArrayList<>())
                    .add(claimFacts(r)));
    List<Map<String, Object>> merges = new ArrayList<>();
    List<Map<String, Object>> deletes = new ArrayList<>();
    for (Map<String, Object> t : triples) {
      Map<String, Object> row = new HashMap<>(t);
      // the relationship type is the enum constant's name, never text from a document
      row.put("type", Predicate.parse((String) t.get("predicate")).name());
      List<EvidenceProfile.ClaimFacts> claims = facts.getOrDefault(t, List.of());
      if (claims.isEmpty()) {
        deletes.add(row);
        continue;
      }
      row.put("props", profileProperties(EvidenceProfile.of(claims)));
      merges.add(row);
    }
    if (!deletes.isEmpty()) {
      tx.run(Cypher.DELETE_SUMMARIES, Map.of("rows", deletes)).consume();
    }
    if (!merges.isEmpty()) {
      tx.run(Cypher.MERGE_SUMMARIES, Map.of("rows", merges)).consume();
    }
  }

  private static EvidenceProfile.ClaimFacts claimFacts(Record r) {
    return new EvidenceProfile.ClaimFacts(
        r.get("documentId").asString(),
        r.get("negated").asBoolean(false),
        r.get("hedged").asBoolean(false),
        r.get("studyType").isNull() ? "unknown" : r.get("studyType").asString(),
        r.get("species").isNull() ? List.of() : r.get("species").asList(Value::asString),
        optionalDate(r.get("published")));
  }

  private static Map<String, Object> profileProperties(EvidenceProfile p) {
    Map<String, Object> props = new HashMap<>();
    props.put("supportingDocuments", p.supportingDocuments());
    props.put("contradictingDocuments", p.contradictingDocuments());
    props.put("hedgedDocuments", p.hedgedDocuments());
    props.put("claims", p.claims());
    props.put("studyTypes", p.studyTypes());
    props.put("species", p.species());
    props.put("years", p.years().stream().map(Integer::longValue).toList());
    props.put("support", p.support());
    props.put("contradiction", p.contradiction());
    props.put("belief", p.belief());
    return props;
  }

  private static Map<String, Object> pair(String a, String b) {
    return a.compareTo(b) < 0 ? Map.of("a", a, "b", b) : Map.of("a", b, "b", a);
  }

  /** Pairs of distinct entities named in the same sentence, with the number of such sentences. */
  private static Map<Map<String, Object>, Integer> coMentionCounts(AnnotatedDocument doc) {
    Map<Integer, Set<String>> bySentence = new HashMap<>();
    for (Mention m : doc.mentions()) {
      bySentence
          .computeIfAbsent(m.sentenceIndex(), k -> new TreeSet<>())
          .add(m.entityId().toString());
    }
    Map<Map<String, Object>, Integer> pairs = new LinkedHashMap<>();
    for (Set<String> ids : bySentence.values()) {
      List<String> list = List.copyOf(ids);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          pairs.merge(pair(list.get(i), list.get(j)), 1, Integer::sum);
        }
      }
    }
    return pairs;
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
          Map<String, Object> props = GraphRows.props(head.next().get("props"));
          Map<Integer, String> cited = new TreeMap<>();
          List<Citation> citations = new ArrayList<>();
          for (Record c : tx.run(Cypher.DOCUMENT_CITATIONS, params).list()) {
            if (!c.get("target").isNull()) {
              cited.put(citations.size(), c.get("target").asString());
            }
            citations.add(GraphRows.toCitation(GraphRows.props(c.get("props"))));
          }
          Document document = GraphRows.toDocument(props, GraphRows.toMetadata(props, citations));
          List<Sentence> sentences =
              tx.run(Cypher.DOCUMENT_SENTENCES, params).list(s -> toSentence(documentId, s));
          List<ResolvedMention> mentions =
              tx.run(Cypher.DOCUMENT_MENTIONS, params).list(m -> toMention(documentId, m));
          List<ResolvedClaim> claims =
              tx.run(Cypher.DOCUMENT_CLAIMS, params).list(Neo4jGraphStore::toClaim);
          return Optional.of(
              new DocumentView(
                  document, (String) props.get("text"), sentences, mentions, claims, cited));
        });
  }

  private static ResolvedClaim toClaim(Record r) {
    EntityRef subject = ref(r, "subject");
    EntityRef object = ref(r, "object");
    return new ResolvedClaim(
        GraphRows.toClaim(GraphRows.props(r.get("props")), subject.id(), object.id()),
        subject,
        object);
  }

  private static EntityRef ref(Record r, String prefix) {
    return new EntityRef(
        Curie.parse(r.get(prefix + "Id").asString()),
        r.get(prefix + "Name").asString(),
        EntityCategory.parse(r.get(prefix + "Category").asString()));
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
          List<Relation> relations =
              tx.run(Cypher.ENTITY_RELATIONS, params)
                  .list(
                      c ->
                          new Relation(
                              Predicate.parse(c.get("predicate").asString()),
                              c.get("outgoing").asBoolean(),
                              toRef(c, "id"),
                              c.get("claims").asLong(),
                              c.get("documents").asLong()));
          return Optional.of(
              new EntityCard(
                  entity,
                  r.get("mentions").asLong(),
                  r.get("documents").asLong(),
                  coMentions,
                  documents,
                  relations));
        });
  }

  @Override
  public List<Neighbor> neighbors(NeighborQuery q) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", q.id().toString());
    params.put(
        "types",
        q.predicate()
            .map(p -> List.of(p.name()))
            .orElseGet(() -> Arrays.stream(Predicate.values()).map(Predicate::name).toList()));
    params.put("category", q.category().map(EntityCategory::biolinkName).orElse(null));
    params.put("limit", q.limit());
    return read(
        tx ->
            tx.run(Cypher.ENTITY_NEIGHBORS, params)
                .list(
                    r ->
                        new Neighbor(
                            toRef(r, "id"),
                            Predicate.valueOf(r.get("type").asString()),
                            Neighbor.Direction.valueOf(r.get("direction").asString()),
                            r.get("support").asLong(),
                            r.get("documents").asLong(),
                            r.get("belief").asDouble())));
  }

  @Override
  public List<ClaimView> claims(ClaimQuery q) {
    Map<String, Object> params = new HashMap<>();
    params.put("subject", q.subject().map(Curie::toString).orElse(null));
    params.put("predicate", q.predicate().map(Predicate::label).orElse(null));
    params.put("object", q.object().map(Curie::toString).orElse(null));
    params.put("negated", q.includeNegated());
    params.put("limit", q.limit());
    params.put("offset", q.offset());
    return read(tx -> tx.run(Cypher.CLAIMS, params).list(Neo4jGraphStore::toClaimView));
  }

  @Override
  public List<EvidenceGroup> evidence(Curie a, Curie b, int limit) {
    if (limit < 1 || limit > 1_000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
    Map<String, Object> params = Map.of("a", a.toString(), "b", b.toString(), "limit", limit);
    List<ClaimView> claims =
        read(tx -> tx.run(Cypher.CLAIMS_BETWEEN, params).list(Neo4jGraphStore::toClaimView));
    Map<String, List<ClaimView>> groups = new java.util.LinkedHashMap<>();
    for (ClaimView c : claims) {
      String key = c.claim().subject() + " " + c.claim().predicate() + " " + c.claim().object();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<EvidenceGroup> out = new ArrayList<>();
    for (List<ClaimView> group : groups.values()) {
      ClaimView first = group.getFirst();
      out.add(
          new EvidenceGroup(
              first.subject(),
              first.claim().predicate(),
              first.object(),
              EvidenceProfile.of(group.stream().map(Neo4jGraphStore::facts).toList()),
              group));
    }
    out.sort(
        java.util.Comparator.comparingDouble((EvidenceGroup g) -> -g.profile().belief())
            .thenComparing(g -> g.predicate().label()));
    return out;
  }

  private static EvidenceProfile.ClaimFacts facts(ClaimView c) {
    return new EvidenceProfile.ClaimFacts(
        c.claim().documentId(),
        c.claim().context().negated(),
        c.claim().context().hedged(),
        c.claim().context().studyType(),
        c.claim().context().species(),
        c.published());
  }

  @Override
  public List<MechanismPath> paths(Curie from, Curie to, int maxHops, int limit) {
    if (limit < 1 || limit > 50) {
      throw new IllegalArgumentException("limit must be 1..50, was " + limit);
    }
    String statement = Cypher.paths(maxHops);
    Map<String, Object> params =
        Map.of("from", from.toString(), "to", to.toString(), "limit", limit);
    return read(
        tx -> {
          List<MechanismPath> out = new ArrayList<>();
          for (Record r : tx.run(statement, params).list()) {
            List<Value> nodes = r.get("nodes").asList(v -> v);
            List<String> predicates = r.get("predicates").asList(Value::asString);
            List<MechanismPath.Hop> hops = new ArrayList<>();
            for (int i = 0; i < predicates.size(); i++) {
              EntityRef a = ref(nodes.get(i));
              EntityRef b = ref(nodes.get(i + 1));
              Predicate p = Predicate.valueOf(predicates.get(i));
              List<ClaimView> claims =
                  tx.run(
                          Cypher.CLAIMS_OF_TRIPLE,
                          Map.of(
                              "subject", a.id().toString(),
                              "predicate", p.label(),
                              "object", b.id().toString(),
                              "limit", 50))
                      .list(Neo4jGraphStore::toClaimView);
              EvidenceProfile profile =
                  EvidenceProfile.of(claims.stream().map(Neo4jGraphStore::facts).toList());
              hops.add(
                  new MechanismPath.Hop(
                      a, p, b, profile, claims.subList(0, Math.min(3, claims.size()))));
            }
            out.add(new MechanismPath(hops, r.get("score").asDouble()));
          }
          return out;
        });
  }

  private static EntityRef ref(Value node) {
    return new EntityRef(
        Curie.parse(node.get("id").asString()),
        node.get("name").asString(),
        EntityCategory.parse(node.get("category").asString()));
  }

  private static ClaimView toClaimView(Record r) {
    Map<String, Object> props = GraphRows.props(r.get("claim"));
    Curie subject = Curie.parse((String) props.get("subject"));
    Curie object = Curie.parse((String) props.get("object"));
    Claim claim = GraphRows.toClaim(props, subject, object);
    return new ClaimView(
        claim,
        new EntityRef(
            subject,
            r.get("subjectName").asString(),
            EntityCategory.parse(r.get("subjectCategory").asString())),
        new EntityRef(
            object,
            r.get("objectName").asString(),
            EntityCategory.parse(r.get("objectCategory").asString())),
        Optional.ofNullable(nullableString(r.get("sentence"))),
        r.get("sentenceStart").asInt(0),
        r.get("title").asString(),
        r.get("source").asString(),
        DocumentKind.parse(r.get("kind").asString()),
        optionalDate(r.get("published")));
  }

  @Override
  public List<String> documentIds() {
    return read(tx -> tx.run(Cypher.DOCUMENT_IDS).list(r -> r.get("id").asString()));
  }

  @Override
  public Map<String, String> documentHashes() {
    return read(
        tx -> {
          Map<String, String> hashes = new TreeMap<>();
          tx.run(Cypher.DOCUMENT_HASHES)
              .forEachRemaining(
                  r -> hashes.put(r.get("id").asString(), r.get("hash").asString("")));
          return hashes;
        });
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
              r.get("claims").asLong(),
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
  public GraphExport export() {
    return new Neo4jExportReader(driver);
  }

  @Override
  public ReadOnlyCypher cypher() {
    return new Neo4jReadOnlyCypher(driver);
  }

  @Override
  public void close() {
    driver.close();
  }
}
