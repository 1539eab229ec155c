package org.litgraph.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRequestTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void aBlankQueryIsRefused(String query) {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> new SearchRequest(query, 10));

    assertEquals("query must not be empty", e.getMessage());
  }

  @Test
  void aQueryLongerThanTheLimitIsRefusedWithItsLength() {
    String query = "a".repeat(SearchRequest.MAX_QUERY_LENGTH + 1);

    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> new SearchRequest(query, 10));

    assertEquals("query is 1001 characters; the limit is 1000", e.getMessage());
  }

  @Test
  void aQueryOfExactlyTheLimitIsAccepted() {
    String query = "a".repeat(SearchRequest.MAX_QUERY_LENGTH);

    assertEquals(query, new SearchRequest(query, 10).query());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, SearchRequest.MAX_LIMIT + 1})
  void aLimitOutsideOneToTheMaximumIsRefused(int limit) {
    InvalidQueryException e =
        assertThrows(InvalidQueryException.class, () -> new SearchRequest("sepsis", limit));

    assertEquals("limit must be between 1 and 100, was " + limit, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, SearchRequest.MAX_LIMIT})
  void theLimitsThemselvesAreAccepted(int limit) {
    assertEquals(limit, new SearchRequest("sepsis", limit).limit());
  }

  @Test
  void aNullQueryIsANullPointer() {
    assertThrows(NullPointerException.class, () -> new SearchRequest(null, 10));
  }

  @Test
  void anInvalidQueryIsAnIllegalArgumentSoCallersCanMapItToABadRequest() {
    assertThrows(IllegalArgumentException.class, () -> new SearchRequest(" ", 10));
  }
}
