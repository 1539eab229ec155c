package org.litgraph.ingest.source.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The politeness clock per host: after each request to a host the next may start only after that
 * host's delay (the configured delay, or a longer robots.txt {@code Crawl-delay}); a backoff or a
 * {@code Retry-After} pushes the host's next slot further out. Requests to one host are therefore
 * sequential and spaced; callers ask {@link #readyInNanos} to pick a host that is ready.
 */
public final class HostPoliteness {
  private final Duration defaultDelay;
  private final Map<String, Duration> delays = new HashMap<>();
  private final Map<String, Long> nextAllowed = new HashMap<>();

  public HostPoliteness(Duration defaultDelay) {
    this.defaultDelay = Objects.requireNonNull(defaultDelay, "defaultDelay");
    if (defaultDelay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + defaultDelay);
    }
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }

  /** Sets a host's own delay (never below the default). */
  public synchronized void setDelay(String host, Duration delay) {
    delays.put(key(host), delay.compareTo(defaultDelay) > 0 ? delay : defaultDelay);
  }

  public synchronized Duration delay(String host) {
    return delays.getOrDefault(key(host), defaultDelay);
  }

  /** Nanoseconds until the host may be asked again; 0 when it may be asked now. */
  public synchronized long readyInNanos(String host) {
    Long next = nextAllowed.get(key(host));
    return next == null ? 0 : Math.max(0, next - System.nanoTime());
  }

  /** Blocks until the host may be asked. */
  public void await(String host) throws InterruptedException {
    long wait;
    while ((wait = readyInNanos(host)) > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  /** A request to the host has finished: the next waits at least the host's delay from now. */
  public synchronized void requestDone(String host) {
    push(host, delay(host).toNanos());
  }

  /** The next request to the host waits at least {@code wait} from now (backoff, Retry-After). */
  public synchronized void defer(String host, Duration wait) {
    push(host, wait.toNanos());
  }

  private void push(String host, long nanos) {
    long at = System.nanoTime() + nanos;
    nextAllowed.merge(key(host), at, Math::max);
  }
}
