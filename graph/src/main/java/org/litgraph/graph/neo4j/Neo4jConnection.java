package org.litgraph.graph.neo4j;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the graph lives and how to log in. With no user the driver connects without authentication
 * (the embedded server's setting).
 */
public record Neo4jConnection(URI uri, Optional<String> user, Optional<String> password) {
  public Neo4jConnection {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    String scheme = uri.getScheme();
    if (scheme == null || !scheme.matches("bolt|bolt\\+s|bolt\\+ssc|neo4j|neo4j\\+s|neo4j\\+ssc")) {
      throw new IllegalArgumentException(
          "Neo4j URI must start with bolt:// or neo4j:// (optionally +s or +ssc): " + uri);
    }
  }

  public static Neo4jConnection unauthenticated(URI uri) {
    return new Neo4jConnection(uri, Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return uri + user.map(u -> " as " + u).orElse("");
  }
}
