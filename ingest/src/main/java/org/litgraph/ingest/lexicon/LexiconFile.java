package org.litgraph.ingest.lexicon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the lexicon as gzip-compressed TSV: a header line, then one row per surface in {@link
 * LexiconRow#FILE_ORDER}, {@code \n} line ends. Java's gzip header carries no timestamp or file
 * name, so the same rows give the same bytes.
 */
public final class LexiconFile {
  public static final String HEADER = "#surface\tid\tcategory\tname\txrefs\tflags";

  private LexiconFile() {}

  public static void write(List<LexiconRow> rows, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream file = Files.newOutputStream(tmp);
        GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16);
        BufferedWriter w =
            new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(HEADER);
      w.write('\n');
      for (LexiconRow r : rows) {
        w.write(r.line());
        w.write('\n');
      }
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
