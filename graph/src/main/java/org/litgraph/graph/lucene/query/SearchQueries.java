package org.litgraph.graph.lucene.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.store.InvalidQueryException;

/**
 * Builds Lucene queries from what users type. A bare CURIE ({@code MESH:D018805}) becomes an
 * entity-id query; anything else is parsed with Lucene's classic syntax over titles and text.
 * Leading wildcards are refused (they scan the whole term dictionary) and clause counts are capped.
 */
public final class SearchQueries {
  /** The most clauses a parsed query may expand to. */
  public static final int MAX_CLAUSES = 1_024;

  private final Analyzer analyzer;
  private final String titleField;
  private final String textField;
  private final String entityField;
  private final String typeField;

  public SearchQueries(
      Analyzer analyzer,
      String titleField,
      String textField,
      String entityField,
      String typeField) {
    this.analyzer = analyzer;
    this.titleField = titleField;
    this.textField = textField;
    this.entityField = entityField;
    this.typeField = typeField;
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), MAX_CLAUSES));
  }

  /**
   * The user's query restricted to Lucene documents of one type.
   *
   * @param searchTitles whether titles count (documents) or only the text does (sentences, so a
   *     word in a title does not make every sentence of that document a hit)
   */
  public Query build(String userQuery, String type, boolean searchTitles) {
    Query match = match(userQuery.strip(), searchTitles);
    return new BooleanQuery.Builder()
        .add(match, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(typeField, type)), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Like {@link #build(String, String, boolean)}, widened to the mentions of the given entities
   * (entity-aware expansion: the text matches or the entity is mentioned) and restricted by a
   * filter.
   *
   * @param expandIds CURIEs whose mentions also match (ignored for an entity-id query)
   * @param names phrase queries of the expanded entities' names, which also match
   */
  public Query build(
      String userQuery,
      String type,
      boolean searchTitles,
      List<String> expandIds,
      List<Query> names,
      Optional<Query> filter) {
    Query match = match(userQuery.strip(), searchTitles);
    if (!expandIds.isEmpty() && !isEntityQuery(userQuery)) {
      BooleanQuery.Builder any = new BooleanQuery.Builder().add(match, BooleanClause.Occur.SHOULD);
      expandIds.forEach(
          id -> any.add(new TermQuery(new Term(entityField, id)), BooleanClause.Occur.SHOULD));
      names.forEach(n -> any.add(n, BooleanClause.Occur.SHOULD));
      match = any.build();
    }
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(match, BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(typeField, type)), BooleanClause.Occur.FILTER);
    filter.ifPresent(f -> b.add(f, BooleanClause.Occur.FILTER));
    return b.build();
  }

  /**
   * True when the query is an entity id rather than text. Vocabulary prefixes start with a capital
   * ({@code MESH:}, {@code CL:}, {@code NCBIGene:}); a lower-case prefix is Lucene field syntax
   * such as {@code title:sepsis}.
   */
  public static boolean isEntityQuery(String userQuery) {
    String q = userQuery.strip();
    return Curie.looksLikeCurie(q) && Character.isUpperCase(q.charAt(0));
  }

  private Query match(String userQuery, boolean searchTitles) {
    if (isEntityQuery(userQuery)) {
      return new TermQuery(new Term(entityField, Curie.parse(userQuery).toString()));
    }
    QueryParser parser =
        searchTitles
            ? new MultiFieldQueryParser(
                new String[] {titleField, textField},
                analyzer,
                Map.of(titleField, 2.0f, textField, 1.0f))
            : new QueryParser(textField, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // IL6 and IL-6 analyse to the two tokens "il 6": as a phrase they match only adjacent words.
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    parser.setAllowLeadingWildcard(false);
    try {
      Query q = parser.parse(userQuery);
      if (clauseCount(q) > MAX_CLAUSES) {
        throw new InvalidQueryException(
            "query has more than " + MAX_CLAUSES + " clauses; simplify it");
      }
      return q;
    } catch (ParseException e) {
      throw new InvalidQueryException(
          "cannot parse query '" + userQuery + "': " + reason(userQuery, e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("query expands to too many terms; make it more specific", e);
    }
  }

  private static int clauseCount(Query q) {
    if (q instanceof BooleanQuery b) {
      return b.clauses().stream().mapToInt(c -> clauseCount(c.query())).sum();
    }
    return 1;
  }

  /** The first line of the parser's reason, without the query it repeats. */
  private static String reason(String userQuery, String message) {
    if (message == null) {
      return "syntax error";
    }
    // Lucene repeats the query ("Cannot parse 'q': ..."); the caller already names it. The query
    // may span lines, so the prefix goes before the message is cut at its first line break.
    String prefix = "Cannot parse '" + userQuery + "': ";
    String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    int nl = rest.indexOf('\n');
    String line = (nl < 0 ? rest : rest.substring(0, nl)).strip();
    return line.isEmpty() ? "syntax error" : line;
  }
}
