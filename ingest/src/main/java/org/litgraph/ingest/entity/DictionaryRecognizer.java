package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Finds lexicon names in tokenized sentences by leftmost-longest match.
 *
 * <p>Consumes: sentences with tokens and lemmas. Produces: non-overlapping {@link
 * RecognizedMention}s. From each token it extends a key token by token (at most {@link
 * Lexicon#maxTokens()}), one hash lookup per step, so cost is linear in text length. The last token
 * may also match by its lemma, which covers regular plurals ("cytokines" finds "cytokine").
 */
public final class DictionaryRecognizer {
  public static final Provenance PROVENANCE = new Provenance("dictionary", "1");

  private final Lexicon lexicon;

  public DictionaryRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public List<RecognizedMention> recognize(String text, NlpSentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<RecognizedMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Match> best = longestFrom(text, tokens, i);
      if (best.isPresent()) {
        Match m = best.get();
        found.add(
            new RecognizedMention(
                sentence.index(),
                tokens.get(i).start(),
                tokens.get(m.lastToken()).end(),
                m.entry().entity(),
                PROVENANCE));
        i = m.lastToken() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  private record Match(int lastToken, LexiconEntry entry) {}

  private Optional<Match> longestFrom(String text, List<Token> tokens, int from) {
    if (SurfaceKeys.isJoiner(tokens.get(from).text())) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    Match best = null;
    int limit = Math.min(tokens.size(), from + lexicon.maxTokens());
    for (int j = from; j < limit; j++) {
      Token t = tokens.get(j);
      String piece = SurfaceKeys.folded(t.text());
      if (piece.isEmpty() && !SurfaceKeys.isJoiner(t.text())) {
        break; // punctuation ends a name
      }
      int before = key.length();
      key.append(piece);
      if (piece.isEmpty()) {
        continue;
      }
      String spanText = text.substring(tokens.get(from).start(), t.end());
      LexiconEntry entry = accept(lexicon.lookup(key.toString()), spanText);
      if (entry == null && !t.lemma().equalsIgnoreCase(t.text())) {
        String lemmaKey = key.substring(0, before) + SurfaceKeys.folded(t.lemma());
        entry = accept(lexicon.lookup(lemmaKey), null);
      }
      if (entry != null) {
        best = new Match(j, entry);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first entry whose case rule the text satisfies; lemma matches only for folded entries. */
  private static LexiconEntry accept(List<LexiconEntry> entries, String spanText) {
    for (LexiconEntry e : entries) {
      if (!e.caseSensitive()) {
        return e;
      }
      if (spanText != null && SurfaceKeys.exact(spanText).equals(SurfaceKeys.exact(e.surface()))) {
        return e;
      }
    }
    return null;
  }
}
