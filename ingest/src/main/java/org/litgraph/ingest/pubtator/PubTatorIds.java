package org.litgraph.ingest.pubtator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the id column of a PubTator annotation into concept ids.
 *
 * <p>The three corpora write composite mentions ("breast and ovarian cancer") with several ids:
 * NCBI-disease as {@code D1|D2} or {@code D1+D2}, BC5CDR as {@code D1|D2}, BioRED as {@code 1,2}.
 * "No id" is {@code -1} (BC5CDR), {@code -} (BioRED) or an empty column. BioRED's sequence variants
 * are tmVar ids that contain bars themselves ({@code c|SUB|C|643|T}, {@code p|DEL|439_443|}); they
 * are kept whole. Whitespace around ids (NCBI-disease has {@code " D008661"}) is dropped.
 */
public final class PubTatorIds {
  private static final Pattern SEPARATOR = Pattern.compile("[|+,;]");
  private static final Pattern TMVAR = Pattern.compile("^[cgmnpr]\\|.*");

  private PubTatorIds() {}

  /** The concept ids of an id column, in order; empty when it names none. */
  public static List<String> parse(String rawId) {
    String raw = rawId.strip();
    if (TMVAR.matcher(raw).matches()) {
      return List.of(raw);
    }
    List<String> ids = new ArrayList<>();
    for (String part : SEPARATOR.split(raw)) {
      String id = part.strip();
      if (!id.isEmpty() && !id.equals("-1") && !id.equals("-")) {
        ids.add(id);
      }
    }
    return ids;
  }
}
