package org.litgraph.ingest.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Retry-After parsing and the bounds of the exponential backoff with jitter. */
class RetryTest {
  private static final Instant NOW = Instant.parse("2025-03-14T10:00:00Z");

  @Test
  void retryAfterInSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(" 0 ", NOW));
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredFromNow() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Fri, 14 Mar 2025 10:01:30 GMT", NOW));
  }

  @Test
  void retryAfterInThePastMeansNow() {
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 14 Mar 2025 09:00:00 GMT", NOW));
  }

  @Test
  void unparseableRetryAfterGivesNoAdvice() {
    assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("99999999999999999999999", NOW));
  }

  @Test
  void backoffDoublesWithinHalfToFullAndStopsAtTheCap() {
    RetryPolicy policy =
        new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(1));
    Random random = new Random(42);
    for (int attempt = 0; attempt < 12; attempt++) {
      long full = Math.min(2000, 100L << attempt);
      for (int i = 0; i < 200; i++) {
        long ms = policy.backoff(attempt, random).toMillis();
        assertTrue(ms >= full / 2 && ms <= full, "attempt " + attempt + ": " + ms);
      }
    }
    long huge = policy.backoff(100, random).toMillis();
    assertTrue(huge >= 1000 && huge <= 2000, "no overflow at attempt 100: " + huge);
  }

  @Test
  void retryableStatusesAre429And5xxGatewayErrors() {
    for (int s : new int[] {429, 500, 502, 503, 504}) {
      assertTrue(RetryPolicy.retryable(s), Integer.toString(s));
    }
    for (int s : new int[] {200, 301, 304, 400, 403, 404, 501}) {
      assertTrue(!RetryPolicy.retryable(s), Integer.toString(s));
    }
  }
}
