package org.litgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Derives stable ids: a document id from its canonical source, so the same source is the same
 * document on every run, and a content hash that changes when the text, the metadata or the
 * extraction pipeline changes.
 */
final class DocumentIds {
  private DocumentIds() {}

  static String documentId(String canonicalSource) {
    return "doc-" + sha256(canonicalSource).substring(0, 16);
  }

  /** A claim's id: the same claim extracted again from the same place gets the same id. */
  static String claimId(
      String documentId, int sentenceIndex, String subject, String predicate, String object) {
    return "claim-"
        + sha256(String.join("\u0000", documentId, "" + sentenceIndex, subject, predicate, object))
            .substring(0, 20);
  }

  static String contentHash(String... parts) {
    return sha256(String.join("\u0000", parts));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
