package org.litgraph.ingest.factcheck;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.store.GraphStore;
import org.litgraph.graph.store.SearchIndex;
import org.litgraph.ingest.IngestPipeline;
import org.litgraph.ingest.source.SourceDocument;
import org.litgraph.ingest.source.SourceException;

/**
 * The fact-checking facade: reads a piece (a URL through the crawler's address guard, a file, or
 * pasted text), annotates it with the ingest pipeline without storing it, finds its check-worthy
 * claims, gathers evidence for each from the graph and the search index, and returns the worksheet:
 * verdicts, spin flags and the documents the piece relies on. It only reads the stores.
 */
public final class FactChecker {
  /** The longest pasted text accepted, in characters. */
  public static final int MAX_TEXT_CHARS = 200_000;

  private final GraphStore graph;
  private final SearchIndex index;
  private final IngestPipeline pipeline;
  private final CheckworthyDetector detector = new CheckworthyDetector();
  private final VerdictJudge judge = new VerdictJudge();
  private final SpinDetector spin = new SpinDetector();
  private final SourceAligner aligner = new SourceAligner();

  public FactChecker(GraphStore graph, SearchIndex index, IngestPipeline pipeline) {
    this.graph = graph;
    this.index = index;
    this.pipeline = pipeline;
  }

  /**
   * Which documents count as evidence: all, those published up to a date, or (the default) those
   * published up to the piece's own date, when it has one.
   */
  public record AsOf(Optional<LocalDate> date, boolean pieceDate) {
    public static final AsOf PIECE_DATE = new AsOf(Optional.empty(), true);
    public static final AsOf ALL = new AsOf(Optional.empty(), false);

    public static AsOf on(LocalDate date) {
      return new AsOf(Optional.of(date), false);
    }

    /**
     * Parses {@code YYYY-MM-DD}, {@code none} (all documents) or blank/{@code piece} (the piece's
     * date).
     *
     * @throws IllegalArgumentException with a message saying what is accepted
     */
    public static AsOf parse(String value) {
      if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("piece")) {
        return PIECE_DATE;
      }
      if (value.strip().equalsIgnoreCase("none") || value.strip().equalsIgnoreCase("all")) {
        return ALL;
      }
      try {
        return on(LocalDate.parse(value.strip()));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(
            "as-of must be a date YYYY-MM-DD, 'piece' (the piece's date) or 'none', not '"
                + value.strip()
                + "'",
            e);
      }
    }

    Optional<LocalDate> resolve(Optional<LocalDate> published) {
      return pieceDate ? published : date;
    }
  }

  /** Checks a piece named by an http(s) address or a file path. */
  public FactCheckReport checkSource(String urlOrFile, AsOf asOf) throws FactCheckException {
    List<SourceDocument> read;
    try {
      read = pipeline.read(urlOrFile);
    } catch (SourceException e) {
      throw new FactCheckException("cannot read " + e.source() + ": " + e.reason(), e);
    } catch (InvalidPathException e) {
      throw new FactCheckException("not a URL or a valid path: " + urlOrFile, e);
    }
    if (read.size() != 1) {
      throw new FactCheckException(
          urlOrFile + " holds " + read.size() + " documents; a fact-check takes one piece");
    }
    return check(read.get(0), asOf);
  }

  /** Checks pasted text (plain text or HTML), with an optional title. */
  public FactCheckReport checkText(Optional<String> title, String text, AsOf asOf)
      throws FactCheckException {
    if (text == null || text.isBlank()) {
      throw new FactCheckException("the text to check is empty");
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw new FactCheckException(
          "the text is " + text.length() + " characters; the limit is " + MAX_TEXT_CHARS);
    }
    List<SourceDocument> read;
    try {
      read = pipeline.readText("pasted:" + sha(text), text);
    } catch (SourceException e) {
      throw new FactCheckException("cannot read the text: " + e.reason(), e);
    }
    if (read.isEmpty()) {
      throw new FactCheckException("the text holds no document to check");
    }
    SourceDocument s = read.get(0);
    if (title.isPresent() && !title.get().isBlank()) {
      s =
          new SourceDocument(
              s.source(),
              Optional.of(title.get().strip()),
              s.published(),
              s.kind(),
              s.text(),
              s.metadata(),
              s.facts());
    }
    return check(s, asOf);
  }

  /** Checks a piece already read. */
  public FactCheckReport check(SourceDocument piece, AsOf asOf) {
    long t0 = System.nanoTime();
    AnnotatedDocument doc = pipeline.annotateOnly(piece);
    String pieceId = doc.document().id();
    Optional<LocalDate> limit = asOf.resolve(piece.published());
    EvidenceFinder finder = new EvidenceFinder(graph, index, pieceId, limit);
    List<CheckedClaim> checked = new ArrayList<>();
    for (CheckworthyClaim c : detector.detect(doc, piece.metadata().citations())) {
      List<Evidence> evidence = finder.find(c);
      VerdictJudge.Decision d = judge.decide(evidence);
      checked.add(
          new CheckedClaim(
              c, evidence, d.verdict(), d.deciding(), d.rationale(), spin.flags(c, evidence)));
    }
    return new FactCheckReport(
        doc.document().title(),
        piece.source(),
        piece.published(),
        limit,
        graph.contentHash(pieceId).isPresent(),
        checked,
        aligner.align(checked),
        (System.nanoTime() - t0) / 1_000_000);
  }

  private static String sha(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
