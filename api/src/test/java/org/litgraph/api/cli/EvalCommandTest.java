package org.litgraph.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.ingest.pubtator.PubTatorAnnotation;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import picocli.CommandLine;

/** Argument errors of {@code eval ner} and {@code bench ner}, caught before any model loads. */
class EvalCommandTest {
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new LitGraphCommand());
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("litgraph: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }

  @Test
  void evalNerWithoutCorpusIsAUsageError() {
    assertEquals(2, run("eval", "ner"));
    assertTrue(err.toString().contains("--corpus"), err.toString());
  }

  @Test
  void aMissingCorpusFileIsAUsageErrorNamingIt(@TempDir Path tmp) {
    assertEquals(2, run("eval", "ner", "--corpus", tmp.resolve("none.txt").toString()));
    assertTrue(err.toString().contains("corpus file not found: "), err.toString());
    assertEquals(2, run("bench", "ner", "--corpus", tmp.resolve("none.txt").toString()));
  }

  @Test
  void aNonPositiveLimitIsAUsageError(@TempDir Path tmp) throws Exception {
    Path corpus = Files.writeString(tmp.resolve("c.txt"), "1|t|T.\n1|a|A.\n");
    assertEquals(2, run("eval", "ner", "--corpus", corpus.toString(), "--limit", "0"));
    assertTrue(err.toString().contains("at least 1"), err.toString());
  }

  @Test
  void aMalformedCorpusFailsNamingFileAndLine(@TempDir Path tmp) throws Exception {
    Path corpus = Files.writeString(tmp.resolve("bad.txt"), "1|t|T.\n1|a|A.\n1\tx\n");
    assertEquals(1, run("eval", "ner", "--corpus", corpus.toString()));
    assertTrue(err.toString().contains("bad.txt:3: "), err.toString());
  }

  @Test
  void autoChoosesTheModelTrainedOnTheCorpusScheme() {
    var ncbi =
        List.of(
            new PubTatorDocument(
                "1",
                "VHL gene.",
                "",
                List.of(new PubTatorAnnotation(0, 3, "VHL", "Modifier", "D006623", List.of())),
                List.of()));
    var cdr =
        List.of(
            new PubTatorDocument(
                "2",
                "Aspirin.",
                "",
                List.of(new PubTatorAnnotation(0, 7, "Aspirin", "Chemical", "D001241", List.of())),
                List.of()));

    assertEquals("ncbi-disease", EvalNerCommand.chooseModel("auto", ncbi));
    assertEquals("bc5cdr", EvalNerCommand.chooseModel("auto", cdr));
    assertEquals("bc5cdr", EvalNerCommand.chooseModel("bc5cdr", ncbi));
    assertEquals("none", EvalNerCommand.chooseModel("none", ncbi));
  }
}
