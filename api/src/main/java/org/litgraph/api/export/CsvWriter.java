package org.litgraph.api.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, and a field quoted with
 * double quotes when it holds a comma, a quote, CR or LF (or leading/trailing spaces), a quote
 * inside being doubled. The first record is the header; every record must have its width.
 */
public final class CsvWriter implements AutoCloseable {
  private final Writer out;
  private final int width;
  private long records;

  /** Starts a file with its header row. */
  public CsvWriter(Writer out, List<String> header) {
    this.out = out;
    this.width = header.size();
    if (width == 0) {
      throw new IllegalArgumentException("a CSV file needs at least one column");
    }
    write(header);
    records = 0;
  }

  /** Writes one record; nulls are empty fields. */
  public void write(List<?> fields) {
    if (fields.size() != width) {
      throw new IllegalArgumentException(
          "record has " + fields.size() + " fields; the header has " + width);
    }
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        Object f = fields.get(i);
        out.write(quote(f == null ? "" : f.toString()));
      }
      out.write("\r\n");
      records++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Data records written (the header not counted). */
  public long records() {
    return records;
  }

  static String quote(String field) {
    boolean needs =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0
            || (!field.isEmpty() && (field.charAt(0) == ' ' || field.endsWith(" ")));
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
