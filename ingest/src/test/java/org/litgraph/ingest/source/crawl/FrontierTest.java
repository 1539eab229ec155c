package org.litgraph.ingest.source.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent frontier: replay, torn lines, compaction, run ends. */
class FrontierTest {
  @TempDir Path dir;

  private static CrawlJournal.Page page(String url, String hash) {
    return new CrawlJournal.Page(
        url, Optional.of("\"e\ttag\""), Optional.empty(), hash, List.of("https://a.example/x"));
  }

  @Test
  void reopenedFrontierHasThePendingPagesAndTheMemoryOfFetchedOnes() throws Exception {
    try (Frontier f = Frontier.open(dir)) {
      assertFalse(f.inProgress());
      f.enqueue("https://a.example/", 0);
      f.enqueue("https://a.example/b", 1);
      f.enqueue("https://a.example/c", 1);
      f.remember(page("https://a.example/", "h1"));
      f.done("https://a.example/", "FETCHED");
    }
    try (Frontier f = Frontier.open(dir)) {
      assertTrue(f.inProgress());
      assertEquals(Map.of("https://a.example/b", 1, "https://a.example/c", 1), f.pending());
      assertTrue(f.isDone("https://a.example/"));
      assertFalse(f.enqueue("https://a.example/", 0), "done pages are not queued again");
      assertEquals(Optional.of("\"e\ttag\""), f.page("https://a.example/").orElseThrow().etag());
      assertEquals(Optional.of("https://a.example/"), f.urlWithHash("h1"));
    }
  }

  @Test
  void tornLastLineIsIgnoredAndRepairedByCompaction() throws Exception {
    try (Frontier f = Frontier.open(dir)) {
      f.enqueue("https://a.example/", 0);
    }
    Path journal = dir.resolve(CrawlJournal.FILE);
    Files.writeString(
        journal, "Q\t1\thttps://a.exa", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (Frontier f = Frontier.open(dir)) {
      assertEquals(Map.of("https://a.example/", 0), f.pending());
      f.enqueue("https://a.example/z", 1);
    }
    try (Frontier f = Frontier.open(dir)) {
      assertEquals(Map.of("https://a.example/", 0, "https://a.example/z", 1), f.pending());
    }
  }

  @Test
  void endedRunStartsAfreshButKeepsPageMemory() throws Exception {
    try (Frontier f = Frontier.open(dir)) {
      f.enqueue("https://a.example/", 0);
      f.remember(page("https://a.example/", "h1"));
      f.done("https://a.example/", "FETCHED");
      f.endRun();
    }
    try (Frontier f = Frontier.open(dir)) {
      assertFalse(f.inProgress());
      assertTrue(f.enqueue("https://a.example/", 0), "a new run fetches the page again");
      assertTrue(f.page("https://a.example/").isPresent());
    }
    List<String> lines = Files.readAllLines(dir.resolve(CrawlJournal.FILE));
    assertEquals(2, lines.size(), "compacted to the page memory and the new queue: " + lines);
  }
}
