package org.litgraph.ingest.lexicon;

import java.util.List;

/**
 * One {@code [Term]} stanza of an OBO file, reduced to what the lexicon needs.
 *
 * @param synonyms the synonyms with their scope
 * @param xrefs the {@code xref:} CURIEs
 */
record OboTerm(String id, String name, List<Synonym> synonyms, List<String> xrefs) {
  /**
   * A synonym line: {@code synonym: "text" SCOPE [TYPE] [...]}.
   *
   * @param scope EXACT, RELATED, NARROW or BROAD
   * @param type the synonym type (e.g. {@code abbreviation}, {@code PLURAL}) or empty
   */
  record Synonym(String text, String scope, String type) {}
}
