package org.litgraph.ingest.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/** Something to ingest: a file, a web address, or a resource bundled with LitGraph. */
public sealed interface SourceRef {
  /** The canonical name the document id is derived from. */
  String canonical();

  /** A file on disk. */
  record FileRef(Path path) implements SourceRef {
    public FileRef {
      path = path.toAbsolutePath().normalize();
    }

    @Override
    public String canonical() {
      return path.toUri().toString();
    }
  }

  /** An http(s) address. */
  record UrlRef(URI uri) implements SourceRef {
    public UrlRef {
      Objects.requireNonNull(uri, "uri");
    }

    @Override
    public String canonical() {
      return uri.normalize().toString();
    }
  }

  /** Text already in memory (a bundled demo file, a pasted text). */
  record TextRef(String name, String text) implements SourceRef {
    public TextRef {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String canonical() {
      return name;
    }
  }
}
