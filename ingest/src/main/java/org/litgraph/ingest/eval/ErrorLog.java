package org.litgraph.ingest.eval;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.litgraph.ingest.pubtator.PubTatorDocument;

/**
 * Writes an evaluation's mistakes as TSV, for tuning: one line per false positive ({@code FP}),
 * false negative ({@code FN}) and true positive with a wrong id ({@code ID}), with the document,
 * type, span, mention, gold and predicted ids and the text around it ({@code [[mention]]} marked).
 */
public final class ErrorLog implements EvaluationListener {
  private static final int CONTEXT = 40;
  private final PrintWriter out;

  /** Writes to {@code out}, header first; the caller closes it. */
  public ErrorLog(Writer out) {
    this.out = new PrintWriter(out);
    this.out.println("#kind\tpmid\ttype\tstart\tend\tmention\tgold_ids\tour_ids\tcontext");
  }

  @Override
  public void documentScored(
      int done, int total, PubTatorDocument document, NerScorer.DocumentOutcome outcome) {
    String text = document.text();
    for (EvalMention p : outcome.falsePositives()) {
      line("FP", document.pmid(), text, p, Set.of(), p.ids());
    }
    for (EvalMention g : outcome.falseNegatives()) {
      line("FN", document.pmid(), text, g, g.ids(), Set.of());
    }
    for (NerScorer.IdMismatch m : outcome.idMismatches()) {
      line("ID", document.pmid(), text, m.gold(), m.gold().ids(), m.predicted().ids());
    }
    out.flush();
  }

  private void line(
      String kind, String pmid, String text, EvalMention m, Set<String> gold, Set<String> ours) {
    String context =
        text.substring(Math.max(0, m.start() - CONTEXT), m.start())
            + "[["
            + m.text()
            + "]]"
            + text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT));
    out.println(
        String.join(
            "\t",
            List.of(
                kind,
                pmid,
                m.type(),
                Integer.toString(m.start()),
                Integer.toString(m.end()),
                clean(m.text()),
                String.join("|", gold),
                String.join("|", ours),
                clean(context))));
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
