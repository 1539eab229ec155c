package org.litgraph.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.SharedFixtures;

class JatsReaderTest {
  private final SourceReaders readers = new SourceReaders(SourceLimits.defaults());

  private SourceDocument read(Path file) throws Exception {
    List<SourceDocument> docs =
        readers.read(file.toUri().toString(), file.toString(), Files.readAllBytes(file));
    assertEquals(1, docs.size());
    return docs.getFirst();
  }

  private static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(SharedFixtures.root().resolve("fixtures/pmc"))) {
      return files.filter(f -> f.toString().endsWith(".nxml")).sorted().toList();
    }
  }

  @Test
  void readsEveryPmcFixtureWithIdsTitleTextAndReferences() throws Exception {
    List<Path> files = fixtures();
    assertEquals(8, files.size());
    for (Path f : files) {
      SourceDocument d = read(f);
      assertEquals(DocumentKind.ARTICLE, d.kind(), f.toString());
      assertTrue(
          d.source().startsWith("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC"), d.source());
      assertTrue(d.title().isPresent(), f.toString());
      assertTrue(d.metadata().id("pmid").isPresent(), f.toString());
      assertTrue(d.metadata().id("doi").isPresent(), f.toString());
      assertTrue(d.metadata().venue().isPresent(), f.toString());
      assertFalse(d.metadata().authors().isEmpty(), f.toString());
      assertTrue(d.metadata().citations().size() > 20, f + ": " + d.metadata().citations().size());
      assertTrue(d.published().isPresent(), f.toString());
      assertTrue(d.text().length() > 5_000, f.toString());
    }
  }

  @Test
  void keepsSectionTitlesAsParagraphsAndReferencesWithPmids() throws Exception {
    SourceDocument d = read(SharedFixtures.file("fixtures/pmc/pone.0046493.nxml"));

    assertEquals("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3460867/", d.source());
    assertEquals(Optional.of("PMC3460867"), d.metadata().id("pmcid"));
    assertEquals(Optional.of("10.1371/journal.pone.0046493"), d.metadata().id("doi"));
    assertEquals(List.of("research-article"), d.metadata().publicationTypes());
    assertTrue(d.text().contains("\n\nIntroduction\n\n"), d.text().substring(0, 3000));
    Citation first = d.metadata().citations().getFirst();
    assertEquals(Optional.of("1"), first.label());
    assertEquals(Optional.of("21127999"), first.id("pmid"));
    assertTrue(
        first.text().startsWith("Chakroborty A. (2011) Drug-resistant tuberculosis"), first.text());
  }

  @Test
  void prefersTheElectronicPublicationDate() throws Exception {
    SourceDocument d = read(SharedFixtures.file("fixtures/pmc/mds526.nxml"));
    assertEquals(Optional.of(LocalDate.of(2012, 11, 12)), d.published());
  }
}
