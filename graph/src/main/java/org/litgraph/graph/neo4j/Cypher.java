package org.litgraph.graph.neo4j;

import java.util.List;

/**
 * Every Cypher statement LitGraph runs, in one place. Values always travel as {@code $parameters};
 * nothing here is ever built by concatenating text.
 *
 * <p>Graph model: {@code (:Document)<-[:IN_DOCUMENT]-(:Sentence)-[:MENTIONS
 * {start,end}]->(:Entity)} and {@code (:Entity)-[:CO_MENTIONED {sentences,documents}]->(:Entity)}
 * from the entity with the smaller id to the larger. Ids are unique per label (see {@link
 * #SCHEMA}).
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
          "CREATE INDEX sentence_document IF NOT EXISTS FOR (s:Sentence) ON (s.documentId)");

  static final String AWAIT_INDEXES = "CALL db.awaitIndexes(60)";

  static final String CONTENT_HASH =
      """
      MATCH (d:Document {id: $id}) RETURN d.contentHash AS hash
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

  static final String MERGE_DOCUMENT =
      """
      MERGE (d:Document {id: $id})
      SET d.source = $source, d.title = $title, d.published = $published, d.kind = $kind,
          d.contentHash = $contentHash, d.text = $text, d.sentenceCount = $sentenceCount
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
      MATCH (d:Document {id: $documentId})
      UNWIND $rows AS r
      MERGE (s:Sentence {id: r.id})
      SET s.documentId = $documentId, s.index = r.index, s.start = r.start, s.end = r.end,
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

  static final String DOCUMENT =
      """
      MATCH (d:Document {id: $id})
      RETURN d.id AS id, d.source AS source, d.title AS title, d.published AS published,
             d.kind AS kind, d.contentHash AS contentHash, d.text AS text
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
      CALL () { MATCH (n) RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
      RETURN documents, sentences, entities, mentions, coMentions, nodes, relationships
      """;
}
