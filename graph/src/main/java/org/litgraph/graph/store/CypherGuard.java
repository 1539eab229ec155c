package org.litgraph.graph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses Cypher that writes, before it reaches the database, with a message naming the clause. It
 * reads the query as tokens, skipping string literals, comments, backquoted names, property keys
 * ({@code n.set}), labels and map keys ({@code :Create}, {@code {merge: 1}}), so a word inside text
 * never trips it. It is a courtesy that gives a clear error early: the read transaction the query
 * then runs in is what actually prevents writes.
 */
public final class CypherGuard {
  private static final Set<String> WRITE_WORDS =
      Set.of(
          "CREATE",
          "MERGE",
          "DELETE",
          "DETACH",
          "SET",
          "REMOVE",
          "DROP",
          "FOREACH",
          "LOAD",
          "INSERT",
          "GRANT",
          "DENY",
          "REVOKE",
          "ALTER",
          "TERMINATE",
          "DEALLOCATE",
          "REALLOCATE");

  /** Procedures that only read the schema; every other procedure call is refused. */
  private static final Set<String> READ_PROCEDURES =
      Set.of(
          "db.labels",
          "db.relationshiptypes",
          "db.propertykeys",
          "db.schema.visualization",
          "db.schema.nodetypeproperties",
          "db.schema.reltypeproperties",
          "dbms.components");

  private CypherGuard() {}

  /**
   * Checks a query.
   *
   * @throws CypherRejectedException with reason {@code WRITE_CLAUSE} naming the first write clause
   *     or procedure found
   */
  public static void check(String query) {
    List<String> tokens = tokens(query);
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String upper = t.toUpperCase(Locale.ROOT);
      if (WRITE_WORDS.contains(upper)) {
        String clause = upper.equals("LOAD") ? "LOAD CSV" : upper;
        clause = upper.equals("DETACH") ? "DETACH DELETE" : clause;
        throw refused(clause + " writes to the graph");
      }
      if (upper.equals("TRANSACTIONS") && i > 0 && tokens.get(i - 1).equalsIgnoreCase("IN")) {
        throw refused("CALL { ... } IN TRANSACTIONS is for batched writes");
      }
      if (upper.equals("CALL") && i + 1 < tokens.size() && isName(tokens.get(i + 1))) {
        String procedure = tokens.get(i + 1);
        if (!READ_PROCEDURES.contains(procedure.toLowerCase(Locale.ROOT))) {
          throw refused(
              "CALL "
                  + procedure
                  + " is not allowed; only these read-only procedures are: "
                  + READ_PROCEDURES.stream().sorted().toList());
        }
      }
    }
  }

  private static CypherRejectedException refused(String why) {
    return new CypherRejectedException(
        CypherRejectedException.Reason.WRITE_CLAUSE,
        "read-only Cypher: " + why + "; this endpoint only runs queries that read");
  }

  private static boolean isName(String token) {
    return Character.isLetter(token.charAt(0));
  }

  /**
   * Words (with dots, for procedure names) and single punctuation characters, without literals,
   * comments, backquoted names, property keys, labels or map keys.
   */
  static List<String> tokens(String q) {
    List<String> out = new ArrayList<>();
    int n = q.length();
    int i = 0;
    char previous = ' ';
    while (i < n) {
      char c = q.charAt(i);
      if (c == '/' && i + 1 < n && q.charAt(i + 1) == '/') {
        i = skipTo(q, i, "\n");
      } else if (c == '/' && i + 1 < n && q.charAt(i + 1) == '*') {
        i = skipTo(q, i + 2, "*/");
      } else if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(q, i, c);
        previous = 'x';
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < n
            && (Character.isLetterOrDigit(q.charAt(i))
                || q.charAt(i) == '_'
                || (q.charAt(i) == '.' && i + 1 < n && Character.isLetter(q.charAt(i + 1))))) {
          i++;
        }
        String word = q.substring(start, i);
        boolean key = nextNonSpace(q, i) == ':' && previous != '?';
        if (previous != '.' && previous != ':' && previous != '$' && !key) {
          out.add(word);
        }
        previous = 'x';
      } else {
        if (!Character.isWhitespace(c)) {
          out.add(String.valueOf(c));
          previous = c;
        }
        i++;
      }
    }
    return out;
  }

  private static char nextNonSpace(String q, int i) {
    while (i < q.length() && Character.isWhitespace(q.charAt(i))) {
      i++;
    }
    return i < q.length() ? q.charAt(i) : ' ';
  }

  private static int skipTo(String q, int from, String end) {
    int at = q.indexOf(end, from);
    return at < 0 ? q.length() : at + end.length();
  }

  private static int skipQuoted(String q, int i, char quote) {
    i++;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }
}
