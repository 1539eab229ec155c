package org.litgraph.graph.store;

import java.util.List;
import java.util.Objects;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.Sentence;

/** A stored document with its text, sentences and mentions sorted by offset. */
public record DocumentView(
    Document document, String text, List<Sentence> sentences, List<ResolvedMention> mentions) {
  public DocumentView {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
