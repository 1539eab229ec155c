package org.litgraph.graph.neo4j;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.litgraph.graph.model.Predicate;

/**
 * Every Cypher statement LitGraph runs, in one place. Values always travel as {@code $parameters};
 * nothing here is ever built by concatenating text.
 *
 * <p>Graph model: {@code (:Document)<-[:IN_DOCUMENT]-(:Sentence)-[:MENTIONS
 * {start,end}]->(:Entity)} and {@code (:Entity)-[:CO_MENTIONED {sentences,documents}]->(:Entity)}
 * from the entity with the smaller id to the larger. Ids are unique per label (see {@link
 * #SCHEMA}).
 *
 * <p>Bibliographic metadata lives on the document node: {@code authors}, {@code venue}, {@code
 * keywords}, {@code publicationTypes}, {@code language} and one {@code id_<scheme>} property per
 * identifier ({@code id_pmid}, {@code id_doi}, {@code id_pmcid}, {@code id_nct}). Each reference a
 * document cites is its own node, {@code (:Document)-[:CITES]->(:Citation {position, label, text,
 * id_pmid, id_doi, ...})}, deleted and rewritten with the document so a changed reference list
 * leaves no orphans. A citation whose PMID or DOI equals a stored document's is linked to it,
 * {@code (:Citation)-[:REFERS_TO]->(:Document)}, whichever of the two is written first: so a cited
 * paper ingested later links up, and a citation never stands in for a document that does not exist.
 *
 * <p>Claims are nodes too, because they carry provenance and qualifiers and several documents may
 * state the same triple: {@code (:Claim)-[:SUBJECT]->(:Entity)}, {@code
 * (:Claim)-[:OBJECT]->(:Entity)}, {@code (:Claim)-[:STATED_IN]->(:Document)} and, for claims read
 * from a sentence, {@code (:Claim)-[:EVIDENCE]->(:Sentence)}. A claim's id is a hash of its
 * document, triple, sentence, span and extractor, so re-writing is idempotent; a changed document's
 * claims are deleted with its sentences. Each (subject, predicate, object) with claims has one
 * summary relationship between the two entities, typed by the predicate ({@code
 * (a)-[:TREATS]->(b)}), carrying the evidence profile: supporting and contradicting document
 * counts, study types, species, years and the belief score with its components. Summary
 * relationship types come from the {@link Predicate} enum, never from text.
 */
final class Cypher {
  private Cypher() {}

  /** Idempotent schema: uniqueness constraints on every id, and lookup indexes. */
  static final List<String> SCHEMA =
      List.of(
          "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
          "CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE",
          "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
          "CREATE INDEX entity_category IF NOT EXISTS FOR (e:Entity) ON (e.category)",
          "CREATE INDEX sentence_document IF NOT EXISTS FOR (s:Sentence) ON (s.documentId)",
          "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE",
          "CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (c:Citation) REQUIRE c.id IS UNIQUE",
          "CREATE INDEX claim_document IF NOT EXISTS FOR (c:Claim) ON (c.documentId)",
          "CREATE INDEX claim_triple IF NOT EXISTS FOR (c:Claim) ON (c.subject, c.predicate,"
              + " c.object)",
          "CREATE INDEX claim_subject IF NOT EXISTS FOR (c:Claim) ON (c.subject)",
          "CREATE INDEX claim_object IF NOT EXISTS FOR (c:Claim) ON (c.object)",
          "CREATE INDEX document_pmid IF NOT EXISTS FOR (d:Document) ON (d.id_pmid)",
          "CREATE INDEX document_doi IF NOT EXISTS FOR (d:Document) ON (d.id_doi)",
          "CREATE INDEX citation_pmid IF NOT EXISTS FOR (c:Citation) ON (c.id_pmid)",
          "CREATE INDEX citation_doi IF NOT EXISTS FOR (c:Citation) ON (c.id_doi)");

  static final String AWAIT_INDEXES = "CALL db.awaitIndexes(60)";

  static final String CONSTRAINT_NAMES = "SHOW CONSTRAINTS YIELD name";

  static final String INDEX_NAMES = "SHOW INDEXES YIELD name";

  /** The name a {@link #SCHEMA} statement gives ({@code CREATE CONSTRAINT name IF NOT EXISTS}). */
  static String schemaName(String statement) {
    return statement.split(" ", 4)[2];
  }

  static final String CONTENT_HASH =
      """
      MATCH (d:Document {id: $id}) RETURN d.contentHash AS hash
      """;

  /** The stored content hashes of the given document ids (absent ids give no row). */
  static final String CONTENT_HASHES =
      """
      UNWIND $ids AS id
      MATCH (d:Document {id: id})
      RETURN id, d.contentHash AS hash
      """;

  /** Entity pairs that share a sentence of the document (a.id < b.id). */
  static final String DOCUMENT_ENTITY_PAIRS =
      """
      MATCH (:Document {id: $id})<-[:IN_DOCUMENT]-(s:Sentence)-[:MENTIONS]->(a:Entity)
      MATCH (s)-[:MENTIONS]->(b:Entity)
      WHERE a.id < b.id
      RETURN DISTINCT a.id AS a, b.id AS b
      """;

  static final String DELETE_DOCUMENT_SENTENCES =
      """
      MATCH (:Document {id: $id})<-[:IN_DOCUMENT]-(s:Sentence)
      DETACH DELETE s
      """;

  static final String DELETE_DOCUMENT_CITATIONS =
      """
      MATCH (:Document {id: $id})-[:CITES]->(c:Citation)
      DETACH DELETE c
      """;

  /**
   * Replaces every property of the document, so metadata a new version no longer has (an
   * identifier, a venue) does not linger. {@code $props} holds {@code id}, {@code source}, {@code
   * title}, {@code published}, {@code kind}, {@code contentHash}, {@code text}, {@code
   * sentenceCount}, the metadata lists and the {@code id_<scheme>} identifiers.
   */
  static final String MERGE_DOCUMENTS =
      """
      UNWIND $rows AS r
      MERGE (d:Document {id: r.id})
      SET d = r.props
      """;

  static final String MERGE_CITATIONS =
      """
      UNWIND $rows AS r
      MATCH (d:Document {id: r.documentId})
      MERGE (c:Citation {id: r.id})
      SET c = r.props
      MERGE (d)-[:CITES]->(c)
      """;

  /** Links the documents' citations to stored documents with the same PMID. */
  static final String LINK_CITATIONS_BY_PMID =
      """
      UNWIND $ids AS id
      MATCH (:Document {id: id})-[:CITES]->(c:Citation)
      WHERE c.id_pmid IS NOT NULL
      MATCH (t:Document {id_pmid: c.id_pmid})
      MERGE (c)-[:REFERS_TO]->(t)
      """;

  static final String LINK_CITATIONS_BY_DOI =
      """
      UNWIND $ids AS id
      MATCH (:Document {id: id})-[:CITES]->(c:Citation)
      WHERE c.id_doi IS NOT NULL
      MATCH (t:Document {id_doi: c.id_doi})
      MERGE (c)-[:REFERS_TO]->(t)
      """;

  /** Links citations in other documents to these documents by their PMID and DOI. */
  static final String LINK_CITED_BY =
      """
      UNWIND $ids AS id
      MATCH (t:Document {id: id})
      CALL (t) {
        MATCH (c:Citation {id_pmid: t.id_pmid}) RETURN c
        UNION
        MATCH (c:Citation {id_doi: t.id_doi}) RETURN c
      }
      MERGE (c)-[:REFERS_TO]->(t)
      """;

  static final String MERGE_ENTITIES =
      """
      UNWIND $rows AS r
      MERGE (e:Entity {id: r.id})
      SET e.name = r.name, e.category = r.category, e.synonyms = r.synonyms, e.xrefs = r.xrefs
      SET e += r.attributes
      """;

  static final String MERGE_SENTENCES =
      """
      UNWIND $rows AS r
      MATCH (d:Document {id: r.documentId})
      MERGE (s:Sentence {id: r.id})
      SET s.documentId = r.documentId, s.index = r.index, s.start = r.start, s.end = r.end,
          s.text = r.text
      MERGE (s)-[:IN_DOCUMENT]->(d)
      """;

  static final String MERGE_MENTIONS =
      """
      UNWIND $rows AS r
      MATCH (s:Sentence {id: r.sentenceId})
      MATCH (e:Entity {id: r.entityId})
      MERGE (s)-[m:MENTIONS {start: r.start, end: r.end}]->(e)
      SET m.text = r.text, m.extractor = r.extractor
      """;

  /**
   * Recomputes co-mention counts of the given pairs from the sentences now stored, so the counts
   * are a function of the graph and never drift when a document is written again.
   */
  static final String REFRESH_CO_MENTIONS =
      """
      UNWIND $pairs AS p
      MATCH (a:Entity {id: p.a}), (b:Entity {id: p.b})
      OPTIONAL MATCH (a)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b)
      WITH a, b, count(DISTINCT s) AS n, count(DISTINCT s.documentId) AS docs
      OPTIONAL MATCH (a)-[old:CO_MENTIONED]->(b)
      FOREACH (_ IN CASE WHEN n = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
      FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
        MERGE (a)-[r:CO_MENTIONED]->(b)
        SET r.sentences = n, r.documents = docs)
      """;

  /**
   * Adds the co-mentions of newly written documents: each row holds a pair (a.id < b.id) and how
   * many of the new sentences and documents name both. The pair's entities were locked earlier in
   * the same transaction ({@code MERGE_ENTITIES} sets them), so concurrent additions to one pair
   * wait for each other instead of losing an update.
   */
  static final String ADD_CO_MENTIONS =
      """
      UNWIND $pairs AS p
      MATCH (a:Entity {id: p.a}), (b:Entity {id: p.b})
      MERGE (a)-[r:CO_MENTIONED]->(b)
        ON CREATE SET r.sentences = p.sentences, r.documents = p.documents
        ON MATCH SET r.sentences = r.sentences + p.sentences,
                     r.documents = r.documents + p.documents
      """;

  static final String DOCUMENT =
      """
      MATCH (d:Document {id: $id})
      RETURN properties(d) AS props
      """;

  static final String DOCUMENT_CITATIONS =
      """
      MATCH (:Document {id: $id})-[:CITES]->(c:Citation)
      OPTIONAL MATCH (c)-[:REFERS_TO]->(t:Document)
      WITH c, min(t.id) AS target
      RETURN properties(c) AS props, target
      ORDER BY c.position
      """;

  static final String DOCUMENT_CLAIMS =
      """
      MATCH (c:Claim {documentId: $id})
      MATCH (c)-[:SUBJECT]->(s:Entity)
      MATCH (c)-[:OBJECT]->(o:Entity)
      RETURN properties(c) AS props,
             s.id AS subjectId, s.name AS subjectName, s.category AS subjectCategory,
             o.id AS objectId, o.name AS objectName, o.category AS objectCategory
      ORDER BY coalesce(c.sentence, -1), coalesce(c.start, -1), c.predicate, o.id
      """;

  /** Neighbours through claims, both directions, most often claimed first. */
  static final String ENTITY_RELATIONS =
      """
      CALL () {
        MATCH (:Entity {id: $id})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity)
        RETURN c, o, true AS outgoing
        UNION ALL
        MATCH (:Entity {id: $id})<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(o:Entity)
        RETURN c, o, false AS outgoing
      }
      RETURN c.predicate AS predicate, outgoing, o.id AS id, o.name AS name,
             o.category AS category, count(c) AS claims, count(DISTINCT c.documentId) AS documents
      ORDER BY claims DESC, id, predicate
      LIMIT $limit
      """;

  static final String DOCUMENT_SENTENCES =
      """
      MATCH (s:Sentence {documentId: $id})
      RETURN s.index AS index, s.start AS start, s.end AS end, s.text AS text
      ORDER BY s.index
      """;

  static final String DOCUMENT_MENTIONS =
      """
      MATCH (s:Sentence {documentId: $id})-[m:MENTIONS]->(e:Entity)
      RETURN s.index AS sentence, m.start AS start, m.end AS end, m.text AS text,
             m.extractor AS extractor, e.id AS entityId, e.name AS name, e.category AS category
      ORDER BY m.start, m.end DESC, e.id
      """;

  static final String ENTITY =
      """
      MATCH (e:Entity {id: $id})
      OPTIONAL MATCH (e)<-[m:MENTIONS]-(s:Sentence)
      RETURN e.id AS id, e.name AS name, e.category AS category, e.synonyms AS synonyms,
             e.xrefs AS xrefs,
             [k IN keys(e) WHERE k STARTS WITH 'attr_' | [substring(k, 5), toString(e[k])]]
               AS attributes,
             count(m) AS mentions, count(DISTINCT s.documentId) AS documents
      """;

  static final String ENTITY_CO_MENTIONS =
      """
      MATCH (e:Entity {id: $id})-[r:CO_MENTIONED]-(o:Entity)
      RETURN o.id AS id, o.name AS name, o.category AS category, r.sentences AS sentences
      ORDER BY sentences DESC, id
      LIMIT $limit
      """;

  static final String ENTITY_DOCUMENTS =
      """
      MATCH (:Entity {id: $id})<-[:MENTIONS]-(s:Sentence)-[:IN_DOCUMENT]->(d:Document)
      RETURN d.id AS id, d.title AS title, count(*) AS mentions
      ORDER BY mentions DESC, id
      LIMIT $limit
      """;

  static final String DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id ORDER BY id";

  static final String COUNTS =
      """
      CALL () { MATCH (d:Document) RETURN count(d) AS documents }
      CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
      CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
      CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
      CALL () { MATCH ()-[c:CO_MENTIONED]->() RETURN count(c) AS coMentions }
      CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
      CALL () { MATCH (n) RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
      RETURN documents, sentences, entities, mentions, coMentions, claims, nodes, relationships
      """;

  /** The (subject, predicate, object) triples a document's claims touch. */
  static final String DOCUMENT_CLAIM_TRIPLES =
      """
      MATCH (c:Claim {documentId: $id})
      RETURN DISTINCT c.subject AS subject, c.predicate AS predicate, c.object AS object
      """;

  static final String DELETE_DOCUMENT_CLAIMS =
      """
      MATCH (c:Claim {documentId: $id})
      DETACH DELETE c
      """;

  static final String MERGE_CLAIMS =
      """
      UNWIND $rows AS r
      MATCH (a:Entity {id: r.subject}), (b:Entity {id: r.object}), (d:Document {id: r.documentId})
      MERGE (c:Claim {id: r.id})
      SET c += r.props
      MERGE (c)-[:SUBJECT]->(a)
      MERGE (c)-[:OBJECT]->(b)
      MERGE (c)-[:STATED_IN]->(d)
      WITH c, r
      WHERE r.sentenceId IS NOT NULL
      MATCH (s:Sentence {id: r.sentenceId})
      MERGE (c)-[:EVIDENCE]->(s)
      """;

  /** The facts of every claim of the given triples, for their evidence profiles. */
  static final String CLAIM_FACTS =
      """
      UNWIND $triples AS t
      MATCH (c:Claim {subject: t.subject, predicate: t.predicate, object: t.object})
      OPTIONAL MATCH (c)-[:STATED_IN]->(d:Document)
      RETURN t.subject AS subject, t.predicate AS predicate, t.object AS object,
             c.documentId AS documentId, c.negated AS negated, c.hedged AS hedged,
             c.studyType AS studyType, c.species AS species, d.published AS published
      """;

  /**
   * Sets the summary relationship of each row, typed by {@code r.type}: a {@link Predicate}
   * constant's name, chosen by code from the enum and passed as a parameter, never text from a
   * document. One statement (and one query plan) for every predicate.
   */
  static final String MERGE_SUMMARIES =
      """
      UNWIND $rows AS r
      MATCH (a:Entity {id: r.subject}), (b:Entity {id: r.object})
      MERGE (a)-[s:$(r.type)]->(b)
      SET s = r.props
      """;

  /** Removes summary relationships whose claims are all gone ({@code r.type} as above). */
  static final String DELETE_SUMMARIES =
      """
      UNWIND $rows AS r
      MATCH (:Entity {id: r.subject})-[s:$(r.type)]->(:Entity {id: r.object})
      DELETE s
      """;

  /** Relationship types that summarise claims (every predicate but co-mention). */
  static final String SUMMARY_TYPES =
      Arrays.stream(Predicate.values())
          .filter(p -> p != Predicate.CO_MENTIONED)
          .map(Predicate::name)
          .collect(Collectors.joining("|"));

  private static final String CLAIM_COLUMNS =
      """
      MATCH (c)-[:SUBJECT]->(a:Entity), (c)-[:OBJECT]->(b:Entity), (c)-[:STATED_IN]->(d:Document)
      OPTIONAL MATCH (c)-[:EVIDENCE]->(s:Sentence)
      RETURN c {.*} AS claim, a.name AS subjectName, a.category AS subjectCategory,
             b.name AS objectName, b.category AS objectCategory, d.title AS title,
             d.source AS source, d.kind AS kind, d.published AS published,
             s.text AS sentence, s.start AS sentenceStart
      """;

  static final String CLAIMS =
      """
      MATCH (c:Claim)
      WHERE ($subject IS NULL OR c.subject = $subject)
        AND ($predicate IS NULL OR c.predicate = $predicate)
        AND ($object IS NULL OR c.object = $object)
        AND ($negated OR NOT c.negated)
      WITH c
      OPTIONAL MATCH (c)-[:STATED_IN]->(doc:Document)
      WITH c ORDER BY doc.published DESC, c.id SKIP $offset LIMIT $limit
      """
          + CLAIM_COLUMNS;

  /** Claims between two entities, either way round. */
  static final String CLAIMS_BETWEEN =
      """
      MATCH (c:Claim)
      WHERE (c.subject = $a AND c.object = $b) OR (c.subject = $b AND c.object = $a)
      WITH c
      OPTIONAL MATCH (c)-[:STATED_IN]->(doc:Document)
      WITH c ORDER BY doc.published DESC, c.id LIMIT $limit
      """
          + CLAIM_COLUMNS;

  /** The best claims of one link (affirming first, trials first), for a path's hops. */
  static final String CLAIMS_OF_TRIPLE =
      """
      MATCH (c:Claim {subject: $subject, predicate: $predicate, object: $object})
      WITH c ORDER BY c.negated, c.hedged, c.studyType STARTS WITH 'clinical trial' DESC, c.id
      LIMIT $limit
      """
          + CLAIM_COLUMNS;

  private static final Map<Integer, String> PATHS = new HashMap<>();

  static {
    for (int hops = 1; hops <= 4; hops++) {
      PATHS.put(
          hops,
          """
          MATCH p = (a:Entity {id: $from})-[:%s*1..%d]->(b:Entity {id: $to})
          WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
          WITH p, reduce(score = 1.0, r IN relationships(p) | score * coalesce(r.belief, 0.0))
               AS score
          WHERE score > 0
          RETURN [n IN nodes(p) | {id: n.id, name: n.name, category: n.category}] AS nodes,
                 [r IN relationships(p) | type(r)] AS predicates, score
          ORDER BY score DESC, length(p)
          LIMIT $limit
          """
              .formatted(SUMMARY_TYPES, hops));
    }
  }

  /** Directed paths of at most {@code maxHops} summary links (1..4), best first. */
  static String paths(int maxHops) {
    String statement = PATHS.get(maxHops);
    if (statement == null) {
      throw new IllegalArgumentException("maxHops must be 1..4, was " + maxHops);
    }
    return statement;
  }

  // ---------------------------------------------------------------------------------------------
  // Exports (issue 9): streaming reads for Neo4jExportReader. Each pages by id with "id > $after
  // ORDER BY id LIMIT $limit", which the uniqueness constraints' range indexes answer in order, so
  // a page costs the same at the end of the graph as at its start (SKIP would not).
  // ---------------------------------------------------------------------------------------------

  /** One page of entities, optionally of some categories only. */
  static final String EXPORT_ENTITIES =
      """
      MATCH (e:Entity)
      WHERE e.id > $after AND (size($categories) = 0 OR e.category IN $categories)
      WITH e ORDER BY e.id LIMIT $limit
      RETURN e.id AS id, e.name AS name, e.category AS category, e.synonyms AS synonyms,
             e.xrefs AS xrefs,
             [k IN keys(e) WHERE k STARTS WITH 'attr_' | [substring(k, 5), toString(e[k])]]
               AS attributes
      """;

  /**
   * One page of claims with their sentence, document and the belief of their summary link. The
   * caller filters categories and document prefix after paging (the cursor is the last claim id of
   * the page either way).
   */
  static final String EXPORT_CLAIMS =
      """
      MATCH (c:Claim)
      WHERE c.id > $after AND (size($predicates) = 0 OR c.predicate IN $predicates)
      WITH c ORDER BY c.id LIMIT $limit
      MATCH (c)-[:SUBJECT]->(a:Entity), (c)-[:OBJECT]->(b:Entity), (c)-[:STATED_IN]->(d:Document)
      OPTIONAL MATCH (c)-[:EVIDENCE]->(s:Sentence)
      RETURN c {.*} AS claim, s.text AS sentence, d.title AS title, d.source AS source,
             d.published AS published, d.id_pmid AS pmid, d.id_doi AS doi,
             a.category AS subjectCategory, b.category AS objectCategory,
             [(a)-[r]->(b) WHERE type(r) = toUpper(c.predicate) | r.belief][0] AS belief
      ORDER BY c.id
      """;

  /** The co-mention links of one page of entities (each link once, from the smaller id). */
  static final String EXPORT_CO_MENTIONS =
      """
      MATCH (a:Entity)
      WHERE a.id > $after
      WITH a ORDER BY a.id LIMIT $limit
      RETURN a.id AS id, a.category AS category,
             COLLECT {
               MATCH (a)-[r:CO_MENTIONED]->(b:Entity)
               RETURN {id: b.id, category: b.category, sentences: r.sentences,
                       documents: r.documents} AS link
               ORDER BY b.id
             } AS links
      """;

  /** One page of documents with their sentences, mentions and claims. */
  static final String EXPORT_DOCUMENTS =
      """
      MATCH (d:Document)
      WHERE d.id > $after
        AND ($prefix IS NULL OR d.id STARTS WITH $prefix OR d.source STARTS WITH $prefix)
      WITH d ORDER BY d.id LIMIT $limit
      RETURN d {.*} AS document,
             COLLECT {
               MATCH (s:Sentence {documentId: d.id})
               RETURN s {.index, .start, .end, .text} AS sentence ORDER BY s.index
             } AS sentences,
             COLLECT {
               MATCH (s:Sentence {documentId: d.id})-[m:MENTIONS]->(e:Entity)
               RETURN {sentence: s.index, start: m.start, end: m.end, text: m.text,
                       extractor: m.extractor, entityId: e.id, name: e.name,
                       category: e.category} AS mention
               ORDER BY m.start, m.end DESC, e.id
             } AS mentions,
             COLLECT {
               MATCH (c:Claim {documentId: d.id})-[:SUBJECT]->(a:Entity),
                     (c)-[:OBJECT]->(b:Entity)
               RETURN {claim: c {.*}, subjectName: a.name, subjectCategory: a.category,
                       objectName: b.name, objectCategory: b.category} AS claim
               ORDER BY coalesce(c.sentence, -1), coalesce(c.start, -1), c.predicate, b.id
             } AS claims
      """;

  // --- reliability (issue 8): crash recovery compares the two stores on start ---

  /** Every document's id and content hash, for the search index's catch-up on start. */
  static final String DOCUMENT_HASHES =
      "MATCH (d:Document) RETURN d.id AS id, d.contentHash AS hash ORDER BY id";

  /**
   * An entity's neighbours through summary links and co-mentions ({@code $types} are relationship
   * types from the {@link Predicate} enum), claim links first by belief, then co-mentions by
   * sentence count. A co-mention is stored from the smaller id to the larger, so its direction is
   * reported as {@code both}.
   */
  static final String ENTITY_NEIGHBORS =
      """
      CALL () {
        MATCH (:Entity {id: $id})-[r]->(o:Entity)
        WHERE type(r) IN $types
        RETURN r, o, CASE type(r) WHEN 'CO_MENTIONED' THEN 'BOTH' ELSE 'OUT' END AS direction
        UNION ALL
        MATCH (:Entity {id: $id})<-[r]-(o:Entity)
        WHERE type(r) IN $types
        RETURN r, o, CASE type(r) WHEN 'CO_MENTIONED' THEN 'BOTH' ELSE 'IN' END AS direction
      }
      WITH r, o, direction
      WHERE $category IS NULL OR o.category = $category
      RETURN type(r) AS type, direction, o.id AS id, o.name AS name, o.category AS category,
             coalesce(r.claims, r.sentences, 0) AS support,
             coalesce(r.supportingDocuments, r.documents, 0) AS documents,
             coalesce(r.belief, 0.0) AS belief
      ORDER BY type = 'CO_MENTIONED', belief DESC, support DESC, id, type
      LIMIT $limit
      """;
}
