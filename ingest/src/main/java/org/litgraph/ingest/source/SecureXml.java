package org.litgraph.ingest.source;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way LitGraph parses XML: DTDs disallowed, no external entities, no entity expansion, no
 * XInclude, secure processing on. An XXE or billion-laughs file fails with a {@link
 * SourceException} that says what was refused.
 *
 * <p>PubMed, JATS and BioC files carry a DOCTYPE that only names their public DTD ({@code <!DOCTYPE
 * PubmedArticleSet PUBLIC "..." "https://dtd.nlm.nih.gov/...">}). Such a declaration, without an
 * internal subset, is blanked out before parsing (so the DTD is never fetched and line numbers stay
 * right); a DOCTYPE with an internal subset ({@code [ <!ENTITY ...> ]}) is refused.
 */
final class SecureXml {
  /** {@code <!DOCTYPE name PUBLIC "pub" "sys">} or {@code SYSTEM "sys"}, nothing else. */
  private static final Pattern EXTERNAL_ONLY_DOCTYPE =
      Pattern.compile(
          "<!DOCTYPE\\s+[\\w:.-]+(?:\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s*(?:\"[^\"]*\"|'[^']*')?"
              + "|SYSTEM\\s+(?:\"[^\"]*\"|'[^']*')))?\\s*>");

  private final DocumentBuilderFactory factory;

  SecureXml() {
    // the JDK's own parser, not whichever one a dependency puts on the classpath (CoreNLP brings
    // Xerces, which lacks the JAXP access properties)
    factory = DocumentBuilderFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    factory.setValidating(false);
  }

  /**
   * Parses XML text.
   *
   * @param source the file or URL, for error messages
   * @throws SourceException naming the source when the XML is malformed or declares entities
   */
  Document parse(String source, String xml) throws SourceException {
    String safe = withoutExternalDoctype(source, xml);
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
          });
      return builder.parse(new InputSource(new StringReader(safe)));
    } catch (SAXParseException e) {
      throw new SourceException(
          source,
          refusal(e.getMessage())
              + " (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ")",
          e);
    } catch (SAXException e) {
      throw new SourceException(source, refusal(e.getMessage()), e);
    } catch (ParserConfigurationException | IOException e) {
      throw new SourceException(source, "cannot parse XML: " + e.getMessage(), e);
    }
  }

  /** Blanks an external-only DOCTYPE; refuses one with an internal subset. */
  static String withoutExternalDoctype(String source, String xml) throws SourceException {
    int at = xml.indexOf("<!DOCTYPE");
    if (at < 0 || at > 4096) {
      return xml;
    }
    Matcher m = EXTERNAL_ONLY_DOCTYPE.matcher(xml);
    m.region(at, xml.length());
    if (!m.lookingAt()) {
      throw new SourceException(
          source,
          "XML DOCTYPE with an internal subset refused: entity declarations are never expanded");
    }
    return xml.substring(0, at) + " ".repeat(m.end() - at) + xml.substring(m.end());
  }

  private static String refusal(String message) {
    String m = message == null ? "" : message;
    String lower = m.toLowerCase(Locale.ROOT);
    if (lower.contains("doctype")) {
      return "XML DOCTYPE refused: entity declarations are never expanded";
    }
    if (lower.contains("maxelementdepth")) {
      return "XML nested too deeply (a parser limit guards against hostile input): " + m;
    }
    if (lower.contains("jaxp") || lower.contains("entity expansion")) {
      return "XML entity expansion refused: " + m;
    }
    if (lower.contains("was referenced, but not declared")) {
      return "undeclared XML entity (DTD entities are never read): " + m;
    }
    return "malformed XML: " + m;
  }

  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
