package org.litgraph.ingest.eval;

import org.litgraph.ingest.pubtator.PubTatorDocument;

/** Hears about an evaluation's progress: for a progress line and for the error listing. */
public interface EvaluationListener {
  /** The models are about to load (the first document waits for them). */
  default void loadingModels() {}

  /** One document was recognised and scored. */
  default void documentScored(
      int done, int total, PubTatorDocument document, NerScorer.DocumentOutcome outcome) {}
}
