package org.litgraph.graph.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.litgraph.graph.model.Curie;

/**
 * Highlighted snippets. Every snippet is HTML-escaped text whose only markup is {@code
 * <mark>...</mark>}, so the UI can insert it as HTML safely.
 */
final class Snippets {
  private final Analyzer analyzer;
  private final int fallbackChars;

  Snippets(Analyzer analyzer, int fallbackChars) {
    this.analyzer = analyzer;
    this.fallbackChars = fallbackChars;
  }

  /** Best passages of each matching document; an entity query has no terms, so a lead is shown. */
  String[] documents(IndexSearcher searcher, Query query, TopDocs top, boolean entityQuery)
      throws IOException {
    String[] out =
        entityQuery
            ? new String[top.scoreDocs.length]
            : highlighter(searcher, BreakIterator.getSentenceInstance(Locale.ROOT))
                .highlight(Fields.TEXT, query, top, 2);
    return withFallback(searcher, top, out);
  }

  /** Each matching sentence whole, with its matching terms marked. */
  String[] sentences(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    String[] out =
        highlighter(searcher, new WholeBreakIterator()).highlight(Fields.TEXT, query, top, 1);
    return withFallback(searcher, top, out);
  }

  /** Each sentence with the mentions of one entity marked, from the stored mention offsets. */
  String[] entitySpans(IndexSearcher searcher, TopDocs top, Curie entity) throws IOException {
    StoredFields stored = searcher.storedFields();
    String[] out = new String[top.scoreDocs.length];
    String wanted = entity + "\t";
    for (int i = 0; i < out.length; i++) {
      Document d = stored.document(top.scoreDocs[i].doc);
      String text = d.get(Fields.TEXT);
      List<int[]> spans = new ArrayList<>();
      for (String span : d.getValues(Fields.MENTION_SPAN)) {
        if (span.startsWith(wanted)) {
          String[] p = span.split("\t");
          spans.add(new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2])});
        }
      }
      spans.sort(Comparator.comparingInt(s -> s[0]));
      StringBuilder sb = new StringBuilder();
      int pos = 0;
      for (int[] s : spans) {
        if (s[0] < pos || s[1] > text.length()) {
          continue;
        }
        escape(text.substring(pos, s[0]), sb);
        sb.append("<mark>");
        escape(text.substring(s[0], s[1]), sb);
        sb.append("</mark>");
        pos = s[1];
      }
      escape(text.substring(pos), sb);
      out[i] = sb.toString();
    }
    return out;
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher, BreakIterator breaks) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withBreakIterator(() -> breaks)
        .withMaxLength(200_000)
        .build();
  }

  private String[] withFallback(IndexSearcher searcher, TopDocs top, String[] highlighted)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < highlighted.length; i++) {
      if (highlighted[i] == null || highlighted[i].isBlank()) {
        String text = stored.document(top.scoreDocs[i].doc).get(Fields.TEXT);
        String lead =
            text.length() <= fallbackChars ? text : text.substring(0, fallbackChars) + "…";
        StringBuilder sb = new StringBuilder();
        escape(lead, sb);
        highlighted[i] = sb.toString();
      }
    }
    return highlighted;
  }

  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
