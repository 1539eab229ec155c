package org.litgraph.ingest.entity;

import org.litgraph.ingest.nlp.CrfGazetteer;

/**
 * The lexicon's names as the CRF's gazetteer: every surface under its entity's category, so the CRF
 * sees where the dictionary would match and what it would call the match ({@code B-Disease}, {@code
 * I-GeneOrGeneProduct}, ...). Models trained on these names ({@code litgraph train ner} without
 * {@code --mesh}/{@code --gazetteer}) run with the gazetteer of the same lexicon.
 */
public final class LexiconGazetteer {
  private LexiconGazetteer() {}

  /** Builds the gazetteer (a second or two for the standard lexicon). */
  public static CrfGazetteer of(Lexicon lexicon) {
    CrfGazetteer.Builder builder = new CrfGazetteer.Builder();
    lexicon.forEachEntry(e -> builder.add(e.surface(), e.entity().category().biolinkName()));
    return builder.build();
  }
}
