package org.litgraph.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads the tab-separated vocabulary files: skips the header line and {@code #} comments, strips
 * the double quotes some exports put around every field, and names the file and line when a row is
 * too short.
 */
final class TsvFiles {
  private TsvFiles() {}

  /** Calls {@code row} with the fields of every data row that has at least {@code minFields}. */
  static void forEachRow(Path file, int minFields, Consumer<String[]> row) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine(); // header
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minFields) {
          throw new IllegalArgumentException(
              file + ":" + lineNo + ": expected " + minFields + " fields, found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
          f[i] = unquote(f[i].strip());
        }
        row.accept(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
