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
import java.util.Set;
import java.util.stream.Stream;
import org.litgraph.ingest.source.web.AddressGuard;
import org.litgraph.ingest.source.web.FetchConfig;
import org.litgraph.ingest.source.web.FetchRequest;
import org.litgraph.ingest.source.web.FetchResult;
import org.litgraph.ingest.source.web.HostPoliteness;
import org.litgraph.ingest.source.web.RetryPolicy;
import org.litgraph.ingest.source.web.UrlCanonicalizer;
import org.litgraph.ingest.source.web.WebFetcher;

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
  private final WebFetcher fetcher;

  /** Media types a named web address may have. */
  private static final Set<String> PAGE_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain");

  /**
   * A loader whose web addresses go through a {@link WebFetcher} with the address guard (no private
   * addresses), the default retries and redirect limit, and no politeness delay (it fetches what
   * the user named, one address at a time).
   */
  public SourceLoader(SourceLimits limits) {
    this(limits, defaultFetcher(limits));
  }

  /** A loader with its own fetcher (e.g. one that allows private addresses, for tests). */
  public SourceLoader(SourceLimits limits, WebFetcher fetcher) {
    this.limits = limits;
    this.readers = new SourceReaders(limits);
    this.fetcher = fetcher;
  }

  /** The guarded fetcher {@link #SourceLoader(SourceLimits)} uses. */
  public static WebFetcher defaultFetcher(SourceLimits limits) {
    return new WebFetcher(
        new FetchConfig(
            limits.userAgent(),
            limits.timeout(),
            Math.min(limits.maxBytes(), Integer.MAX_VALUE - 8),
            FetchConfig.MAX_REDIRECTS,
            RetryPolicy.defaults()),
        new AddressGuard(false),
        new HostPoliteness(java.time.Duration.ZERO));
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

  /**
   * Fetches a named address through the guarded fetcher (robots.txt is not consulted: the user
   * named this one page, as with a browser; the crawler does consult it) and reads it as HTML or,
   * for {@code text/plain}, as text. The document's source is the canonical final address.
   */
  private SourceDocument fetch(SourceRef.UrlRef ref) throws SourceException {
    FetchResult result = fetcher.fetch(FetchRequest.of(ref.uri(), PAGE_TYPES));
    String url =
        UrlCanonicalizer.canonical(result.url()).map(URI::toString).orElse(ref.canonical());
    if (result.mediaType().equals("text/plain")) {
      return text.read(url, result.text());
    }
    return html.read(url, result.text());
  }
}
