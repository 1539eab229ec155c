package org.litgraph.api.http;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTP settings of the API, built once in {@code main}: the key that writes ({@code POST
 * /api/documents}) need, and the browser origins allowed to call the API cross-site.
 *
 * @param apiKey the key writes must present; empty disables writes (they answer 403)
 * @param corsOrigins origins such as {@code https://lab.example.org} allowed by CORS; empty turns
 *     CORS off (browsers then refuse cross-origin calls)
 */
public record ApiConfig(Optional<String> apiKey, List<String> corsOrigins) {
  /** Environment variable holding the API key. */
  public static final String KEY_ENV = "LITGRAPH_API_KEY";

  /** Environment variable holding allowed CORS origins, comma-separated. */
  public static final String CORS_ENV = "LITGRAPH_CORS_ORIGINS";

  /** No key (read-only API) and no CORS. */
  public static final ApiConfig READ_ONLY = new ApiConfig(Optional.empty(), List.of());

  public ApiConfig {
    Objects.requireNonNull(apiKey, "apiKey");
    apiKey = apiKey.map(String::strip).filter(k -> !k.isEmpty());
    apiKey.ifPresent(
        k -> {
          if (k.length() < 8) {
            throw new IllegalArgumentException("the API key must be at least 8 characters");
          }
        });
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!origin.equals("*") && !origin.matches("^https?://[^/\\s]+$")) {
        throw new IllegalArgumentException(
            "a CORS origin is a scheme and host with an optional port, such as"
                + " https://lab.example.org, was '"
                + origin
                + "'");
      }
    }
  }

  /**
   * Flags first, then the environment ({@value #KEY_ENV}, {@value #CORS_ENV}).
   *
   * @param keyFlag the {@code --api-key} value, or null
   * @param originFlags the {@code --cors-origin} values (empty when none were given)
   */
  public static ApiConfig of(String keyFlag, List<String> originFlags, Map<String, String> env) {
    Optional<String> key =
        Optional.ofNullable(keyFlag).or(() -> Optional.ofNullable(env.get(KEY_ENV)));
    List<String> origins = originFlags;
    if (origins.isEmpty() && env.get(CORS_ENV) != null) {
      origins =
          Arrays.stream(env.get(CORS_ENV).split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
    }
    return new ApiConfig(key, origins);
  }
}
