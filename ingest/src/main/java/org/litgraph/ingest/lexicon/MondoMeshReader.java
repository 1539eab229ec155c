package org.litgraph.ingest.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MONDO ↔ MeSH exact matches from the SSSOM table: the pairs {@link CrossLinker} adds as
 * xrefs to MeSH diseases.
 */
public final class MondoMeshReader {
  /** One exact-match mapping. */
  public record Mapping(String mondo, String mesh) {}

  private MondoMeshReader() {}

  public static List<Mapping> read(Path sssom) {
    List<Mapping> out = new ArrayList<>();
    TsvFiles.forEachRow(
        sssom,
        4,
        f -> {
          if (f[0].startsWith("MONDO:")
              && f[2].equals("skos:exactMatch")
              && f[3].toLowerCase(java.util.Locale.ROOT).startsWith("mesh:")) {
            out.add(new Mapping(f[0], "MESH:" + f[3].substring(5)));
          }
        });
    return out;
  }
}
