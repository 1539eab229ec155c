package org.litgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import org.litgraph.ingest.pubtator.PubTatorReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads the PubTator corpus named on the command line, with usage errors for bad arguments. */
final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * The first {@code limit} documents of the corpus (all when {@code limit} is null).
   *
   * @throws ParameterException (exit code 2) when the file is missing or the limit is not positive
   */
  static List<PubTatorDocument> read(CommandSpec spec, Path corpus, Integer limit, String hint)
      throws IOException {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "the document limit must be at least 1");
    }
    if (!Files.isRegularFile(corpus)) {
      throw new ParameterException(
          spec.commandLine(), "corpus file not found: " + corpus.toAbsolutePath() + hint);
    }
    List<PubTatorDocument> docs = PubTatorReader.read(corpus);
    return limit == null || limit >= docs.size() ? docs : docs.subList(0, limit);
  }
}
