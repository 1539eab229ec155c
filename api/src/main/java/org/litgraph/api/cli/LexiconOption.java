package org.litgraph.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.litgraph.ingest.entity.Lexicon;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --lexicon FILE}: the lexicon TSV recognition uses in {@code eval} and {@code bench}, so a
 * candidate lexicon can be measured before it is packaged. Default: the packaged lexicon the ingest
 * pipeline uses (the built vocabulary lexicon under the curated seed); {@code --lexicon seed}
 * measures the seed gazetteer alone.
 */
final class LexiconOption {
  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "Lexicon TSV (surface, id, category, name, xrefs) to recognise with."
              + " Default: the packaged standard lexicon; 'seed' for the seed gazetteer alone.")
  Path file;

  Lexicon load(CommandSpec spec) throws IOException {
    if (file == null) {
      return Lexicon.standard();
    }
    if (file.toString().equals("seed")) {
      return Lexicon.seed();
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "lexicon file not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Lexicon.read(in, file.toString());
    }
  }

  /** "lexicon: NAME (E entities, S surface forms)" for report headers. */
  String describe(Lexicon lexicon) {
    return String.format(
        Locale.ROOT,
        "lexicon: %s (%d entities, %d surface forms)",
        file == null ? "standard (built lexicon + seed)" : file.toString(),
        lexicon.entityCount(),
        lexicon.surfaceCount());
  }
}
