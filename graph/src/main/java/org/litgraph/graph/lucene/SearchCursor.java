package org.litgraph.graph.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.litgraph.graph.store.InvalidQueryException;

/**
 * The opaque cursor of a search page: where the document list and the sentence list stopped, each
 * as the last hit's (score, {@link Fields#SORT_KEY}) for {@code searchAfter}, or "finished". The
 * sort key makes the position independent of Lucene's internal doc ids, so a cursor survives
 * segment merges; hits whose score changed (the index changed in between) may repeat or be skipped,
 * as with any cursor over a live index.
 *
 * @param documents where the documents stopped; empty = from the start
 * @param sentences where the sentences stopped; empty = from the start
 * @param documentsDone no more documents
 * @param sentencesDone no more sentences
 */
record SearchCursor(
    Optional<FieldDoc> documents,
    Optional<FieldDoc> sentences,
    boolean documentsDone,
    boolean sentencesDone) {
  static final SearchCursor START =
      new SearchCursor(Optional.empty(), Optional.empty(), false, false);
  private static final String VERSION = "c1";

  /** The cursor after a page, or empty when both lists are finished. */
  static Optional<String> after(
      ScoreDoc[] docs, boolean docsDone, ScoreDoc[] sentences, boolean sentencesDone) {
    if (docsDone && sentencesDone) {
      return Optional.empty();
    }
    String text = VERSION + "|" + part(docs, docsDone) + "|" + part(sentences, sentencesDone);
    return Optional.of(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String part(ScoreDoc[] hits, boolean done) {
    if (done || hits.length == 0) {
      return "-";
    }
    FieldDoc last = (FieldDoc) hits[hits.length - 1];
    BytesRef key = (BytesRef) last.fields[1];
    return Integer.toHexString(Float.floatToIntBits(last.score))
        + ":"
        + Base64.getUrlEncoder().withoutPadding().encodeToString(BytesRef.deepCopyOf(key).bytes);
  }

  /** A position as {@code searchAfter} needs it, with a doc id that breaks no tie. */
  static FieldDoc at(FieldDoc position, int maxDoc) {
    // The sort key is unique, so the only tie is the hit itself, which the paging collector skips
    // when its doc id is not above the cursor's: the largest doc id makes that always so.
    return new FieldDoc(Math.max(0, maxDoc - 1), position.score, position.fields);
  }

  /**
   * Parses a cursor this class made.
   *
   * @throws InvalidQueryException when it is not one
   */
  static SearchCursor parse(String cursor) {
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      String[] parts = text.split("\\|", -1);
      if (parts.length != 3 || !parts[0].equals(VERSION)) {
        throw new IllegalArgumentException("wrong shape");
      }
      return new SearchCursor(
          fieldDoc(parts[1]), fieldDoc(parts[2]), parts[1].equals("-"), parts[2].equals("-"));
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException(
          "'cursor' is not a cursor this server returned; start again without it", e);
    }
  }

  private static Optional<FieldDoc> fieldDoc(String part) {
    if (part.equals("-")) {
      return Optional.empty();
    }
    int colon = part.indexOf(':');
    float score = Float.intBitsToFloat(Integer.parseUnsignedInt(part.substring(0, colon), 16));
    byte[] key = Base64.getUrlDecoder().decode(part.substring(colon + 1));
    return Optional.of(new FieldDoc(0, score, new Object[] {score, new BytesRef(key)}));
  }
}
