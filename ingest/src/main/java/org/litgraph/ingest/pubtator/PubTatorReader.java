package org.litgraph.ingest.pubtator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PubTator files: {@code PMID|t|title}, {@code PMID|a|abstract}, then annotation lines {@code
 * PMID<TAB>start<TAB>end<TAB>mention<TAB>type<TAB>id} (BC5CDR adds a seventh column for the parts
 * of composite mentions) and relation lines {@code PMID<TAB>relation<TAB>id1<TAB>id2...}; documents
 * are separated by blank lines.
 *
 * <p>Every annotation is checked against the text it points into (title, a space, abstract): its
 * offsets must lie inside and its mention must equal the text there, up to surrounding whitespace.
 * A line that fails a check raises {@link PubTatorFormatException} naming the file and line: an
 * evaluation on a silently misread corpus would report wrong figures. Duplicate PMIDs (the
 * NCBI-disease train split has one) are kept as separate documents.
 */
public final class PubTatorReader {
  private static final Pattern TEXT_LINE = Pattern.compile("([^|\\t]+)\\|([ta])\\|(.*)");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");

  private final String source;
  private final List<PubTatorDocument> documents = new ArrayList<>();
  private int lineNo;
  private String pmid;
  private String title;
  private String abstractText;
  private List<PubTatorAnnotation> annotations;
  private List<PubTatorRelation> relations;

  private PubTatorReader(String source) {
    this.source = source;
  }

  /** Reads a UTF-8 PubTator file. */
  public static List<PubTatorDocument> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads PubTator text.
   *
   * @param source the name used in error messages (usually the file's path)
   * @throws PubTatorFormatException at the first line that does not fit the format
   */
  public static List<PubTatorDocument> read(Reader in, String source) throws IOException {
    PubTatorReader reader = new PubTatorReader(source);
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    while ((line = lines.readLine()) != null) {
      reader.lineNo++;
      reader.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    reader.finish();
    return List.copyOf(reader.documents);
  }

  private void accept(String line) {
    if (line.isBlank()) {
      finish();
      return;
    }
    Matcher text = TEXT_LINE.matcher(line);
    if (text.matches()) {
      textLine(text.group(1), text.group(2), text.group(3));
    } else if (line.indexOf('\t') >= 0) {
      tabbedLine(line.split("\t", -1));
    } else {
      throw error(
          "expected 'PMID|t|title', 'PMID|a|abstract', an annotation or relation line, "
              + "or a blank line; found '"
              + excerpt(line)
              + "'");
    }
  }

  private void textLine(String id, String kind, String content) {
    if (kind.equals("t")) {
      if (pmid != null) {
        finish(); // tolerate a missing blank line between documents
      }
      pmid = id;
      title = content;
      annotations = new ArrayList<>();
      relations = new ArrayList<>();
      return;
    }
    if (pmid == null || !pmid.equals(id)) {
      throw error("abstract of document " + id + " without its title line before it");
    }
    if (abstractText != null) {
      throw error("second abstract line for document " + id);
    }
    abstractText = content;
  }

  private void tabbedLine(String[] f) {
    if (pmid == null) {
      throw error("annotation or relation line before any title line");
    }
    if (!f[0].equals(pmid)) {
      throw error("line for document " + f[0] + " inside document " + pmid);
    }
    if (f.length > 1 && INTEGER.matcher(f[1]).matches()) {
      annotations.add(annotation(f));
    } else if (f.length >= 3 && !f[1].isBlank()) {
      relations.add(new PubTatorRelation(f[1], Arrays.asList(f).subList(2, f.length)));
    } else {
      throw error("a relation line needs PMID, relation and at least one argument");
    }
  }

  private PubTatorAnnotation annotation(String[] f) {
    if (f.length < 5) {
      throw error("an annotation needs PMID, start, end, mention and type; found " + f.length);
    }
    if (!INTEGER.matcher(f[2]).matches()) {
      throw error("annotation end is not a number: '" + excerpt(f[2]) + "'");
    }
    int start = parseOffset(f[1]);
    int end = parseOffset(f[2]);
    String text = currentText();
    if (start < 0 || end <= start || end > text.length()) {
      throw error(
          "annotation offsets "
              + start
              + ".."
              + end
              + " outside the document text of length "
              + text.length());
    }
    String mention = f[3];
    if (!text.substring(start, end).strip().equals(mention.strip())) {
      throw error(
          "annotation mention '"
              + excerpt(mention)
              + "' differs from the text at "
              + start
              + ".."
              + end
              + ": '"
              + excerpt(text.substring(start, end))
              + "'");
    }
    String type = f[4].strip();
    if (type.isEmpty()) {
      throw error("annotation type is empty");
    }
    String rawId = f.length > 5 ? f[5] : "";
    return new PubTatorAnnotation(start, end, mention, type, rawId, PubTatorIds.parse(rawId));
  }

  private int parseOffset(String field) {
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw error("annotation offset out of range: '" + excerpt(field) + "'");
    }
  }

  private String currentText() {
    return title + " " + (abstractText == null ? "" : abstractText);
  }

  private void finish() {
    if (pmid != null) {
      documents.add(
          new PubTatorDocument(
              pmid, title, abstractText == null ? "" : abstractText, annotations, relations));
    }
    pmid = null;
    title = null;
    abstractText = null;
    annotations = null;
    relations = null;
  }

  private PubTatorFormatException error(String reason) {
    return new PubTatorFormatException(source, lineNo, reason);
  }

  private static String excerpt(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
