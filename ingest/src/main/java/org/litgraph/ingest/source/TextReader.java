package org.litgraph.ingest.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litgraph.graph.model.DocumentKind;

/**
 * Reads plain text. An optional front-matter block ({@code key: value} lines up to a {@code ---}
 * line; keys {@code title}, {@code published}, {@code kind}) supplies metadata. Without it, a
 * leading date line becomes the publication date and the longest of the first lines that does not
 * read like a sentence becomes the title, which fits pasted news pages.
 */
public final class TextReader {
  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

  public SourceDocument read(String source, String raw) throws SourceException {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("title:") || text.startsWith("published:") || text.startsWith("kind:")) {
      return withFrontMatter(source, text);
    }
    if (text.isBlank()) {
      throw new SourceException(source, "no text to ingest (the file is empty or blank)");
    }
    String[] lines = text.split("\n", 40);
    Optional<LocalDate> published = Optional.empty();
    String title = null;
    int seen = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.length() > 200) {
        continue;
      }
      if (published.isEmpty() && seen == 0) {
        published = parseDate(l);
        if (published.isPresent()) {
          continue;
        }
      }
      if (++seen > 10) {
        break;
      }
      boolean sentenceLike = l.endsWith(".") || l.split("\\s+").length > 25;
      if (!sentenceLike && (title == null || l.length() > title.length())) {
        title = l;
      }
    }
    return new SourceDocument(
        source, Optional.ofNullable(title), published, DocumentKind.TEXT, text.strip());
  }

  private SourceDocument withFrontMatter(String source, String text) throws SourceException {
    int end = text.indexOf("\n---\n");
    if (end < 0) {
      throw new SourceException(source, "front matter is not closed by a '---' line");
    }
    Optional<String> title = Optional.empty();
    Optional<LocalDate> published = Optional.empty();
    DocumentKind kind = DocumentKind.TEXT;
    for (String line : text.substring(0, end).split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new SourceException(source, "front matter line is not 'key: value': " + line);
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      try {
        switch (key) {
          case "title" -> title = Optional.of(value).filter(v -> !v.isEmpty());
          case "published" -> published = Optional.of(LocalDate.parse(value));
          case "kind" -> kind = DocumentKind.parse(value);
          default -> {
            /* unknown keys are kept out of the text and ignored */
          }
        }
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new SourceException(source, "bad front matter value for '" + key + "': " + value, e);
      }
    }
    String body = text.substring(end + 5).strip();
    if (body.isEmpty()) {
      throw new SourceException(source, "no text after the front matter");
    }
    return new SourceDocument(source, title, published, kind, body);
  }

  static Optional<LocalDate> parseDate(String line) {
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(line, f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
