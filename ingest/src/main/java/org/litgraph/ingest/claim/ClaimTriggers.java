package org.litgraph.ingest.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.litgraph.graph.model.Predicate;
import org.litgraph.ingest.nlp.Token;

/**
 * The trigger table ({@code claim-triggers.tsv}): lemma, part of speech, predicate, object
 * prepositions, passive-voice subject. Looked up by a token's lemma and coarse POS.
 */
final class ClaimTriggers {
  static final String RESOURCE = "/org/litgraph/ingest/claim/claim-triggers.tsv";

  private final Map<String, Trigger> byKey;

  private ClaimTriggers(Map<String, Trigger> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The bundled table. */
  static ClaimTriggers standard() {
    try (InputStream in = ClaimTriggers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ClaimTriggers parse(BufferedReader reader) throws IOException {
    Map<String, Trigger> map = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5) {
        throw new IllegalArgumentException(
            RESOURCE + " line " + number + ": expected 5 tab-separated fields, got " + f.length);
      }
      Trigger.Pos pos =
          switch (f[1]) {
            case "V" -> Trigger.Pos.VERB;
            case "N" -> Trigger.Pos.NOUN;
            case "A" -> Trigger.Pos.ADJECTIVE;
            default ->
                throw new IllegalArgumentException(
                    RESOURCE + " line " + number + ": part of speech must be V, N or A");
          };
      Set<String> preps =
          f[3].equals("-")
              ? Set.of()
              : Arrays.stream(f[3].split(",")).map(String::strip).collect(Collectors.toSet());
      boolean patient =
          switch (f[4]) {
            case "patient" -> true;
            case "agent" -> false;
            default ->
                throw new IllegalArgumentException(
                    RESOURCE + " line " + number + ": passive subject must be agent or patient");
          };
      Trigger t = new Trigger(f[0], pos, Predicate.parse(f[2]), preps, patient);
      map.put(key(t.lemma(), pos), t);
    }
    return new ClaimTriggers(map);
  }

  /** The trigger a token stands for, if any: a verb trigger needs a verb tag, and so on. */
  Optional<Trigger> lookup(Token token) {
    Trigger.Pos pos = coarse(token.pos());
    if (pos == null) {
      return Optional.empty();
    }
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    Trigger t = byKey.get(key(lemma, pos));
    if (t == null && pos == Trigger.Pos.ADJECTIVE && lemma.endsWith("ed") && lemma.length() > 4) {
      // participles tagged as adjectives ("headquartered in", "derived from", "based in")
      String stem = lemma.substring(0, lemma.length() - 2);
      t = byKey.get(key(stem, Trigger.Pos.VERB));
      if (t == null) {
        t = byKey.get(key(stem + "e", Trigger.Pos.VERB));
      }
    }
    return Optional.ofNullable(t);
  }

  static Trigger.Pos coarse(String tag) {
    if (tag.startsWith("VB")) {
      return Trigger.Pos.VERB;
    }
    if (tag.startsWith("NN")) {
      return Trigger.Pos.NOUN;
    }
    if (tag.startsWith("JJ")) {
      return Trigger.Pos.ADJECTIVE;
    }
    return null;
  }

  private static String key(String lemma, Trigger.Pos pos) {
    return lemma + "/" + pos;
  }
}
