package org.litgraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Connection;
import org.jsoup.HttpStatusException;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;

/**
 * Resolves what the user named (files, directories, web addresses) and reads each into the {@link
 * SourceDocument}s it holds. Files go through {@link SourceReaders}: gzip is inflated and the
 * format (PubMed XML, JATS, BioC XML/JSON, ClinicalTrials.gov JSON, PubTator, HTML, text) is
 * recognised by content, not only by extension.
 */
public final class SourceLoader {
  private final SourceLimits limits;
  private final TextReader text = new TextReader();
  private final HtmlReader html = new HtmlReader();
  private final SourceReaders readers;

  public SourceLoader(SourceLimits limits) {
    this.limits = limits;
    this.readers = new SourceReaders(limits);
  }

  /**
   * Expands arguments into sources: a directory becomes its regular files (recursively, sorted,
   * hidden files and directories skipped), an {@code http(s)://} argument a web address.
   *
   * @throws SourceException for an argument that names nothing readable
   */
  public List<SourceRef> resolve(String argument) throws SourceException {
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        return List.of(new SourceRef.UrlRef(URI.create(argument)));
      } catch (IllegalArgumentException e) {
        throw new SourceException(argument, "not a valid URL: " + e.getMessage(), e);
      }
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
      throw new SourceException(argument, "only http and https addresses can be fetched");
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        List<SourceRef> refs = new ArrayList<>();
        files
            .filter(Files::isRegularFile)
            .filter(p -> !hidden(path.relativize(p)))
            .sorted()
            .forEach(p -> refs.add(new SourceRef.FileRef(p)));
        return refs;
      } catch (IOException e) {
        throw new SourceException(argument, "cannot list directory: " + e.getMessage(), e);
      }
    }
    if (!Files.exists(path)) {
      throw new SourceException(argument, "no such file or directory");
    }
    return List.of(new SourceRef.FileRef(path));
  }

  /**
   * Why a file found in a directory is not a document: licence, notice and readme files ship with
   * corpora ({@code LICENSE.aact} beside the trials). Named on its own, such a file is read.
   */
  public static Optional<String> ancillary(Path file) {
    String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
    for (String prefix : List.of("LICENSE", "LICENCE", "COPYING", "NOTICE", "README")) {
      if (name.startsWith(prefix)) {
        return Optional.of(
            "a "
                + prefix.toLowerCase(Locale.ROOT)
                + " file, not a document (name it to ingest it)");
      }
    }
    return Optional.empty();
  }

  /** True when a file or any directory below the named one is hidden ({@code .git/config}). */
  private static boolean hidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads one source into the documents it holds: one for a page or a text file, several for a file
   * that bundles records (a PubMed set, a PubTator file).
   *
   * @throws SourceException when the source cannot be read at all
   */
  public List<SourceDocument> load(SourceRef ref) throws SourceException {
    return switch (ref) {
      case SourceRef.FileRef f ->
          readers.read(ref.canonical(), f.path().toString(), readFile(f.path()));
      case SourceRef.UrlRef u -> List.of(fetch(u));
      case SourceRef.TextRef t -> readers.parse(ref.canonical(), t.name(), t.name(), t.text());
    };
  }

  private byte[] readFile(Path path) throws SourceException {
    String name = path.toString();
    try {
      long size = Files.size(path);
      if (size > limits.maxBytes()) {
        throw new SourceException(
            name, "file is " + size + " bytes; the limit is " + limits.maxBytes() + " bytes");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(size + 1, limits.maxBytes()));
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new SourceException(name, "no such file", e);
    } catch (IOException e) {
      throw new SourceException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  private SourceDocument fetch(SourceRef.UrlRef ref) throws SourceException {
    String url = ref.canonical();
    try {
      Connection.Response response =
          Jsoup.connect(url)
              .userAgent(limits.userAgent())
              .timeout((int) limits.timeout().toMillis())
              .maxBodySize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
              .followRedirects(true)
              .ignoreContentType(false)
              .execute();
      String type = response.contentType() == null ? "" : response.contentType();
      String body = response.body();
      if (type.startsWith("text/plain")) {
        return text.read(url, body);
      }
      return html.read(response.url().toString(), body);
    } catch (HttpStatusException e) {
      throw new SourceException(url, "HTTP " + e.getStatusCode() + " from server", e);
    } catch (UnsupportedMimeTypeException e) {
      throw new SourceException(url, "unsupported content type " + e.getMimeType(), e);
    } catch (IOException e) {
      throw new SourceException(url, "fetch failed: " + e.getMessage(), e);
    }
  }
}
