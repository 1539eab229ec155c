package org.litgraph.api.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (issue 8): a corpus is ingested in a child JVM that is killed with SIGKILL at random
 * moments — while the stores start, while models load, in the middle of annotating or writing a
 * document — and resumed each time; the result must equal a clean single run, with Neo4j and Lucene
 * agreeing and Lucene's CheckIndex passing (see {@link StoreSnapshot}).
 *
 * <p>CI runs a reduced but real configuration (8 abstracts, 3 kills: one during start-up, two after
 * the child has stored one to three more documents). {@code -Dlitgraph.crash.full=true} runs the
 * full one: 90 abstracts and 22 kills, most of them after the child has written one to three more
 * documents plus a random delay, so kills land inside annotation, the graph transaction, indexing
 * and commits. {@code -Dlitgraph.crash.seed=N} replays a run (the seed is printed).
 */
class CrashResumeIT {
  private static final boolean FULL = Boolean.getBoolean("litgraph.crash.full");
  // documents are written in batches of CrashIngestChild.BATCH, so each kill moves the run on by
  // a batch or more: the full run needs enough documents for all its kills
  private static final int DOCS = FULL ? 90 : 8;
  private static final int KILLS = FULL ? 22 : 3;
  private static final long CHILD_TIMEOUT_S = 600;

  @TempDir Path dir;

  @Test
  void killedAndResumedIngestEqualsACleanRun() throws Exception {
    long seed = Long.getLong("litgraph.crash.seed", System.nanoTime());
    System.out.println("CrashResumeIT seed " + seed + ", " + DOCS + " docs, " + KILLS + " kills");
    Random random = new Random(seed);
    Path corpus = CrashCorpus.write(dir.resolve("corpus.PubTator"), DOCS);

    Path clean = dir.resolve("clean");
    Path crashed = dir.resolve("crashed");
    List<String> kills = new ArrayList<>();
    while (kills.size() < KILLS) {
      long t = System.nanoTime();
      // the first kill always lands in start-up (store recovery, schema, model loading)
      String moment = runAndKill(crashed, corpus, random, kills.isEmpty());
      System.out.printf(
          "kill %d: %s (child ran %d ms)%n", kills.size() + 1, moment, millisSince(t));
      if (moment == null) {
        // the child finished before the chosen moment: everything is stored; start over is
        // pointless, so the remaining kills are spent during start-up of further resumes
        System.out.println("child finished before its kill; " + kills.size() + " kills so far");
        break;
      }
      kills.add(moment);
    }
    long t1 = System.nanoTime();
    // one last child resumes the killed store to the end, then ingests the corpus into a fresh
    // store: the clean single run to compare with
    assertEquals(0, runToEnd(corpus, crashed, clean), "the resumed or the clean run fails");
    System.out.println("final resume and clean run: " + millisSince(t1) + " ms; kills: " + kills);
    assertTrue(kills.size() >= Math.min(KILLS, 3), "too few kills landed: " + kills);

    StoreSnapshot expected = StoreSnapshot.read(clean);
    StoreSnapshot actual = StoreSnapshot.read(crashed);
    assertEquals(DOCS, expected.documentIds().size(), "clean run documents");
    actual.assertConsistent();
    expected.assertConsistent();
    assertEquals(expected.counts(), actual.counts(), "graph counts after kills");
    assertEquals(expected.documentIds(), actual.documentIds());
    assertEquals(expected.entityIds(), actual.entityIds());
    assertEquals(expected.claimIds(), actual.claimIds());
    assertEquals(expected.mentionKeys(), actual.mentionKeys());
    assertEquals(expected.indexedSentences(), actual.indexedSentences());
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private static Process start(Path corpus, Path... data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx1500m",
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                CrashIngestChild.class.getName(),
                corpus.toString()));
    for (Path d : data) {
      command.add(d.toString());
    }
    return new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectOutput(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  /** Lines of the child's stdout, read on a thread so the parent can wait with a timeout. */
  private static BlockingQueue<String> lines(Process p) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  queue.add(line);
                }
              } catch (IOException e) {
                // the child was killed: its pipe closes
              }
              queue.add("<eof>");
            });
    reader.setDaemon(true);
    reader.start();
    return queue;
  }

  private static int runToEnd(Path corpus, Path... data) throws Exception {
    Process p = start(corpus, data);
    BlockingQueue<String> out = lines(p);
    assertTrue(p.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS), "child did not finish");
    List<String> seen = new ArrayList<>();
    out.drainTo(seen);
    assertTrue(seen.contains("finished"), "child output: " + seen);
    return p.exitValue();
  }

  /**
   * Starts the child and kills it: when asked, and else a quarter of the time, at a random point of
   * its start-up (store recovery, schema, model loading), else after it has stored one to three
   * more documents plus up to 400 ms, which lands in the next document's annotation, graph write or
   * indexing.
   *
   * @return where the kill landed, or null when the child finished first
   */
  private static String runAndKill(Path data, Path corpus, Random random, boolean startUp)
      throws Exception {
    Process p = start(corpus, data);
    BlockingQueue<String> out = lines(p);
    String moment;
    if (startUp || random.nextInt(4) == 0) {
      long delay = 500 + random.nextInt(8_000);
      String line = waitForLine(out, "finished", delay);
      if (line != null) {
        p.waitFor();
        return null;
      }
      moment = "start-up+" + delay + "ms";
    } else {
      int docs = 1 + random.nextInt(3);
      int written = 0;
      String last = "";
      while (written < docs) {
        String line = out.poll(CHILD_TIMEOUT_S, TimeUnit.SECONDS);
        if (line == null || line.equals("finished") || line.equals("<eof>")) {
          p.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS);
          return null;
        }
        if (line.startsWith("done ") && !line.endsWith("UNCHANGED")) {
          written++;
          last = line;
        }
      }
      long jitter = random.nextInt(400);
      Thread.sleep(jitter);
      moment = last + "+" + jitter + "ms";
    }
    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed child did not exit");
    return moment;
  }

  /** Waits up to {@code millis} for a line; returns it if it came, else null. */
  private static String waitForLine(BlockingQueue<String> out, String wanted, long millis)
      throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      String line = out.poll(left, TimeUnit.NANOSECONDS);
      if (line != null && (line.equals(wanted) || line.equals("<eof>"))) {
        return line;
      }
    }
  }

  /** The first abstracts of BC5CDR train, as one PubTator file. */
  static final class CrashCorpus {
    private CrashCorpus() {}

    static Path write(Path target, int docs) throws IOException {
      Path source =
          Path.of(System.getProperty("litgraph.shared", "../shared"))
              .resolve("corpora/bc5cdr/CDR_TrainingSet.PubTator.txt");
      StringBuilder sb = new StringBuilder();
      int count = 0;
      for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (sb.length() > 0 && !sb.toString().endsWith("\n\n")) {
            sb.append('\n');
            if (++count == docs) {
              break;
            }
          }
          continue;
        }
        if (line.contains("|t|") || line.contains("|a|")) {
          sb.append(line).append('\n');
        }
      }
      return Files.writeString(target, sb.toString());
    }
  }
}
