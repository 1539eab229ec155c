package org.litgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.Lexicon;

/**
 * The committed lexicon is exactly what the builder makes from {@code ../shared/vocab}: whoever
 * changes the builder, a stop-list or the seed must rebuild it (command in LEXICON.md).
 */
class CommittedLexiconTest {
  private static Path vocab() {
    String shared = System.getProperty("litgraph.shared", "../../shared");
    return Path.of(shared).resolve("vocab").toAbsolutePath().normalize();
  }

  @Test
  void committedLexiconEqualsAFreshBuildFromSharedVocabularies() throws IOException {
    Path vocab = vocab();
    assumeTrue(Files.isDirectory(vocab), "no shared vocabularies at " + vocab);
    List<LexiconRow> rows =
        new LexiconBuilder(new VocabularyFiles(vocab), StopList.standard()).build();
    List<String> fresh = new ArrayList<>();
    fresh.add(LexiconFile.HEADER);
    rows.forEach(r -> fresh.add(r.line()));
    List<String> committed = committedLines();
    assertEquals(fresh.size(), committed.size(), "row count; rebuild the lexicon (LEXICON.md)");
    for (int i = 0; i < fresh.size(); i++) {
      assertEquals(fresh.get(i), committed.get(i), "line " + (i + 1) + "; rebuild (LEXICON.md)");
    }
  }

  @Test
  void rebuildingWritesTheSameBytes() throws IOException {
    Path vocab = vocab();
    assumeTrue(Files.isDirectory(vocab), "no shared vocabularies at " + vocab);
    List<LexiconRow> rows =
        new LexiconBuilder(new VocabularyFiles(vocab), StopList.standard())
            .build(List.of(sampleConcept()));
    Path a = Files.createTempFile("lexicon-a", ".tsv.gz");
    Path b = Files.createTempFile("lexicon-b", ".tsv.gz");
    try {
      LexiconFile.write(rows, a);
      LexiconFile.write(rows, b);
      assertTrue(rows.size() > 1);
      assertTrue(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
    } finally {
      Files.deleteIfExists(a);
      Files.deleteIfExists(b);
    }
  }

  private static Concept sampleConcept() {
    return new Concept("MESH:D1", EntityCategory.DISEASE, "Pyemia")
        .addTerm("Pyemia", TermKind.PREFERRED);
  }

  private static List<String> committedLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.STANDARD_RESOURCE);
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }
}
