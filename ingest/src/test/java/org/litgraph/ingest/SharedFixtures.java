package org.litgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared}, the read-only data every session and CI see. Failsafe passes its
 * absolute path as the system property {@code litgraph.shared}; from an IDE the tests fall back to
 * {@code ../shared} next to the project root (the module directory's parent). Fixture texts are
 * read from there and never copied into the repository.
 */
public final class SharedFixtures {
  private SharedFixtures() {}

  /** The shared directory; fails the calling test with a clear message when it is missing. */
  public static Path root() {
    String property = System.getProperty("litgraph.shared");
    Path root =
        property != null && !property.isBlank()
            ? Path.of(property)
            : Path.of("").toAbsolutePath().getParent().resolve("../shared");
    root = root.toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(root), "shared data directory not found at " + root);
    return root;
  }

  /** A file under the shared directory, e.g. {@code fixtures/news/000_4e386e49d09706d8.txt}. */
  public static Path file(String relative) {
    Path file = root().resolve(relative);
    assertTrue(Files.isRegularFile(file), "shared fixture missing: " + file);
    return file;
  }
}
