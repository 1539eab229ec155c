package org.litgraph.ingest.pubtator;

import java.util.List;
import java.util.Objects;

/**
 * One document of a PubTator file: a PubMed id, title, abstract, entity annotations in file order
 * and relation lines.
 */
public record PubTatorDocument(
    String pmid,
    String title,
    String abstractText,
    List<PubTatorAnnotation> annotations,
    List<PubTatorRelation> relations) {
  public PubTatorDocument {
    Objects.requireNonNull(pmid, "pmid");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    annotations = List.copyOf(annotations);
    relations = List.copyOf(relations);
  }

  /**
   * The text the annotation offsets refer to: title, one space, abstract (the PubTator convention).
   */
  public String text() {
    return title + " " + abstractText;
  }
}
