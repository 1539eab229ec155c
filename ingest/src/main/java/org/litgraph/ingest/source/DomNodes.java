package org.litgraph.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM navigation for the XML readers: child elements by name, whitespace-folded text. */
final class DomNodes {
  private DomNodes() {}

  /** Direct child elements with the tag name ({@code *} for all). */
  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (tag.equals("*") || e.getTagName().equals(tag))) {
        out.add(e);
      }
    }
    return out;
  }

  static Optional<Element> child(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The element at a path of child tags, e.g. {@code path(article, "front", "article-meta")}. */
  static Optional<Element> path(Element start, String... tags) {
    Optional<Element> at = Optional.of(start);
    for (String tag : tags) {
      at = at.flatMap(e -> child(e, tag));
    }
    return at;
  }

  /** All descendant elements with the tag name, in document order. */
  static List<Element> descendants(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The element's text with runs of whitespace folded to one space, stripped. */
  static String text(Element e) {
    return fold(e.getTextContent());
  }

  static Optional<String> text(Element parent, String... path) {
    return path(parent, path).map(DomNodes::text).filter(t -> !t.isEmpty());
  }

  static String fold(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /**
   * The element's text without the subtrees of the named elements (tables, formulas), whitespace
   * folded; element boundaries count as nothing, so inline markup ({@code <sub>2</sub>}) joins up.
   */
  static String textSkipping(Element e, Set<String> skipped) {
    StringBuilder b = new StringBuilder();
    appendText(e, skipped, b);
    return fold(b.toString());
  }

  private static void appendText(Node n, Set<String> skipped, StringBuilder b) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        if (!skipped.contains(e.getTagName())) {
          appendText(e, skipped, b);
        }
      } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        b.append(c.getNodeValue());
      }
    }
  }
}
