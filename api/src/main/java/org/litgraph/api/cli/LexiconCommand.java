package org.litgraph.api.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.litgraph.ingest.lexicon.CommonSurfaceMiner;
import org.litgraph.ingest.lexicon.LexiconBuilder;
import org.litgraph.ingest.lexicon.LexiconFile;
import org.litgraph.ingest.lexicon.LexiconRow;
import org.litgraph.ingest.lexicon.StopList;
import org.litgraph.ingest.lexicon.VocabularyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code litgraph lexicon build}: derives the packaged lexicon from the vocabulary files. */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "Build the entity lexicon from vocabulary files.",
    subcommands = {LexiconCommand.Build.class, LexiconCommand.CommonSurfaces.class})
final class LexiconCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code litgraph lexicon build --vocab DIR --out FILE}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description =
          "Read MeSH, CL, GO, NCBI Gene, NCBI Taxonomy, DO, UBERON and MONDO files and write the"
              + " lexicon as gzip TSV (deterministic: the same inputs give the same bytes).")
  static final class Build implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--vocab",
        required = true,
        paramLabel = "DIR",
        description = "Vocabulary directory, e.g. ../shared/vocab.")
    Path vocab;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description =
            "Output file, e.g."
                + " ingest/src/main/resources/org/litgraph/ingest/entity/lexicon.tsv.gz.")
    Path out;

    @Override
    public Integer call() throws IOException {
      var err = spec.commandLine().getErr();
      VocabularyFiles files;
      try {
        files = new VocabularyFiles(vocab).requireComplete();
      } catch (IllegalArgumentException e) {
        err.println("lexicon build: " + e.getMessage());
        return 2;
      }
      long started = System.nanoTime();
      List<LexiconRow> rows = new LexiconBuilder(files, StopList.standard()).build();
      LexiconFile.write(rows, out);
      var stdout = spec.commandLine().getOut();
      Map<String, Long> entities = new TreeMap<>();
      rows.stream()
          .map(r -> r.category() + "\t" + r.id())
          .distinct()
          .forEach(k -> entities.merge(k.substring(0, k.indexOf('\t')), 1L, Long::sum));
      stdout.printf(
          "%d rows, %d entities in %.1f s -> %s%n",
          rows.size(),
          entities.values().stream().mapToLong(Long::longValue).sum(),
          (System.nanoTime() - started) / 1e9,
          out);
      entities.forEach((category, n) -> stdout.printf("  %-20s %,9d entities%n", category, n));
      return 0;
    }
  }

  /**
   * {@code litgraph lexicon common-surfaces}: mines the surfaces that are frequent but never
   * annotated in the corpora's train splits, for the reviewed stop-list resource.
   */
  @Command(
      name = "common-surfaces",
      mixinStandardHelpOptions = true,
      description =
          "Find lexicon surfaces frequent in the train splits of ../shared/corpora but (almost)"
              + " never annotated there; writes the mined stop-list resource.")
  static final class CommonSurfaces implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--vocab", required = true, paramLabel = "DIR", description = "Vocabularies.")
    Path vocab;

    @Option(
        names = "--corpora",
        required = true,
        paramLabel = "DIR",
        description = "Gold corpora, e.g. ../shared/corpora (train splits only are read).")
    Path corpora;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description =
            "Output, e.g. ingest/src/main/resources/org/litgraph/ingest/lexicon/common-surfaces.tsv.")
    Path out;

    @Override
    public Integer call() throws IOException {
      VocabularyFiles files;
      try {
        files = new VocabularyFiles(vocab).requireComplete();
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("lexicon common-surfaces: " + e.getMessage());
        return 2;
      }
      List<LexiconRow> rows = new LexiconBuilder(files, StopList.curated()).build();
      List<CommonSurfaceMiner.Count> common =
          CommonSurfaceMiner.mine(rows, CommonSurfaceMiner.trainTexts(corpora));
      CommonSurfaceMiner.write(common, out);
      spec.commandLine().getOut().printf("%d common surfaces -> %s%n", common.size(), out);
      return 0;
    }
  }
}
