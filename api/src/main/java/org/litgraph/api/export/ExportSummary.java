package org.litgraph.api.export;

import java.util.List;

/**
 * What an export wrote: one line per file with its records, seconds and records per second.
 *
 * @param files per file figures, in the order written
 */
public record ExportSummary(List<FileFigures> files) {
  /** The figures of one file. */
  public record FileFigures(String file, long records, double seconds) {
    public double recordsPerSecond() {
      return seconds <= 0 ? records : records / seconds;
    }
  }

  public ExportSummary {
    files = List.copyOf(files);
  }

  static FileFigures of(ExportFile f) {
    return new FileFigures(f.path().getFileName().toString(), f.records(), f.seconds());
  }

  /** The figures of a file by name. */
  public FileFigures file(String name) {
    return files.stream()
        .filter(f -> f.file().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no file " + name + " in " + files));
  }
}
