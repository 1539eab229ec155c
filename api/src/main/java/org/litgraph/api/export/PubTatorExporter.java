package org.litgraph.api.export;

import java.nio.file.Path;
import java.util.List;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.store.DocumentView;
import org.litgraph.graph.store.ExportFilter;
import org.litgraph.graph.store.GraphExport;
import org.litgraph.graph.store.ResolvedMention;

/**
 * PubTator export ({@code documents.pubtator}): per document {@code ID|t|title}, {@code
 * ID|a|abstract}, one line per entity mention ({@code ID, start, end, text, type, id}; the type is
 * the Biolink category name, as BioRED names its types, the id the entity's CURIE) and one line per
 * affirmed claim ({@code ID, predicate, subject, object}), then a blank line. {@code ID} is the
 * PMID when the document has one, else its LitGraph id. Readable by {@code ingest}, {@code eval
 * ner} and {@code eval relations}; see {@link DocumentLayout} for how offsets stay exact.
 */
public final class PubTatorExporter {

  /** Writes {@code documents.pubtator} into a directory. */
  public ExportSummary export(
      GraphExport graph, ExportFilter filter, Path dir, ExportProgress progress) {
    try (ExportFile file = new ExportFile(dir.resolve("documents.pubtator"), progress)) {
      graph.documents(
          filter,
          view -> {
            file.write(document(view));
            file.record();
          });
      file.close();
      return new ExportSummary(List.of(ExportSummary.of(file)));
    }
  }

  static String document(DocumentView view) {
    String id = DocumentLayout.oneLine(DocumentLayout.id(view)).replace('|', '_');
    DocumentLayout.PubTatorText t = DocumentLayout.pubTator(view);
    StringBuilder b = new StringBuilder();
    b.append(id).append("|t|").append(t.title()).append('\n');
    b.append(id).append("|a|").append(t.abstractText()).append('\n');
    for (ResolvedMention rm : view.mentions()) {
      Mention m = rm.mention();
      if (m.end() > view.text().length()) {
        continue;
      }
      b.append(id)
          .append('\t')
          .append(m.start() + t.shift())
          .append('\t')
          .append(m.end() + t.shift())
          .append('\t')
          .append(DocumentLayout.oneLine(view.text().substring(m.start(), m.end())))
          .append('\t')
          .append(rm.entity().category().biolinkName())
          .append('\t')
          .append(m.entityId())
          .append('\n');
    }
    for (Claim c : DocumentLayout.relations(view)) {
      b.append(id)
          .append('\t')
          .append(c.predicate().label())
          .append('\t')
          .append(c.subject())
          .append('\t')
          .append(c.object())
          .append('\n');
    }
    return b.append('\n').toString();
  }
}
