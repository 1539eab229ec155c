package org.litgraph.ingest.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPolitenessTest {
  @Test
  void aHostIsReadyAtOnceThenOnlyAfterItsDelay() {
    HostPoliteness p = new HostPoliteness(Duration.ofMillis(200));
    assertEquals(0, p.readyInNanos("a.example"));
    p.requestDone("a.example");
    long wait = p.readyInNanos("A.EXAMPLE");
    assertTrue(wait > 150_000_000L && wait <= 200_000_000L, "wait " + wait);
    assertEquals(0, p.readyInNanos("b.example"), "other hosts are not held up");
  }

  @Test
  void robotsDelayRaisesButNeverLowersTheDelay() {
    HostPoliteness p = new HostPoliteness(Duration.ofMillis(200));
    p.setDelay("a.example", Duration.ofMillis(50));
    assertEquals(Duration.ofMillis(200), p.delay("a.example"));
    p.setDelay("a.example", Duration.ofSeconds(2));
    assertEquals(Duration.ofSeconds(2), p.delay("a.example"));
  }

  @Test
  void deferPushesTheNextSlotOutButNeverPullsItIn() {
    HostPoliteness p = new HostPoliteness(Duration.ZERO);
    p.defer("a.example", Duration.ofSeconds(5));
    p.defer("a.example", Duration.ofMillis(10));
    assertTrue(p.readyInNanos("a.example") > 4_000_000_000L);
  }
}
