package org.litgraph.api.http;

import io.javalin.http.Context;
import org.litgraph.graph.model.Curie;

/** Reads and validates request parameters, failing with a 400 that names the parameter. */
final class Params {
  private Params() {}

  static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("query parameter '" + name + "' is required");
    }
    return value;
  }

  static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw ApiException.badRequest(
            "'" + name + "' must be between " + min + " and " + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("'" + name + "' must be a whole number, was '" + value + "'");
    }
  }

  static Curie curie(String value) {
    try {
      return Curie.parse(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }
}
