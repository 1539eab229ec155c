package org.litgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9: write clauses are refused with the clause named; reading words in text are not. */
class CypherGuardTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "CREATE (n:Entity {id: 'x'})#CREATE",
        "match (n) merge (m:X)#MERGE",
        "MATCH (n) DETACH DELETE n#DETACH DELETE",
        "MATCH (n) DELETE n#DELETE",
        "MATCH (n:Entity) SET n.name = 'x'#SET",
        "MATCH (n:Entity) REMOVE n.name#REMOVE",
        "DROP INDEX entity_category#DROP",
        "LOAD CSV FROM 'file:///x.csv' AS row RETURN row#LOAD CSV",
        "MATCH (n) FOREACH (x IN [1] | SET n.a = x)#FOREACH",
        "MATCH (n) CALL (n) { CREATE (:Smuggled) } RETURN n#CREATE",
        "CALL dbms.setConfigValue('a', 'b')#CALL dbms.setConfigValue",
        "CALL apoc.create.node(['X'], {})#CALL apoc.create.node",
        "CALL db.createLabel('X')#CALL db.createLabel",
        "MATCH (n) CALL (n) { RETURN 1 AS x } IN TRANSACTIONS RETURN n#IN TRANSACTIONS",
        "INSERT (:X)#INSERT"
      })
  void refusesWriteClausesNamingThem(String query, String clause) {
    CypherRejectedException e =
        assertThrows(CypherRejectedException.class, () -> CypherGuard.check(query));
    assertEquals(CypherRejectedException.Reason.WRITE_CLAUSE, e.reason());
    assertTrue(e.getMessage().contains(clause), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MATCH (e:Entity) WHERE e.name CONTAINS 'create' RETURN e.id",
        "MATCH (e:Entity) WHERE e.name = \"DELETE me\" RETURN e // SET in a comment",
        "MATCH (e:Entity) /* MERGE */ RETURN e.set, e.`delete`",
        "MATCH (c:Create) RETURN {merge: 1, remove: 2} AS m",
        "MATCH (a)-[r:TREATS]->(b) RETURN a.id, type(r), b.id ORDER BY a.id LIMIT 5",
        "CALL db.labels() YIELD label RETURN label",
        "MATCH (n) CALL (n) { MATCH (n)-->(m) RETURN count(m) AS c } RETURN n, c",
        "MATCH (n) WHERE n.id = $id RETURN n"
      })
  void letsReadingQueriesThrough(String query) {
    assertDoesNotThrow(() -> CypherGuard.check(query));
  }
}
