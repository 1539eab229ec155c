package org.litgraph.graph.lucene.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litgraph.graph.store.InvalidQueryException;

class SearchQueriesTest {
  private final SearchQueries queries =
      new SearchQueries(new EnglishAnalyzer(), "title", "text", "entity", "type");

  @Test
  void aCurieBecomesAnEntityIdQueryFilteredByType() {
    BooleanQuery q = (BooleanQuery) queries.build("MESH:D018805", "sentence", false);

    assertEquals(
        List.of(
            new BooleanClause(new TermQuery(new Term("entity", "MESH:D018805")), Occur.MUST),
            new BooleanClause(new TermQuery(new Term("type", "sentence")), Occur.FILTER)),
        q.clauses());
  }

  @Test
  void aCurieWithSurroundingSpaceIsStillAnEntityQuery() {
    assertTrue(SearchQueries.isEntityQuery("  MESH:D018805 "));
    assertEquals(
        new TermQuery(new Term("entity", "MESH:D018805")),
        match(queries.build("  MESH:D018805 ", "document", true)));
  }

  @Test
  void aWordSearchesTitlesAndTextAndNotEntities() {
    Set<Term> terms = terms(queries.build("sepsis", "document", true));

    assertFalse(SearchQueries.isEntityQuery("sepsis"));
    assertEquals(Set.of("title", "text", "type"), fields(terms));
    assertTrue(terms.contains(new Term("type", "document")));
  }

  @Test
  void sentenceQueriesSearchOnlyTheSentenceText() {
    Set<Term> terms = terms(queries.build("sepsis", "sentence", false));

    assertEquals(Set.of("text", "type"), fields(terms));
  }

  @Test
  void aLowerCasePrefixIsFieldSyntaxNotAnEntityId() {
    assertFalse(SearchQueries.isEntityQuery("title:sepsis"));
    assertTrue(SearchQueries.isEntityQuery("MESH:D018805"));
    assertEquals(
        Set.of("title", "type"), fields(terms(queries.build("title:sepsis", "document", true))));
  }

  @Test
  void singularAndPluralBuildTheSameQuery() {
    assertEquals(
        terms(queries.build("cytokine", "sentence", false)),
        terms(queries.build("cytokines", "sentence", false)));
  }

  @Test
  void wordsAreAllRequiredByDefault() {
    BooleanQuery match = (BooleanQuery) match(queries.build("sepsis cytokines", "sentence", false));

    assertEquals(2, match.clauses().size());
    assertTrue(match.clauses().stream().allMatch(c -> c.occur() == Occur.MUST), match.toString());
  }

  @Test
  void aTrailingWildcardIsAllowed() {
    assertNotNull(queries.build("seps*", "sentence", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sepsis AND", "\"unclosed", "(sepsis", "sepsis)", "title:", "sepsis^"})
  void malformedSyntaxIsAnInvalidQueryWithAReadableMessage(String query) {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> queries.build(query, "document", true));

    String message = e.getMessage();
    assertTrue(message.startsWith("cannot parse query '" + query + "': "), message);
    assertFalse(message.contains("Cannot parse"), message);
    assertFalse(message.contains("Was expecting"), message);
    assertTrue(message.length() > ("cannot parse query '" + query + "': ").length(), message);
  }

  @Test
  void aMalformedQueryOverSeveralLinesDoesNotRepeatLucenesPrefix() {
    InvalidQueryException e =
        assertThrows(
            InvalidQueryException.class, () -> queries.build("sepsis\nAND", "document", true));

    assertFalse(e.getMessage().contains("Cannot parse"), e.getMessage());
    assertTrue(e.getMessage().contains("Encountered"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"*sis", "?epsis", "cytokines AND *kine"})
  void aLeadingWildcardIsRefused(String query) {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> queries.build(query, "sentence", false));

    assertTrue(e.getMessage().contains("not allowed as first character"), e.getMessage());
    assertFalse(e.getMessage().contains("Cannot parse"), e.getMessage());
  }

  @Test
  void anInvalidQueryKeepsTheParserErrorAsItsCause() {
    InvalidQueryException e =
        assertThrows(
            InvalidQueryException.class, () -> queries.build("sepsis AND", "document", true));

    assertNotNull(e.getCause());
  }

  /** The user's part of a built query: its first clause. */
  private static Query match(Query built) {
    BooleanQuery q = assertInstanceOf(BooleanQuery.class, built);
    return q.clauses().getFirst().query();
  }

  private static Set<Term> terms(Query q) {
    Set<Term> terms = new HashSet<>();
    q.visit(QueryVisitor.termCollector(terms));
    return terms;
  }

  private static Set<String> fields(Set<Term> terms) {
    Set<String> fields = new HashSet<>();
    terms.forEach(t -> fields.add(t.field()));
    return fields;
  }
}
