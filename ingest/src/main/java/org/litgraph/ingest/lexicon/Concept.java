package org.litgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.litgraph.graph.model.EntityCategory;

/**
 * A concept being assembled by the lexicon builder: read from one vocabulary, then possibly
 * enriched by the concepts of other vocabularies that are merged into it.
 *
 * <p>Mutable on purpose: readers create concepts, {@link CrossLinker} merges them, and the result
 * is flattened into rows once. {@link #links()} holds a vocabulary's own cross-references (for
 * example a Cell Ontology term's MeSH xrefs) used for linking; {@link #xrefs()} holds only the ids
 * of concepts actually merged in, which is what the lexicon publishes.
 */
public final class Concept {
  private final String id;
  private final EntityCategory category;
  private final String name;
  private final List<Term> terms = new ArrayList<>();
  private final SortedSet<String> links = new TreeSet<>();
  private final SortedSet<String> xrefs = new TreeSet<>();
  private final SortedSet<String> flags = new TreeSet<>();

  public Concept(String id, EntityCategory category, String name) {
    this.id = Objects.requireNonNull(id, "id");
    this.category = Objects.requireNonNull(category, "category");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** The CURIE, e.g. {@code MESH:D018805}. */
  public String id() {
    return id;
  }

  /** The vocabulary prefix of the id, e.g. {@code MESH}. */
  public String prefix() {
    return id.substring(0, id.indexOf(':'));
  }

  public EntityCategory category() {
    return category;
  }

  public String name() {
    return name;
  }

  public List<Term> terms() {
    return Collections.unmodifiableList(terms);
  }

  public Set<String> links() {
    return Collections.unmodifiableSet(links);
  }

  public Set<String> xrefs() {
    return Collections.unmodifiableSet(xrefs);
  }

  public Set<String> flags() {
    return Collections.unmodifiableSet(flags);
  }

  public Concept addTerm(String text, TermKind kind) {
    terms.add(new Term(text, kind));
    return this;
  }

  public Concept addLink(String curie) {
    links.add(curie);
    return this;
  }

  public Concept addFlag(String flag) {
    flags.add(flag);
    return this;
  }

  /**
   * Takes another vocabulary's concept in: its id becomes an xref, its terms become synonyms (its
   * preferred name included), its xrefs and flags are added. This concept keeps its id, category
   * and name.
   */
  public void absorb(Concept other) {
    xrefs.add(other.id);
    xrefs.addAll(other.xrefs);
    xrefs.remove(id);
    for (Term t : other.terms) {
      TermKind kind = t.kind() == TermKind.PREFERRED ? TermKind.SYNONYM : t.kind();
      terms.add(new Term(t.text(), kind));
    }
    flags.addAll(other.flags);
  }

  /** Adds an xref without merging terms (for mappings whose target is not in the lexicon). */
  public void addXref(String curie) {
    if (!curie.equals(id)) {
      xrefs.add(curie);
    }
  }

  @Override
  public String toString() {
    return id + " " + category.biolinkName() + " '" + name + "'";
  }
}
