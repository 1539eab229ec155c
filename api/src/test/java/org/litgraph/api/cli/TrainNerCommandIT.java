package org.litgraph.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.ingest.nlp.CrfModel;
import picocli.CommandLine;

/**
 * {@code litgraph train ner} end to end on a few abstracts: the command, not the model's quality.
 */
class TrainNerCommandIT {
  private static final Path SHARED = Path.of(System.getProperty("litgraph.shared", "../shared"));

  /** The first {@code n} documents of a PubTator file, written to {@code to}. */
  private static Path head(String corpus, int n, Path to) throws IOException {
    String text = Files.readString(SHARED.resolve(corpus), StandardCharsets.UTF_8);
    List<String> documents = List.of(text.split("\n\n"));
    Files.writeString(to, String.join("\n\n", documents.subList(0, n)) + "\n");
    return to;
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LitGraphCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("litgraph: " + e.getMessage());
          return 1;
        });
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void trainsAndWritesALoadableModel(@TempDir Path dir) throws IOException {
    Path train = head("corpora/bc5cdr/CDR_TrainingSet.PubTator.txt", 30, dir.resolve("t.txt"));
    Path props = dir.resolve("fast.properties");
    Files.writeString(
        props,
        "useWord=true\nuseNGrams=true\nmaxNGramLeng=4\nuseGazFeatures=true\n"
            + "dropGaz=O\nusePrev=true\nuseNext=true\nuseSequences=true\nusePrevSequences=true\n"
            + "maxLeft=1\nmultiThreadGrad=1\ntolerance=1e-2\n");
    Path model = dir.resolve("models/ner.ser.gz");

    Run r =
        run(
            "train",
            "ner",
            "--corpus",
            train.toString(),
            "--out",
            model.toString(),
            "--props",
            props.toString());

    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("trained on Summary[documents=30"), r.out());
    assertTrue(r.out().contains("eval ner --model " + model), r.out());
    try (InputStream in = Files.newInputStream(model)) {
      CrfModel read = CrfModel.read(in, model.toString());
      assertTrue(read.description().contains("t.txt"), read.description());
      assertTrue(read.needsGazetteer(), "trained on the lexicon's names, which it does not store");
      assertTrue(read.trainingIdCount() > 50, "ids of the training names");
    }
  }

  @Test
  void aMissingCorpusFailsWithItsName(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");

    Run r =
        run("train", "ner", "--corpus", missing.toString(), "--out", dir.resolve("m").toString());

    assertEquals(1, r.exit());
    assertTrue(r.err().contains(missing.toString()), r.err());
  }

  @Test
  void anUnknownLabelSchemeIsRefused(@TempDir Path dir) throws IOException {
    Path train = head("corpora/bc5cdr/CDR_TrainingSet.PubTator.txt", 2, dir.resolve("t.txt"));
    Path props = dir.resolve("bad.properties");
    Files.writeString(props, "litgraph.labels=BILOU\n");

    Run r =
        run(
            "train",
            "ner",
            "--corpus",
            train.toString(),
            "--out",
            dir.resolve("m").toString(),
            "--props",
            props.toString());

    assertEquals(1, r.exit());
    assertTrue(r.err().contains("litgraph.labels must be IO or BIO, not BILOU"), r.err());
  }

  @Test
  void withoutOutputPathItIsAUsageError() {
    assertEquals(2, run("train", "ner", "--corpus", "x.txt").exit());
  }
}
