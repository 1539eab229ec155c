package org.litgraph.ingest.entity;

import org.litgraph.ingest.nlp.CrfGazetteer;

/**
 * The lexicon's names as the CRF's gazetteer: every surface under its entity's category, so the CRF
 * sees where the dictionary would match and what it would call the match ({@code B-Disease}, {@code
 * I-GeneOrGeneProduct}, ...). Models trained on these names ({@code litgraph train ner} without
 * {@code --mesh}/{@code --gazetteer}) run with the gazetteer of the same lexicon.
 */
public final class LexiconGazetteer {
  // built once per lexicon (the shared standard lexicon lives as long as the process); read-only
  private static final java.util.Map<Lexicon, CrfGazetteer> BUILT =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private LexiconGazetteer() {}

  /**
   * The gazetteer of this lexicon: built on the first call (a second or two for the standard
   * lexicon; a process that will ingest makes that call while its stores start), then the same
   * instance.
   */
  public static CrfGazetteer of(Lexicon lexicon) {
    return BUILT.computeIfAbsent(lexicon, LexiconGazetteer::build);
  }

  private static CrfGazetteer build(Lexicon lexicon) {
    CrfGazetteer.Builder builder = new CrfGazetteer.Builder();
    lexicon.forEachEntry(e -> builder.add(e.surface(), e.entity().category().biolinkName()));
    return builder.build();
  }
}
