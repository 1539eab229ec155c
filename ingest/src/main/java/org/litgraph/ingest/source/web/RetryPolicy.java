package org.litgraph.ingest.source.web;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try a request again: network failures and 429, 500, 502, 503, 504 answers are retried up
 * to {@code maxRetries} times. The wait before retry {@code n} (0-based) is exponential, {@code
 * base * 2^n} capped at {@code maxBackoff}, with "equal jitter": a uniform draw from the upper half
 * of that, so retries of many clients spread out but never come sooner than half the backoff. A
 * {@code Retry-After} from the server wins when longer; one longer than {@code maxRetryAfter} gives
 * up instead of waiting.
 */
public record RetryPolicy(
    int maxRetries, Duration baseBackoff, Duration maxBackoff, Duration maxRetryAfter) {
  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
    }
    Objects.requireNonNull(baseBackoff, "baseBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (baseBackoff.isNegative() || maxBackoff.compareTo(baseBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= baseBackoff <= maxBackoff");
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(
        3, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5));
  }

  /** No retries at all. */
  public static RetryPolicy none() {
    return new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** The wait before retry {@code attempt} (0 for the first retry). */
  public Duration backoff(int attempt, RandomGenerator random) {
    long base = baseBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    long full = attempt >= 30 ? cap : Math.min(cap, base << attempt);
    long half = full / 2;
    return Duration.ofMillis(half + (full - half == 0 ? 0 : random.nextLong(full - half + 1)));
  }

  /** True for statuses worth another try. */
  public static boolean retryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }
}
