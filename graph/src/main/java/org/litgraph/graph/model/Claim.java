package org.litgraph.graph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A statement that one entity stands in a relation to another, as a document states it: {@code
 * MESH:D059630 decreases MESH:D016207}, {@code clinicaltrials:NCT02149199 studies MESH:D001249}.
 *
 * <p>Two kinds share this record. A <em>structured</em> claim comes from a record's fields (a
 * ClinicalTrials.gov sponsor, a condition) and has no sentence. A <em>textual</em> claim comes from
 * one sentence: it carries the sentence's index, the span of the word that states the relation (the
 * trigger) and the sentence's context (negation, hedging, species, study type, quantities). Either
 * way it names its extractor and version, so claims can be traced and redone.
 *
 * @param subject the entity the claim is about
 * @param predicate the relation
 * @param object the other entity
 * @param documentId the document stating it
 * @param sentence the sentence's index in the document, for textual claims
 * @param start start of the trigger word (document text offset), with {@code end}
 * @param end end of the trigger word (exclusive)
 * @param provenance extractor name and version, e.g. {@code clinicaltrials-record@1}
 * @param attributes qualifiers under lower_snake_case keys, e.g. {@code role=collaborator}
 * @param trigger the trigger word as written ("reduce"), empty when there is none
 * @param context negation, hedging, species, study type and quantities
 */
public record Claim(
    Curie subject,
    Predicate predicate,
    Curie object,
    String documentId,
    OptionalInt sentence,
    OptionalInt start,
    OptionalInt end,
    Provenance provenance,
    Map<String, String> attributes,
    String trigger,
    ClaimContext context) {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Document.requireText(documentId, "documentId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(context, "context");
    if (subject.equals(object)) {
      throw new IllegalArgumentException("a claim links two different entities: " + subject);
    }
    if (sentence.isPresent() && sentence.getAsInt() < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, was " + sentence);
    }
    if (start.isPresent() != end.isPresent()) {
      throw new IllegalArgumentException("a claim's span needs both start and end");
    }
    if (start.isPresent() && (start.getAsInt() < 0 || end.getAsInt() <= start.getAsInt())) {
      throw new IllegalArgumentException("bad claim span [" + start + "," + end + ")");
    }
    if (start.isPresent() && sentence.isEmpty()) {
      throw new IllegalArgumentException("a claim with a span needs its sentence");
    }
    for (String key : attributes.keySet()) {
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("attribute key must be lower_snake_case: '" + key + "'");
      }
    }
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /** A claim without trigger word or sentence context (the context says nothing). */
  public Claim(
      Curie subject,
      Predicate predicate,
      Curie object,
      String documentId,
      OptionalInt sentence,
      OptionalInt start,
      OptionalInt end,
      Provenance provenance,
      Map<String, String> attributes) {
    this(
        subject,
        predicate,
        object,
        documentId,
        sentence,
        start,
        end,
        provenance,
        attributes,
        "",
        ClaimContext.NONE);
  }

  /** A claim read from a record's fields: no sentence, no span; a registry record's context. */
  public static Claim structured(
      Curie subject,
      Predicate predicate,
      Curie object,
      String documentId,
      Provenance provenance,
      Map<String, String> attributes) {
    return new Claim(
        subject,
        predicate,
        object,
        documentId,
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        provenance,
        attributes,
        "",
        new ClaimContext(
            false, List.of(), false, List.of(), List.of(), "registry record", List.of()));
  }

  /**
   * A deterministic id from the document, the triple, the sentence and span and the extractor, so
   * writing the same claim again changes nothing and two sentences stating the same triple stay two
   * claims.
   */
  public String id() {
    String key =
        String.join(
            "\u0000",
            documentId,
            subject.toString(),
            predicate.name(),
            object.toString(),
            sentence.isPresent() ? Integer.toString(sentence.getAsInt()) : "",
            start.isPresent() ? start.getAsInt() + "-" + end.getAsInt() : "",
            provenance.extractor());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "claim-" + HexFormat.of().formatHex(digest).substring(0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
