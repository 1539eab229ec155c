package org.litgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.litgraph.graph.neo4j.EmbeddedNeo4j;
import org.litgraph.graph.neo4j.Neo4jConnection;
import org.litgraph.graph.neo4j.Neo4jGraphStore;
import org.litgraph.graph.store.GraphCounts;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * What a data directory holds, read straight from the stores as a killed process left them (no
 * catch-up runs): graph counts and ids, duplicate ids per label, Lucene's documents and sentences,
 * and whether Lucene's {@link CheckIndex} passes.
 */
record StoreSnapshot(
    GraphCounts counts,
    List<String> documentIds,
    Set<String> entityIds,
    Set<String> claimIds,
    Set<String> mentionKeys,
    Set<String> graphSentences,
    List<String> duplicateIds,
    List<String> indexedDocuments,
    Set<String> indexedSentences,
    boolean checkIndexClean) {

  static StoreSnapshot read(Path data) throws IOException {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data.resolve("neo4j"), 0, 32);
        Neo4jGraphStore graph =
            Neo4jGraphStore.connect(Neo4jConnection.unauthenticated(neo4j.boltUri()));
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        Session session = driver.session()) {
      GraphCounts counts = graph.counts();
      List<String> docs = graph.documentIds();
      Set<String> entities = strings(session, "MATCH (e:Entity) RETURN e.id AS v");
      Set<String> claims = strings(session, "MATCH (c:Claim) RETURN c.id AS v");
      Set<String> mentions =
          strings(
              session,
              "MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) RETURN s.id + '|' + m.start + '|'"
                  + " + m.end + '|' + e.id AS v");
      Set<String> sentences =
          strings(session, "MATCH (s:Sentence) RETURN s.documentId + '#' + s.index AS v");
      List<String> duplicates =
          session
              .run(
                  "MATCH (n) WHERE n.id IS NOT NULL WITH head(labels(n)) AS l, n.id AS id, count(*) AS c"
                      + " WHERE c > 1 RETURN l + ' ' + id + ' x' + toString(c) AS v")
              .list(r -> r.get("v").asString());
      Lucene lucene = Lucene.read(data.resolve("index"));
      return new StoreSnapshot(
          counts,
          docs,
          entities,
          claims,
          mentions,
          sentences,
          duplicates,
          lucene.documents(),
          lucene.sentences(),
          lucene.clean());
    }
  }

  private static Set<String> strings(Session session, String cypher) {
    return new TreeSet<>(session.run(cypher).list(r -> r.get("v").asString()));
  }

  /** No duplicates anywhere, the two stores agree, and the index is sound. */
  void assertConsistent() {
    assertTrue(duplicateIds.isEmpty(), "duplicate ids: " + duplicateIds);
    assertEquals(documentIds.size(), indexedDocuments.size(), "index entries per document");
    assertEquals(new TreeSet<>(documentIds), new TreeSet<>(indexedDocuments), "document sets");
    assertEquals(graphSentences, indexedSentences, "sentence sets");
    assertTrue(checkIndexClean, "Lucene CheckIndex found problems");
  }

  /** The Lucene side: one entry per document and per sentence, read without a writer. */
  private record Lucene(List<String> documents, Set<String> sentences, boolean clean) {
    static Lucene read(Path dir) throws IOException {
      List<String> documents = new ArrayList<>();
      Set<String> sentences = new TreeSet<>();
      try (FSDirectory directory = FSDirectory.open(dir)) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          StoredFields stored = searcher.storedFields();
          int n = Math.max(1, reader.numDocs());
          // documents and sentences only: the same directory also holds one entry per entity
          // (the autocomplete index), which has no counterpart to compare here
          for (ScoreDoc sd :
              searcher.search(new TermQuery(new Term("type", "document")), n).scoreDocs) {
            documents.add(stored.document(sd.doc).get("document_id"));
          }
          for (ScoreDoc sd :
              searcher.search(new TermQuery(new Term("type", "sentence")), n).scoreDocs) {
            var d = stored.document(sd.doc);
            int sentenceIndex = d.getField("sentence_index").numericValue().intValue();
            boolean fresh = sentences.add(d.get("document_id") + "#" + sentenceIndex);
            assertTrue(fresh, "sentence indexed twice: " + d.get("document_id"));
          }
        }
        try (CheckIndex check = new CheckIndex(directory)) {
          return new Lucene(documents, sentences, check.checkIndex().clean);
        }
      }
    }
  }
}
