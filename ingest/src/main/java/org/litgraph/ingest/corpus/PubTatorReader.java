package org.litgraph.ingest.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads corpora in PubTator format: {@code PMID|t|title} and {@code PMID|a|abstract} lines, then
 * one line per mention {@code PMID<TAB>start<TAB>end<TAB>mention<TAB>type[<TAB>id]}, relation lines
 * {@code PMID<TAB>relation<TAB>id1<TAB>id2} (skipped), documents separated by blank lines.
 *
 * <p>Every mention is checked against the text at its offsets, so a file whose offsets do not fit
 * its text is refused with the file, line and document named instead of training on shifted labels.
 */
public final class PubTatorReader {
  private static final Logger LOG = LoggerFactory.getLogger(PubTatorReader.class);

  private PubTatorReader() {}

  /**
   * Reads all documents of a file.
   *
   * @throws IllegalArgumentException naming file and line when a line is malformed or a mention's
   *     offsets lie outside its document
   */
  public static List<PubTatorDocument> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Reads all documents from a reader; {@code name} appears in error messages. */
  public static List<PubTatorDocument> read(BufferedReader in, String name) throws IOException {
    List<PubTatorDocument> documents = new ArrayList<>();
    Builder current = null;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        if (current != null) {
          documents.add(current.build());
          current = null;
        }
        continue;
      }
      int bar = line.indexOf('|');
      int tab = line.indexOf('\t');
      boolean textLine = bar > 0 && (tab < 0 || bar < tab) && line.length() > bar + 2;
      if (textLine && line.charAt(bar + 2) == '|') {
        String pmid = line.substring(0, bar);
        char kind = line.charAt(bar + 1);
        if (current == null || !current.pmid.equals(pmid)) {
          if (current != null) {
            documents.add(current.build());
          }
          current = new Builder(pmid);
        }
        current.addText(kind, line.substring(bar + 3), name, lineNo);
      } else if (tab > 0) {
        if (current == null) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": mention before any text");
        }
        current.addLine(line.split("\t", -1), name, lineNo);
      } else {
        throw new IllegalArgumentException(name + ":" + lineNo + ": not a PubTator line");
      }
    }
    if (current != null) {
      documents.add(current.build());
    }
    return documents;
  }

  private static final class Builder {
    final String pmid;
    String title = "";
    String abstractText = "";
    final List<PubTatorAnnotation> annotations = new ArrayList<>();

    Builder(String pmid) {
      this.pmid = pmid;
    }

    String text() {
      return abstractText.isEmpty() ? title : title + " " + abstractText;
    }

    void addText(char kind, String value, String name, int lineNo) {
      switch (kind) {
        case 't' -> title = value;
        case 'a' -> abstractText = value;
        default ->
            throw new IllegalArgumentException(
                name + ":" + lineNo + ": unknown text kind '" + kind + "'");
      }
    }

    void addLine(String[] f, String name, int lineNo) {
      if (!f[0].equals(pmid)) {
        throw new IllegalArgumentException(
            name + ":" + lineNo + ": line of " + f[0] + " inside document " + pmid);
      }
      if (f.length < 5 || !isNumber(f[1])) {
        return; // a relation line (PMID, relation, id1, id2)
      }
      int start = Integer.parseInt(f[1]);
      int end = Integer.parseInt(f[2]);
      String text = text();
      if (end > text.length() || start >= end) {
        throw new IllegalArgumentException(
            name
                + ":"
                + lineNo
                + ": document "
                + pmid
                + ": mention offsets "
                + start
                + ".."
                + end
                + " outside its text of "
                + text.length()
                + " characters");
      }
      String atOffsets = text.substring(start, end);
      if (!atOffsets.equals(f[3])) {
        LOG.warn(
            "{}:{}: document {}: mention '{}' differs from the text at its offsets, '{}'; kept"
                + " by offsets",
            name,
            lineNo,
            pmid,
            f[3],
            atOffsets);
      }
      annotations.add(
          new PubTatorAnnotation(start, end, atOffsets, f[4], f.length > 5 ? f[5] : ""));
    }

    PubTatorDocument build() {
      return new PubTatorDocument(pmid, text(), annotations);
    }

    private static boolean isNumber(String s) {
      return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
  }
}
