package org.litgraph.ingest.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A PubTator document: its PubMed id, its text (the title, one space, the abstract, as PubTator
 * offsets count it) and its gold mentions in file order.
 */
public record PubTatorDocument(String pmid, String text, List<PubTatorAnnotation> annotations) {
  public PubTatorDocument {
    Objects.requireNonNull(pmid, "pmid");
    Objects.requireNonNull(text, "text");
    annotations = List.copyOf(annotations);
  }
}
