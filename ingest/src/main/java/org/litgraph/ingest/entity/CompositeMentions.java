package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * NCBI-disease's composite mentions: premodifiers coordinated before a disease name share its head
 * and belong to one mention, "classical and Duarte galactosemia", "brain, breast, and prostate
 * cancer", "stage II or stage III colorectal cancer", "C6 and C7 deficiencies". Used only with the
 * NCBI-disease conventions ({@link CrfRecognizer#keepsModifiers()}); ingest keeps the head's own
 * mention, whose entity is the one a composite would be normalised to anyway.
 *
 * <p>Consumes: the annotated text and its sorted, non-overlapping mentions. Produces: the same
 * mentions with a disease mention of two or more tokens widened leftwards over "W (, W)* ,?
 * and|or|and/or", organ names and adjectives read as names ("retinal") inside the conjuncts
 * absorbed. A conjunct W is an adjective, a proper noun, an organ ("breast"), "stage II", a number
 * before a number ("II and III colorectal carcinomas") or a code shaped like the name's first word
 * ("C6 and C7 deficiencies"); no other mention may touch it, so "mortality and bone dysplasia"
 * stays two things.
 */
final class CompositeMentions {
  private static final Set<String> JOINERS = Set.of("and", "or", "and/or");
  private static final int MAX_CONJUNCTS = 4;

  private CompositeMentions() {}

  static List<RecognizedMention> apply(AnnotatedText text, List<RecognizedMention> mentions) {
    List<RecognizedMention> out = new ArrayList<>(mentions.size());
    for (RecognizedMention m : mentions) {
      RecognizedMention widened =
          m.entity().category() == EntityCategory.DISEASE ? widen(text, m, out) : m;
      if (widened != m) {
        out.removeIf(o -> o.start() >= widened.start() && o.end() <= m.start());
      }
      out.add(widened);
    }
    return out;
  }

  private static RecognizedMention widen(
      AnnotatedText text, RecognizedMention m, List<RecognizedMention> before) {
    NlpSentence s = text.sentences().get(m.sentenceIndex());
    List<Token> tokens = s.tokens();
    int first = -1;
    int last = -1;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).start() == m.start()) {
        first = t;
      }
      if (tokens.get(t).end() == m.end()) {
        last = t;
      }
    }
    if (first <= 0 || last <= first) {
      return m;
    }
    int t = first - 1;
    if (!JOINERS.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
      return m;
    }
    t--;
    if (t >= 0 && tokens.get(t).text().equals(",")) {
      t--; // the serial comma: "brain, breast, and prostate cancer"
    }
    Token head = tokens.get(first);
    int start = -1;
    for (int conjuncts = 0; conjuncts < MAX_CONJUNCTS && t >= 0; conjuncts++) {
      int words = conjunct(tokens, t, head, before);
      if (words == 0) {
        break;
      }
      t -= words;
      start = tokens.get(t + 1).start();
      if (t < 0 || !tokens.get(t).text().equals(",")) {
        break;
      }
      t--;
    }
    return start < 0
        ? m
        : new RecognizedMention(m.sentenceIndex(), start, m.end(), m.entity(), m.provenance());
  }

  /** How many tokens (1 or 2) ending at {@code t} form a premodifier conjunct; 0 if none. */
  private static int conjunct(
      List<Token> tokens, int t, Token head, List<RecognizedMention> before) {
    Token last = tokens.get(t);
    if (t > 0
        && last.pos().equals("CD")
        && tokens.get(t - 1).pos().startsWith("NN")
        && (head.pos().equals("CD") || head.text().equalsIgnoreCase(tokens.get(t - 1).text()))
        && free(tokens.get(t - 1), before)
        && free(last, before)) {
      return 2; // "stage II" before "stage III ..." or "III ..."
    }
    if (absorbable(last, before)) {
      return 1;
    }
    if (!free(last, before)) {
      return 0;
    }
    String pos = last.pos();
    boolean premodifier =
        pos.startsWith("JJ")
            || pos.equals("NNP")
            || (pos.equals("CD") && head.pos().equals("CD"))
            || (pos.startsWith("NN") && sameCodeShape(last.text(), head.text()));
    return premodifier ? 1 : 0;
  }

  private static boolean free(Token tok, List<RecognizedMention> before) {
    return before.stream().noneMatch(o -> o.start() < tok.end() && tok.start() < o.end());
  }

  /** An organ ("breast") or an adjective the dictionary read as a name ("retinal"). */
  private static boolean absorbable(Token tok, List<RecognizedMention> before) {
    return before.stream()
        .anyMatch(
            o ->
                o.start() == tok.start()
                    && o.end() == tok.end()
                    && o.entity().category() != EntityCategory.DISEASE
                    && (o.entity().category() == EntityCategory.ANATOMICAL_ENTITY
                        || tok.pos().startsWith("JJ")));
  }

  /** "C6" and "C7": a letter and digits both. */
  private static boolean sameCodeShape(String a, String b) {
    return a.matches("\\p{Lu}+\\d+") && b.matches("\\p{Lu}+\\d+");
  }
}
