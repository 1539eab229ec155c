package org.litgraph.api.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.litgraph.graph.model.Entity;

/**
 * Drives a running LitGraph server at a fixed request rate over HTTP and reports latency per
 * endpoint. Requests are issued on schedule from a thread pool whether or not earlier ones have
 * finished (open loop), and each latency is measured from the moment the request was due, so a
 * server that falls behind shows it in the percentiles instead of silently slowing the load. The
 * mix: 40% search, 30% autocomplete, 15% entity card, 15% evidence between two entities.
 */
public final class QueryLoad {
  /** The endpoints driven. */
  public enum Endpoint {
    SEARCH,
    AUTOCOMPLETE,
    ENTITY,
    EVIDENCE
  }

  /** Latency figures of one endpoint, in milliseconds. */
  public record Stats(
      Endpoint endpoint, long count, long errors, double p50, double p95, double p99) {}

  private static final String[] WORDS = {
    "mortality",
    "inflammation",
    "cytokines",
    "organ failure",
    "mice",
    "randomised",
    "serum",
    "outcome",
    "responders",
    "IL-6",
    "TNF-α",
    "MSC",
    "septic shock",
    "bone marrow",
    "apoptosis"
  };

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final List<Entity> real;
  private final List<Entity> all;

  public QueryLoad(URI base, SyntheticVocabulary vocabulary) {
    this.base = base;
    this.real = vocabulary.real();
    this.all = new ArrayList<>(vocabulary.real());
    this.all.addAll(
        vocabulary.generated().subList(0, Math.min(500, vocabulary.generated().size())));
  }

  /** Runs {@code seconds} at {@code rate} requests/s and returns figures per endpoint. */
  public List<Stats> run(int rate, int seconds, int threads, PrintWriter progress)
      throws InterruptedException {
    Map<Endpoint, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Endpoint.class);
    Map<Endpoint, AtomicLong> errors = new EnumMap<>(Endpoint.class);
    for (Endpoint e : Endpoint.values()) {
      latencies.put(e, new ConcurrentLinkedQueue<>());
      errors.put(e, new AtomicLong());
    }
    Random random = new Random(7);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long total = (long) rate * seconds;
    long period = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      Endpoint endpoint = pick(random);
      String path = path(endpoint, random);
      pool.execute(
          () -> {
            try {
              HttpResponse<Void> r =
                  http.send(
                      HttpRequest.newBuilder(base.resolve(path))
                          .timeout(Duration.ofSeconds(30))
                          .build(),
                      HttpResponse.BodyHandlers.discarding());
              if (r.statusCode() != 200) {
                errors.get(endpoint).incrementAndGet();
              }
            } catch (java.io.IOException e) {
              errors.get(endpoint).incrementAndGet();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            latencies.get(endpoint).add(System.nanoTime() - due);
          });
      if (i % rate == 0 && i > 0) {
        progress.printf("\r%d / %d s", i / rate, seconds);
        progress.flush();
      }
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.MINUTES);
    progress.println();
    List<Stats> out = new ArrayList<>();
    for (Endpoint e : Endpoint.values()) {
      List<Long> l = new ArrayList<>(latencies.get(e));
      Collections.sort(l);
      out.add(
          new Stats(e, l.size(), errors.get(e).get(), pct(l, 0.50), pct(l, 0.95), pct(l, 0.99)));
    }
    return out;
  }

  private static Endpoint pick(Random random) {
    int r = random.nextInt(100);
    return r < 40
        ? Endpoint.SEARCH
        : r < 70 ? Endpoint.AUTOCOMPLETE : r < 85 ? Endpoint.ENTITY : Endpoint.EVIDENCE;
  }

  /** A request of the endpoint's kind with varied parameters. */
  String path(Endpoint endpoint, Random random) {
    Entity e = all.get(random.nextInt(all.size()));
    return switch (endpoint) {
      case SEARCH -> {
        String q =
            switch (random.nextInt(3)) {
              case 0 -> WORDS[random.nextInt(WORDS.length)];
              case 1 -> e.name();
              default -> e.id().toString();
            };
        String filter =
            switch (random.nextInt(4)) {
              case 0 -> "&kind=ABSTRACT";
              case 1 -> "&from=2015&to=2020";
              default -> "";
            };
        yield "/api/search?limit=20&q=" + enc(q) + filter;
      }
      case AUTOCOMPLETE -> {
        String name = e.name();
        yield "/api/entities?limit=10&q="
            + enc(name.substring(0, Math.min(name.length(), 1 + random.nextInt(5))));
      }
      case ENTITY -> "/api/entities/" + enc(e.id().toString());
      case EVIDENCE -> {
        Entity a = real.get(random.nextInt(real.size()));
        Entity b = real.get(random.nextInt(real.size()));
        yield "/api/evidence?subject="
            + enc(a.id().toString())
            + "&object="
            + enc(b.id().toString());
      }
    };
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
  }
}
