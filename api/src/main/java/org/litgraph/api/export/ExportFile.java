package org.litgraph.api.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One output file of an export: a buffered UTF-8 writer that counts the records written to it and
 * the time from opening to closing, for the summary, and reports progress as records pass.
 */
final class ExportFile implements AutoCloseable {
  private final Path path;
  private final BufferedWriter out;
  private final ExportProgress progress;
  private final long opened = System.nanoTime();
  private long closedAt;
  private long records;

  ExportFile(Path path, ExportProgress progress) {
    this.path = path;
    this.progress = progress;
    try {
      this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  Path path() {
    return path;
  }

  /** The writer, for formats that frame records themselves (XML, JSON, CSV). */
  Writer writer() {
    return out;
  }

  void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** Counts one record written. */
  void record() {
    records++;
    progress.tick(path.getFileName().toString(), records);
  }

  long records() {
    return records;
  }

  double seconds() {
    long end = closedAt == 0 ? System.nanoTime() : closedAt;
    return (end - opened) / 1e9;
  }

  @Override
  public void close() {
    if (closedAt != 0) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
    closedAt = System.nanoTime();
  }
}
