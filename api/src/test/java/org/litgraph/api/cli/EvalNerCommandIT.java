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
import picocli.CommandLine;

/**
 * {@code litgraph eval ner} with the real CoreNLP on the first five documents of NCBI-disease dev:
 * the table's shape, the error listing, and a last line that scripts can read.
 */
class EvalNerCommandIT {
  private static final Path NCBI_DEV =
      Path.of(System.getProperty("litgraph.shared", "../shared"))
          .resolve("corpora/ncbi-disease/NCBIdevelopset_corpus.txt");

  @Test
  void evaluatesAFiveDocumentSliceAndEndsWithTheMicroF1(@TempDir Path tmp) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LitGraphCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    Path errors = tmp.resolve("errors.tsv");

    int exit =
        cli.execute(
            "eval",
            "ner",
            "--corpus",
            NCBI_DEV.toString(),
            "--limit",
            "5",
            "--errors",
            errors.toString());

    assertEquals(0, exit, err.toString());
    List<String> lines = out.toString().lines().toList();
    assertTrue(
        lines.getFirst().startsWith("corpus: NCBIdevelopset_corpus.txt (5 documents"),
        out.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.matches("type\\s+gold\\s+pred\\s+tp\\s+precision.*")));
    // an NCBI-disease file: the model trained on its scheme is chosen by itself
    assertTrue(out.toString().contains("; CRF model: ncbi-disease (CRF for "), out.toString());
    assertTrue(
        out.toString().contains("disease modifiers inside other names kept"), out.toString());
    String disease = row(lines, "Disease");
    String micro = row(lines, "micro");
    assertTrue(disease.matches("Disease\\s+\\d+\\s+\\d+\\s+\\d+\\s+[01]\\.\\d{4}.*"), disease);
    assertEquals(disease.substring("Disease".length()).strip(), micro.substring(5).strip());
    String last = lines.getLast();
    assertTrue(last.matches("F1 [01]\\.\\d{4}"), last);
    double f1 = Double.parseDouble(last.substring(3));
    assertTrue(f1 >= 0 && f1 <= 1, last);
    assertTrue(err.toString().contains("[5/5] documents"), err.toString());
    List<String> errorLines = Files.readAllLines(errors);
    assertTrue(errorLines.getFirst().startsWith("#kind\tpmid"));
    assertTrue(
        errorLines.stream().skip(1).allMatch(l -> l.matches("(FP|FN|ID)\t\\d+\tDisease\t.*")),
        String.join("\n", errorLines));
  }

  @Test
  void aShippedModelIsChosenByNameAndNamedInTheReport() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new LitGraphCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));

    int exit =
        cli.execute(
            "eval", "ner", "--corpus", NCBI_DEV.toString(), "--limit", "2", "--model", "bc5cdr");

    assertEquals(0, exit);
    assertTrue(out.toString().contains("; CRF model: bc5cdr (CRF for "), out.toString());
    assertTrue(!out.toString().contains("modifiers inside other names kept"), out.toString());
  }

  @Test
  void anUnknownModelIsAUsageErrorNamingTheShippedOnes() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LitGraphCommand());
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));

    int exit =
        cli.execute("eval", "ner", "--corpus", NCBI_DEV.toString(), "--model", "no-such-model");

    assertEquals(2, exit);
    assertTrue(err.toString().contains("[bc5cdr, ncbi-disease]"), err.toString());
  }

  private static String row(List<String> lines, String type) {
    return lines.stream()
        .filter(l -> l.startsWith(type + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + type + " in\n" + lines));
  }
}
