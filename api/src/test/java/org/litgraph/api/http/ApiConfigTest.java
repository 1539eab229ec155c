package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiConfigTest {
  @Test
  void flagsWinOverTheEnvironment() {
    ApiConfig c =
        ApiConfig.of(
            "flag-key-123",
            List.of("https://a.example.org"),
            Map.of(ApiConfig.KEY_ENV, "env-key-123", ApiConfig.CORS_ENV, "https://b.example.org"));
    assertEquals(Optional.of("flag-key-123"), c.apiKey());
    assertEquals(List.of("https://a.example.org"), c.corsOrigins());
  }

  @Test
  void theEnvironmentFillsWhatFlagsLeaveOut() {
    ApiConfig c =
        ApiConfig.of(
            null,
            List.of(),
            Map.of(
                ApiConfig.KEY_ENV,
                "env-key-123",
                ApiConfig.CORS_ENV,
                " https://a.example.org, http://localhost:3000 ,"));
    assertEquals(Optional.of("env-key-123"), c.apiKey());
    assertEquals(List.of("https://a.example.org", "http://localhost:3000"), c.corsOrigins());
  }

  @Test
  void noKeyAndNoOriginsByDefault() {
    ApiConfig c = ApiConfig.of(null, List.of(), Map.of(ApiConfig.KEY_ENV, "  "));
    assertTrue(c.apiKey().isEmpty());
    assertTrue(c.corsOrigins().isEmpty());
  }

  @Test
  void rejectsShortKeysAndOriginsWithPaths() {
    IllegalArgumentException shortKey =
        assertThrows(
            IllegalArgumentException.class, () -> ApiConfig.of("short", List.of(), Map.of()));
    assertEquals("the API key must be at least 8 characters", shortKey.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> ApiConfig.of(null, List.of("https://a.example.org/path"), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> ApiConfig.of(null, List.of("a.example.org"), Map.of()));
  }
}
