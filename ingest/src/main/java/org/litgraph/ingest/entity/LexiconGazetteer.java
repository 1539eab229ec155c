package org.litgraph.ingest.entity;

import org.litgraph.ingest.nlp.CrfGazetteer;

/**
 * The lexicon's names as the CRF's gazetteer: every surface under its entity's category, so the CRF
 * sees where the dictionary would match and what it would call the match ({@code B-Disease}, {@code
 * I-GeneOrGeneProduct}, ...). Models trained on these names ({@code litgraph train ner} without
 * {@code --mesh}/{@code --gazetteer}) run with the gazetteer of the same lexicon.
 */
public final class LexiconGazetteer {
  // built once per lexicon (the shared standard lexicon lives as long as the process); read-only.
  // Futures, so a thread that finds the build under way can wait for it without holding a lock
  private static final java.util.Map<Lexicon, java.util.concurrent.CompletableFuture<CrfGazetteer>>
      BUILT = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private LexiconGazetteer() {}

  /**
   * The gazetteer of this lexicon: built on the first call (a second or two for the standard
   * lexicon; a process that will ingest makes that call while its stores start), then the same
   * instance.
   */
  public static CrfGazetteer of(Lexicon lexicon) {
    java.util.concurrent.CompletableFuture<CrfGazetteer> mine =
        new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.CompletableFuture<CrfGazetteer> existing =
        BUILT.putIfAbsent(lexicon, mine);
    if (existing != null) {
      return existing.join();
    }
    try {
      mine.complete(build(lexicon));
    } catch (RuntimeException | Error e) {
      BUILT.remove(lexicon);
      mine.completeExceptionally(e);
      throw e;
    }
    return mine.join();
  }

  /**
   * The build of this lexicon's gazetteer if a thread has started it (done or not), so another
   * thread can do other work while it waits.
   */
  public static java.util.Optional<java.util.concurrent.CompletableFuture<CrfGazetteer>> started(
      Lexicon lexicon) {
    return java.util.Optional.ofNullable(BUILT.get(lexicon));
  }

  private static CrfGazetteer build(Lexicon lexicon) {
    CrfGazetteer.Builder builder = new CrfGazetteer.Builder();
    lexicon.forEachEntry(e -> builder.add(e.surface(), e.entity().category().biolinkName()));
    return builder.build();
  }
}
