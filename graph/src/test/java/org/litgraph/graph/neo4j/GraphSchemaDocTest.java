package org.litgraph.graph.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Predicate;

/**
 * Issue 9: docs/graph-schema.md names exactly the labels and relationship types the Cypher in
 * {@link Cypher} uses, and holds its schema script verbatim.
 */
class GraphSchemaDocTest {
  private static final Pattern LABEL = Pattern.compile("\\(\\w*:([A-Z]\\w*)");
  private static final Pattern TYPE = Pattern.compile("\\[\\w*:([A-Z_]+)[\\]\\s{*]");
  private static final Pattern DOC_LABEL_ROW = Pattern.compile("(?m)^\\| `([A-Z][a-z]\\w*)` \\|");
  private static String doc;
  private static final List<String> STATEMENTS = new ArrayList<>();

  @BeforeAll
  static void read() throws Exception {
    doc = Files.readString(Path.of("..", "docs", "graph-schema.md"));
    for (Field f : Cypher.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        STATEMENTS.add((String) f.get(null));
      }
    }
    STATEMENTS.addAll(Cypher.SCHEMA);
  }

  private static Set<String> found(Pattern p) {
    Set<String> out = new TreeSet<>();
    for (String s : STATEMENTS) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  @Test
  void holdsTheSchemaScriptVerbatim() {
    for (String statement : Cypher.SCHEMA) {
      assertTrue(doc.contains(statement + ";"), "not in docs/graph-schema.md: " + statement);
    }
  }

  @Test
  void documentsExactlyTheLabelsTheCodeUses() {
    Set<String> code = found(LABEL);
    assertEquals(Set.of("Citation", "Claim", "Document", "Entity", "Sentence"), code);
    Set<String> documented = new TreeSet<>();
    Matcher m = DOC_LABEL_ROW.matcher(doc);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertEquals(code, documented);
  }

  @Test
  void documentsEveryRelationshipTypeTheCodeUses() {
    Set<String> types = found(TYPE);
    for (Predicate p : Predicate.values()) {
      types.add(p.name());
    }
    assertTrue(types.contains("MENTIONS") && types.contains("REFERS_TO"), types.toString());
    for (String type : types) {
      assertTrue(doc.contains("`" + type + "`"), "relationship type not documented: " + type);
    }
  }
}
