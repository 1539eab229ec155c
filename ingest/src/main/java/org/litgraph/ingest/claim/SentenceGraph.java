package org.litgraph.ingest.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litgraph.ingest.nlp.Dependency;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/** Navigation over one parsed sentence: children and parents of a token by relation. */
final class SentenceGraph {
  private final NlpSentence sentence;
  private final List<List<Dependency>> children;
  private final List<List<Dependency>> parents;

  SentenceGraph(NlpSentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    children = new ArrayList<>(n);
    parents = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
      parents.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() >= 0) {
        if (d.governor() == d.dependent()) {
          continue;
        }
        children.get(d.governor()).add(d);
      }
      parents.get(d.dependent()).add(d);
    }
  }

  NlpSentence sentence() {
    return sentence;
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  List<Dependency> parents(int i) {
    return parents.get(i);
  }

  /** Children whose relation is exactly one of the given names. */
  List<Integer> children(int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(i)) {
      for (String r : relations) {
        if (d.relation().equals(r)) {
          out.add(d.dependent());
          break;
        }
      }
    }
    return out;
  }

  /** Whether a token has a child with a relation of this base ({@code aux:pass} has base aux). */
  boolean hasChild(int i, String relation) {
    for (Dependency d : children.get(i)) {
      if (d.relation().equals(relation)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token's parent through a basic relation (the first non-enhanced-duplicate edge), or -1 at
   * the root.
   */
  Dependency head(int i) {
    List<Dependency> ps = parents.get(i);
    for (Dependency d : ps) {
      if (!d.relation().equals("ref") && d.governor() >= 0) {
        return d;
      }
    }
    return ps.isEmpty() ? null : ps.get(0);
  }

  /** The chain of heads from a token up to the root (excluding the token), at most 12 long. */
  List<Integer> ancestors(int i) {
    List<Integer> out = new ArrayList<>();
    int current = i;
    for (int step = 0; step < 12; step++) {
      Dependency d = head(current);
      if (d == null || d.governor() < 0 || out.contains(d.governor())) {
        break;
      }
      out.add(d.governor());
      current = d.governor();
    }
    return out;
  }
}
