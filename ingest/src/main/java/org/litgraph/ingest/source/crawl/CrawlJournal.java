package org.litgraph.ingest.source.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The crawl's append-only journal on disk: one line per event, each line forced to disk before the
 * crawl goes on, so a crawl killed at any point resumes from the last line written. A line torn by
 * a crash is ignored on replay. {@link #rewrite} compacts the journal to a snapshot (the live
 * records only), written to a temporary file, forced, and renamed over the journal atomically, so a
 * crash during compaction leaves the old journal or the new one, never half of either.
 *
 * <p>Lines are tab-separated fields with backslash escapes, first field the record type: {@code Q}
 * queued (depth, url), {@code D} done (url, status), {@code P} page (url, etag, last-modified,
 * content hash, links) and {@code E} end of a run.
 */
final class CrawlJournal implements AutoCloseable {
  /** One journal record. */
  sealed interface Entry {}

  /** A page was put on the frontier at this depth. */
  record Queued(String url, int depth) implements Entry {}

  /** A page is finished for this run with a status name. */
  record Done(String url, String status) implements Entry {}

  /** What a fetch of a page left for the next one: validators, content hash, links. */
  record Page(
      String url,
      Optional<String> etag,
      Optional<String> lastModified,
      String hash,
      List<String> links)
      implements Entry {
    Page {
      links = List.copyOf(links);
    }
  }

  /** The run finished: the frontier is empty and the next crawl starts a new run. */
  record RunEnd() implements Entry {}

  static final String FILE = "frontier.journal";

  private final Path file;
  private FileChannel channel;

  private CrawlJournal(Path file) throws IOException {
    this.file = file;
    this.channel = openChannel(file);
  }

  /** Opens (creating) the journal in {@code dir}. */
  static CrawlJournal open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new CrawlJournal(dir.resolve(FILE));
  }

  private static FileChannel openChannel(Path file) throws IOException {
    return FileChannel.open(
        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** Every complete, well-formed record in order. */
  List<Entry> replay() throws IOException {
    List<Entry> entries = new ArrayList<>();
    String content = Files.readString(file, StandardCharsets.UTF_8);
    int end = content.lastIndexOf('\n');
    if (end < 0) {
      return entries;
    }
    for (String line : content.substring(0, end).split("\n")) {
      parse(line).ifPresent(entries::add);
    }
    return entries;
  }

  /** Appends a record (durable after the next {@link #sync}). */
  void append(Entry entry) {
    try {
      ByteBuffer bytes = ByteBuffer.wrap(line(entry).getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crawl journal " + file, e);
    }
  }

  /** Forces the appended records to disk (fsync). */
  void sync() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sync the crawl journal " + file, e);
    }
  }

  /** Replaces the journal with these records (a compacted snapshot), atomically. */
  void rewrite(List<Entry> entries) throws IOException {
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      StringBuilder b = new StringBuilder();
      for (Entry e : entries) {
        b.append(line(e));
      }
      ByteBuffer bytes = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      out.force(true);
    }
    channel.close();
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory(file.getParent());
    channel = openChannel(file);
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // some file systems cannot open a directory for syncing; the rename is still atomic
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static String line(Entry entry) {
    List<String> f =
        switch (entry) {
          case Queued q -> List.of("Q", Integer.toString(q.depth()), q.url());
          case Done d -> List.of("D", d.url(), d.status());
          case Page p ->
              List.of(
                  "P",
                  p.url(),
                  p.etag().orElse(""),
                  p.lastModified().orElse(""),
                  p.hash(),
                  String.join(" ", p.links()));
          case RunEnd r -> List.of("E");
        };
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) {
        b.append('\t');
      }
      b.append(escape(f.get(i)));
    }
    return b.append('\n').toString();
  }

  private static Optional<Entry> parse(String line) {
    String[] f = line.split("\t", -1);
    for (int i = 0; i < f.length; i++) {
      f[i] = unescape(f[i]);
    }
    try {
      return switch (f[0]) {
        case "Q" -> f.length == 3 ? Optional.of(new Queued(f[2], Integer.parseInt(f[1]))) : none();
        case "D" -> f.length == 3 ? Optional.of(new Done(f[1], f[2])) : none();
        case "P" ->
            f.length == 6
                ? Optional.of(
                    new Page(
                        f[1],
                        Optional.of(f[2]).filter(s -> !s.isEmpty()),
                        Optional.of(f[3]).filter(s -> !s.isEmpty()),
                        f[4],
                        f[5].isEmpty() ? List.of() : List.of(f[5].split(" "))))
                : none();
        case "E" -> Optional.of(new RunEnd());
        default -> none();
      };
    } catch (NumberFormatException e) {
      return none(); // a damaged line: skipped like a torn one
    }
  }

  private static Optional<Entry> none() {
    return Optional.empty();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
