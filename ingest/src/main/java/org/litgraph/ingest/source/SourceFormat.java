package org.litgraph.ingest.source;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formats LitGraph reads, and how a file's content tells which it is. Detection looks at the
 * content first (the XML root element, the JSON's opening, PubTator's {@code |t|} line, HTML tags)
 * and at the name only to break ties, so a PubMed file called {@code .txt} still reads as PubMed.
 */
public enum SourceFormat {
  PUBMED_XML,
  JATS_XML,
  BIOC_XML,
  /** XML of no vocabulary LitGraph knows: refused with the root's name. */
  OTHER_XML,
  /** JSON: ClinicalTrials.gov or BioC, told apart by shape after parsing. */
  JSON,
  PUBTATOR,
  HTML,
  TEXT;

  private static final Pattern XML_ROOT = Pattern.compile("<(?:!DOCTYPE\\s+)?([A-Za-z_][\\w:.-]*)");
  private static final Pattern PUBTATOR_LINE = Pattern.compile("^[^|\\t\\n]{1,40}\\|[ta]\\|");

  /**
   * Sniffs the format of decoded text.
   *
   * @param name the file name or URL (a tie-breaker for HTML and JSON)
   */
  static SourceFormat detect(String name, String content) {
    String head = content.substring(0, Math.min(content.length(), 8192)).stripLeading();
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (head.startsWith("<")) {
      return xmlOrHtml(lowerName, head);
    }
    if (head.startsWith("{") || (head.startsWith("[") && lowerName.endsWith(".json"))) {
      return JSON;
    }
    if (head.startsWith("[") && head.substring(1).stripLeading().startsWith("{")) {
      return JSON;
    }
    if (PUBTATOR_LINE.matcher(head).find()) {
      return PUBTATOR;
    }
    return TEXT;
  }

  private static SourceFormat xmlOrHtml(String lowerName, String head) {
    String lowerHead = head.toLowerCase(Locale.ROOT);
    if (lowerHead.startsWith("<!doctype html") || lowerHead.startsWith("<html")) {
      return HTML;
    }
    Matcher root = XML_ROOT.matcher(withoutPrologue(head));
    String element = root.lookingAt() ? root.group(1) : "";
    switch (element) {
      case "PubmedArticleSet", "PubmedArticle" -> {
        return PUBMED_XML;
      }
      case "article" -> {
        return JATS_XML;
      }
      case "collection" -> {
        return BIOC_XML;
      }
      case "html" -> {
        return HTML;
      }
      default -> {
        if (lowerName.matches(".*\\.x?html?$")) {
          return HTML;
        }
        boolean declaredXml = lowerHead.startsWith("<?xml") || lowerName.matches(".*\\.(n?xml)$");
        return declaredXml ? OTHER_XML : HTML;
      }
    }
  }

  /** Skips the XML declaration, processing instructions and comments before the root. */
  private static String withoutPrologue(String head) {
    String s = head;
    while (true) {
      s = s.stripLeading();
      if (s.startsWith("<?")) {
        int end = s.indexOf("?>");
        if (end < 0) {
          return s;
        }
        s = s.substring(end + 2);
      } else if (s.startsWith("<!--")) {
        int end = s.indexOf("-->");
        if (end < 0) {
          return s;
        }
        s = s.substring(end + 3);
      } else {
        return s;
      }
    }
  }

  /** The XML root element's name, for error messages. */
  static String rootName(String content) {
    String head = content.substring(0, Math.min(content.length(), 8192)).stripLeading();
    Matcher root = XML_ROOT.matcher(withoutPrologue(head));
    return root.lookingAt() ? root.group(1) : "?";
  }
}
