package org.litgraph.ingest.pubtator;

import java.util.List;
import java.util.Objects;

/**
 * A relation line of a PubTator document, kept as written: BC5CDR's {@code CID} with a chemical and
 * a disease id, BioRED's typed relations with two ids and a novelty flag.
 *
 * @param type the relation's name ({@code CID}, {@code Association}, ...)
 * @param arguments the remaining columns in order
 */
public record PubTatorRelation(String type, List<String> arguments) {
  public PubTatorRelation {
    Objects.requireNonNull(type, "type");
    arguments = List.copyOf(arguments);
  }
}
