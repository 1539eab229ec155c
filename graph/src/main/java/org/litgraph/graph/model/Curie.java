package org.litgraph.graph.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A compact URI identifying an entity in a public vocabulary, such as {@code MESH:D018805} or
 * {@code CL:0000134}. The prefix is upper-case letters, digits, dots or underscores; the local part
 * is any non-blank text without whitespace.
 */
public record Curie(String prefix, String local) implements Comparable<Curie> {
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");
  private static final Pattern LOCAL = Pattern.compile("[^\\s]+");
  private static final Pattern WHOLE = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*:[^\\s:][^\\s]*");

  public Curie {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(local, "local");
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("invalid CURIE prefix '" + prefix + "'");
    }
    if (!LOCAL.matcher(local).matches()) {
      throw new IllegalArgumentException("invalid CURIE local part '" + local + "'");
    }
  }

  /**
   * Parses {@code PREFIX:LOCAL}.
   *
   * @throws IllegalArgumentException naming the text when it is not a CURIE
   */
  public static Curie parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("not a CURIE (expected PREFIX:ID): '" + text + "'");
    }
    return new Curie(text.substring(0, colon), text.substring(colon + 1));
  }

  /** True when the text has the shape of a CURIE (used to route id queries). */
  public static boolean looksLikeCurie(String text) {
    return text != null && WHOLE.matcher(text).matches();
  }

  @Override
  public int compareTo(Curie other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return prefix + ":" + local;
  }
}
