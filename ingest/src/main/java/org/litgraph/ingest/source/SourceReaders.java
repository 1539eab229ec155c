package org.litgraph.ingest.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import org.litgraph.ingest.pubtator.PubTatorFormatException;
import org.litgraph.ingest.pubtator.PubTatorReader;

/**
 * Turns a file's bytes into documents: inflates gzip, detects the format by content ({@link
 * SourceFormat}) and hands the text to the reader for it. Every failure is a {@link
 * SourceException} naming the file and the reason.
 */
public final class SourceReaders {
  private final SourceLimits limits;
  private final SecureXml xml = new SecureXml();
  private final ObjectMapper json = new ObjectMapper();
  private final TextReader text = new TextReader();
  private final HtmlReader html = new HtmlReader();
  private final PubMedXmlReader pubmed = new PubMedXmlReader();
  private final JatsReader jats = new JatsReader();
  private final BiocReader bioc = new BiocReader();
  private final ClinicalTrialsReader trials = new ClinicalTrialsReader();

  public SourceReaders(SourceLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads the documents a file holds.
   *
   * @param canonical the file's canonical source (documents without an identity of their own get
   *     it)
   * @param name the file's path or URL, for format hints and error messages
   */
  public List<SourceDocument> read(String canonical, String name, byte[] bytes)
      throws SourceException {
    String inner = name;
    byte[] data = bytes;
    if (GzipInput.isGzip(data)) {
      data = GzipInput.gunzip(name, data, limits.maxBytes());
      inner =
          name.toLowerCase(Locale.ROOT).endsWith(".gz")
              ? name.substring(0, name.length() - 3)
              : name;
    } else if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      throw new SourceException(name, "named .gz but not gzip data (no gzip magic bytes)");
    }
    if (data.length == 0) {
      throw new SourceException(name, "empty file");
    }
    if (TextDecoding.looksBinary(data)) {
      throw new SourceException(
          name, "binary content (NUL bytes); expected text, XML, JSON or HTML");
    }
    String content = TextDecoding.decode(data);
    requireUtf8WhereDeclared(name, inner, data, content);
    return parse(canonical, inner, name, content);
  }

  /**
   * JSON must be UTF-8 (RFC 8259), and XML without an encoding declaration is UTF-8 by the XML
   * specification, where a malformed byte is a fatal error. Plain text and HTML keep the legacy
   * Windows-1252 fallback that browsers use; JSON and XML get a typed error instead of silently
   * misread text (issue 8, hostile input).
   */
  private static void requireUtf8WhereDeclared(
      String name, String hint, byte[] data, String content) throws SourceException {
    int bad = TextDecoding.firstInvalidUtf8(data);
    if (bad < 0) {
      return;
    }
    SourceFormat format = SourceFormat.detect(hint, content);
    boolean xml = format.name().endsWith("_XML");
    if (format == SourceFormat.JSON || (xml && !TextDecoding.declaresOtherEncoding(content))) {
      throw new SourceException(
          name,
          "invalid UTF-8 at byte "
              + bad
              + "; "
              + (xml ? "XML without an encoding declaration" : "JSON")
              + " must be UTF-8");
    }
  }

  /** The format the bytes would be read as (gzip inflated first), for reports and benchmarks. */
  public SourceFormat format(String name, byte[] bytes) throws SourceException {
    boolean gzip = GzipInput.isGzip(bytes);
    byte[] data = gzip ? GzipInput.gunzip(name, bytes, limits.maxBytes()) : bytes;
    String inner =
        gzip && name.toLowerCase(Locale.ROOT).endsWith(".gz")
            ? name.substring(0, name.length() - 3)
            : name;
    return SourceFormat.detect(inner, TextDecoding.decode(data));
  }

  /** Reads decoded text (also what {@link SourceRef.TextRef}s hold). */
  public List<SourceDocument> parse(String canonical, String hint, String name, String content)
      throws SourceException {
    if (content.isBlank()) {
      throw new SourceException(name, "no text to ingest (the file is empty or blank)");
    }
    return switch (SourceFormat.detect(hint, content)) {
      case PUBMED_XML -> pubmed.read(name, xml.parse(name, content));
      case JATS_XML -> List.of(jats.read(canonical, xml.parse(name, content)));
      case BIOC_XML -> bioc.read(canonical, xml.parse(name, content));
      case OTHER_XML -> {
        // parse first, so malformed or hostile XML is reported as such
        xml.parse(name, content);
        throw new SourceException(
            name,
            "unsupported XML vocabulary <"
                + SourceFormat.rootName(content)
                + ">; expected PubMed, JATS or BioC");
      }
      case JSON -> json(canonical, hint, name, content);
      case PUBTATOR -> pubTator(name, content);
      case HTML -> List.of(html.read(canonical, content));
      case TEXT -> List.of(text.read(canonical, content));
    };
  }

  private List<SourceDocument> json(String canonical, String hint, String name, String content)
      throws SourceException {
    JsonNode root;
    try {
      root = json.readTree(content);
    } catch (JacksonException e) {
      if (!hint.toLowerCase(Locale.ROOT).endsWith(".json")) {
        // a note that opens with a brace is text, unless it claims to be JSON
        return List.of(text.read(canonical, content));
      }
      throw new SourceException(
          name, "malformed JSON: " + e.getOriginalMessage() + locationOf(e), e);
    } catch (IOException e) {
      throw new SourceException(name, "cannot read JSON: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new SourceException(name, "empty JSON");
    }
    if (TrialJson.isTrialJson(root)) {
      return trials.read(name, root);
    }
    if (BiocReader.isBiocJson(root)) {
      return bioc.read(canonical, root);
    }
    throw new SourceException(
        name,
        "JSON of an unknown shape: expected a ClinicalTrials.gov study (protocolSection) or a BioC"
            + " collection (documents with passages)");
  }

  private static String locationOf(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static List<SourceDocument> pubTator(String name, String content) throws SourceException {
    List<PubTatorDocument> docs;
    try {
      docs = PubTatorReader.read(new StringReader(content), name);
    } catch (PubTatorFormatException e) {
      throw new SourceException(name, "malformed PubTator: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SourceException(name, "cannot read PubTator: " + e.getMessage(), e);
    }
    List<SourceDocument> out = new ArrayList<>(docs.size());
    for (PubTatorDocument d : docs) {
      String body = d.abstractText().isBlank() ? d.title() : d.abstractText();
      if (body.isBlank()) {
        throw new SourceException(name, "PubTator document " + d.pmid() + " has no text");
      }
      boolean numeric = d.pmid().matches("\\d{1,9}");
      DocumentMetadata metadata =
          numeric
              ? new DocumentMetadata(
                  List.of(),
                  Optional.empty(),
                  java.util.Map.of("pmid", d.pmid()),
                  List.of(),
                  List.of(),
                  Optional.empty(),
                  List.of())
              : DocumentMetadata.NONE;
      out.add(
          new SourceDocument(
              numeric ? "https://pubmed.ncbi.nlm.nih.gov/" + d.pmid() + "/" : name + "#" + d.pmid(),
              Optional.of(d.title()).filter(t -> !t.isBlank()),
              Optional.empty(),
              DocumentKind.ABSTRACT,
              body.strip(),
              metadata));
    }
    if (out.isEmpty()) {
      throw new SourceException(name, "PubTator file holds no documents");
    }
    return out;
  }
}
