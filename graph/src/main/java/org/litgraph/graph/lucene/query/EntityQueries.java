package org.litgraph.graph.lucene.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.litgraph.graph.store.InvalidQueryException;

/**
 * Queries over the entity entries of the index: word-prefix autocomplete over names and synonyms,
 * exact name lookup for query expansion, and phrase queries of an entity's names over text (for
 * highlighting its mentions).
 *
 * @param names the analyzer of the name field (no stemming)
 * @param text the analyzer of text fields (stemming), which also makes name keys
 */
public record EntityQueries(
    Analyzer names,
    Analyzer text,
    String typeField,
    String entityType,
    String nameField,
    String nameKeyField) {
  /** Characters that make a query Lucene syntax rather than a name to look up. */
  private static final Pattern SYNTAX =
      Pattern.compile("[:*?~^\\[\\]{}()\"\\\\]|\\b(AND|OR|NOT)\\b");

  /** Words of a prefix beyond this are ignored (autocomplete of very long strings is pointless). */
  public static final int MAX_PREFIX_WORDS = 8;

  /**
   * The key a name is indexed and looked up under: its stemmed tokens joined by spaces, so that
   * {@code MSCs}, {@code MSC}, and {@code IL-6} / {@code IL6} meet.
   */
  public static String nameKey(Analyzer analyzer, String name) {
    return String.join(" ", tokens(analyzer, "name_key", name));
  }

  /**
   * Word-prefix query: every word but the last must be a whole word of a name, the last a prefix.
   *
   * @throws InvalidQueryException when the prefix has no word characters
   */
  public Query suggest(String prefix) {
    List<String> words = tokens(names, nameField, prefix);
    if (words.isEmpty()) {
      throw new InvalidQueryException(
          "'" + prefix.strip() + "' has no letters or digits to complete");
    }
    if (words.size() > MAX_PREFIX_WORDS) {
      words = words.subList(words.size() - MAX_PREFIX_WORDS, words.size());
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(typeField, entityType)), Occur.FILTER);
    for (int i = 0; i < words.size() - 1; i++) {
      b.add(new TermQuery(new Term(nameField, words.get(i))), Occur.FILTER);
    }
    b.add(new PrefixQuery(new Term(nameField, words.getLast())), Occur.FILTER);
    return b.build();
  }

  /** The words of a name as the name field indexes them, for telling which name matched. */
  public List<String> nameWords(String name) {
    return tokens(names, nameField, name);
  }

  /**
   * Entity entries one of whose names is the whole query (by {@link #nameKey}); empty when the
   * query is Lucene syntax (fields, wildcards, operators), which is taken as the user meant it.
   */
  public Optional<Query> byName(String userQuery) {
    if (SYNTAX.matcher(userQuery).find()) {
      return Optional.empty();
    }
    String key = nameKey(text, userQuery);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(typeField, entityType)), Occur.FILTER)
            .add(new TermQuery(new Term(nameKeyField, key)), Occur.MUST)
            .build());
  }

  /** A phrase query of one name over a text field, or empty when the name has no words. */
  public Optional<Query> phrase(String field, String name) {
    return Optional.ofNullable(new QueryBuilder(text).createPhraseQuery(field, name));
  }

  private static List<String> tokens(Analyzer analyzer, String field, String value) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing '" + value + "' failed", e);
    }
    return out;
  }
}
