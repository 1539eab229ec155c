package org.litgraph.ingest.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.ingest.source.SourceException;
import org.litgraph.ingest.source.SourceFormat;
import org.litgraph.ingest.source.SourceLimits;
import org.litgraph.ingest.source.SourceLoader;
import org.litgraph.ingest.source.SourceReaders;
import org.litgraph.ingest.source.SourceRef;

/**
 * Times the readers alone (file bytes to {@link org.litgraph.ingest.source.SourceDocument}s, no
 * NLP, no store): files are read from disk once, then parsed {@code rounds} times after one untimed
 * warm-up round, and documents per second are reported per detected format.
 */
public final class ReaderBenchmark {
  private final SourceReaders readers = new SourceReaders(SourceLimits.defaults());
  private final SourceLoader loader = new SourceLoader(SourceLimits.defaults());

  /**
   * Throughput of one reader: the detected format's name, JSON split into {@code
   * clinicaltrials_json} and {@code bioc_json} by what it held.
   */
  public record Row(String reader, int files, int documents, long bytes, Duration elapsed) {
    public double documentsPerSecond() {
      return documents / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
  }

  private record Input(Path path, String canonical, byte[] bytes, String reader) {}

  /**
   * Runs the benchmark over files and directories.
   *
   * @param rounds timed passes over all files
   * @throws SourceException when an argument names nothing readable or a file fails to read
   */
  public List<Row> run(List<String> arguments, int rounds) throws SourceException, IOException {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      for (SourceRef ref : loader.resolve(argument)) {
        if (ref instanceof SourceRef.FileRef f && SourceLoader.ancillary(f.path()).isEmpty()) {
          byte[] bytes = Files.readAllBytes(f.path());
          String name = f.path().toString();
          inputs.add(new Input(f.path(), ref.canonical(), bytes, reader(name, ref, bytes)));
        }
      }
    }
    Map<String, long[]> totals = new TreeMap<>();
    for (int round = 0; round <= rounds; round++) {
      for (Input in : inputs) {
        long t = System.nanoTime();
        int docs = readers.read(in.canonical(), in.path().toString(), in.bytes()).size();
        long elapsed = System.nanoTime() - t;
        if (round > 0) {
          long[] sum = totals.computeIfAbsent(in.reader(), k -> new long[4]);
          sum[0] += round == 1 ? 1 : 0;
          sum[1] += docs;
          sum[2] += in.bytes().length;
          sum[3] += elapsed;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    totals.forEach(
        (reader, s) ->
            rows.add(new Row(reader, (int) s[0], (int) s[1], s[2], Duration.ofNanos(s[3]))));
    return rows;
  }

  private String reader(String name, SourceRef ref, byte[] bytes) throws SourceException {
    SourceFormat format = readers.format(name, bytes);
    if (format != SourceFormat.JSON) {
      return format.name().toLowerCase(Locale.ROOT);
    }
    DocumentKind kind = readers.read(ref.canonical(), name, bytes).getFirst().kind();
    return kind == DocumentKind.TRIAL ? "clinicaltrials_json" : "bioc_json";
  }
}
