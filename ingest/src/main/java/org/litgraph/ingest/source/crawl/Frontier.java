package org.litgraph.ingest.source.crawl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The crawl's frontier and memory, persisted in a {@link CrawlJournal}: the pages still to fetch in
 * this run (in discovery order, with their depth), the pages done in this run, and for every page
 * ever fetched its validators, content hash and links (kept across runs for conditional re-fetch,
 * duplicate detection and following the links of a page that answered 304).
 *
 * <p>Records reach the disk once per finished page ({@link #done}): one fsync per page rather than
 * one per queued link. A run ends when the frontier is empty; until then, opening the frontier
 * again resumes it (a crawl stopped by a kill, Ctrl-C or {@code --max-pages} goes on where it
 * stopped). Opening compacts the journal to a snapshot of the live records.
 */
final class Frontier implements AutoCloseable {
  private final CrawlJournal journal;
  private final LinkedHashMap<String, Integer> pending = new LinkedHashMap<>();
  private final Set<String> done = new HashSet<>();
  private final Map<String, CrawlJournal.Page> pages = new HashMap<>();
  private final Map<String, String> hashes = new HashMap<>();

  private Frontier(CrawlJournal journal) {
    this.journal = journal;
  }

  /** Opens the frontier in {@code dir}, replaying and compacting its journal. */
  static Frontier open(Path dir) throws IOException {
    CrawlJournal journal = CrawlJournal.open(dir);
    Frontier f = new Frontier(journal);
    for (CrawlJournal.Entry e : journal.replay()) {
      switch (e) {
        case CrawlJournal.Queued q -> {
          if (!f.done.contains(q.url())) {
            f.pending.putIfAbsent(q.url(), q.depth());
          }
        }
        case CrawlJournal.Done d -> {
          f.pending.remove(d.url());
          f.done.add(d.url());
        }
        case CrawlJournal.Page p -> f.rememberInMemory(p);
        case CrawlJournal.RunEnd r -> {
          f.pending.clear();
          f.done.clear();
        }
      }
    }
    f.compact();
    return f;
  }

  /** True when this run had already started: there are pages done or pending. */
  boolean inProgress() {
    return !pending.isEmpty() || !done.isEmpty();
  }

  /** Queues a page unless it is pending or done in this run. */
  boolean enqueue(String url, int depth) {
    if (done.contains(url) || pending.containsKey(url)) {
      return false;
    }
    pending.put(url, depth);
    journal.append(new CrawlJournal.Queued(url, depth));
    return true;
  }

  /** The pending pages in discovery order, url to depth (a read-only view). */
  Map<String, Integer> pending() {
    return Collections.unmodifiableMap(pending);
  }

  boolean isDone(String url) {
    return done.contains(url);
  }

  int doneCount() {
    return done.size();
  }

  /**
   * Marks a page done for this run (also a page's canonical address, so it is not fetched), and
   * makes everything recorded since the last page durable.
   */
  void done(String url, String status) {
    pending.remove(url);
    if (done.add(url)) {
      journal.append(new CrawlJournal.Done(url, status));
    }
    journal.sync();
  }

  /** Makes the records so far durable (after queueing the seeds). */
  void sync() {
    journal.sync();
  }

  /** What the last fetch of a page left, if it was ever fetched. */
  Optional<CrawlJournal.Page> page(String url) {
    return Optional.ofNullable(pages.get(url));
  }

  /** The page that had this content hash, if any. */
  Optional<String> urlWithHash(String hash) {
    return Optional.ofNullable(hashes.get(hash));
  }

  void remember(CrawlJournal.Page page) {
    rememberInMemory(page);
    journal.append(page);
  }

  private void rememberInMemory(CrawlJournal.Page page) {
    CrawlJournal.Page old = pages.put(page.url(), page);
    if (old != null && page.url().equals(hashes.get(old.hash()))) {
      hashes.remove(old.hash());
    }
    hashes.putIfAbsent(page.hash(), page.url());
  }

  /** The frontier is empty: the run is over, the next crawl starts afresh (keeping page memory). */
  void endRun() throws IOException {
    journal.append(new CrawlJournal.RunEnd());
    pending.clear();
    done.clear();
    compact();
  }

  private void compact() throws IOException {
    List<CrawlJournal.Entry> snapshot = new ArrayList<>(pages.values());
    for (String url : done) {
      snapshot.add(new CrawlJournal.Done(url, "done"));
    }
    pending.forEach((url, depth) -> snapshot.add(new CrawlJournal.Queued(url, depth)));
    journal.rewrite(snapshot);
  }

  @Override
  public void close() throws IOException {
    journal.close();
  }
}
