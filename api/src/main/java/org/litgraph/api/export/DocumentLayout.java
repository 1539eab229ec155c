package org.litgraph.api.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.ResolvedClaim;

/**
 * How a stored document is laid out in the text-mining formats. Offsets in the graph are into the
 * document text; the layouts keep them exact: PubTator's {@code title + " " + abstract} is the text
 * itself when the text opens with the title and a separator (else the title is put before it and
 * every offset shifted by its length plus one), and BioC passages are the text's paragraphs with
 * their own offsets.
 */
final class DocumentLayout {
  private DocumentLayout() {}

  /** A BioC passage: its type, offset into the document text and text. */
  record Passage(String type, int offset, String text) {
    int end() {
      return offset + text.length();
    }
  }

  /** The PubTator title line, abstract line and the shift to add to every offset. */
  record PubTatorText(String title, String abstractText, int shift) {}

  /** The id used in PubTator and BioC: the PMID when there is one, else the document id. */
  static String id(DocumentView view) {
    return view.document().metadata().ids().getOrDefault("pmid", view.document().id());
  }

  static PubTatorText pubTator(DocumentView view) {
    String text = view.text();
    String title = view.document().title();
    if (text.equals(title)) {
      return new PubTatorText(oneLine(title), "", 0);
    }
    if (text.startsWith(title)
        && text.length() > title.length()
        && Character.isWhitespace(text.charAt(title.length()))) {
      return new PubTatorText(oneLine(title), oneLine(text.substring(title.length() + 1)), 0);
    }
    return new PubTatorText(oneLine(title), oneLine(text), title.length() + 1);
  }

  /** Line breaks and tabs as spaces: same length, so offsets stay true. */
  static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  /** The text's paragraphs (split at blank lines), the first typed title when it is the title. */
  static List<Passage> passages(DocumentView view) {
    String text = view.text();
    List<Passage> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int blank = text.indexOf("\n\n", start);
      int end = blank < 0 ? text.length() : blank;
      String part = text.substring(start, end);
      if (!part.isBlank()) {
        String type =
            out.isEmpty() && part.strip().equals(view.document().title().strip())
                ? "title"
                : view.document().kind().name().equals("ABSTRACT") ? "abstract" : "paragraph";
        out.add(new Passage(type, start, part));
      }
      if (blank < 0) {
        break;
      }
      start = blank + 2;
    }
    return out;
  }

  /** The passage holding an offset (the last passage for an offset past every passage). */
  static int passageOf(List<Passage> passages, int offset) {
    for (int i = 0; i < passages.size(); i++) {
      if (offset < passages.get(i).end()) {
        return i;
      }
    }
    return passages.size() - 1;
  }

  /** Affirmed claims, one per (predicate, subject, object): the document's relations. */
  static List<Claim> relations(DocumentView view) {
    Set<String> seen = new LinkedHashSet<>();
    List<Claim> out = new ArrayList<>();
    for (ResolvedClaim rc : view.claims()) {
      Claim c = rc.claim();
      if (!c.context().negated()
          && seen.add(c.predicate().label() + " " + c.subject() + " " + c.object())) {
        out.add(c);
      }
    }
    return out;
  }
}
