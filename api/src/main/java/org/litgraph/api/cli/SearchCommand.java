package org.litgraph.api.cli;

import java.util.concurrent.Callable;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.graph.store.DocumentHit;
import org.litgraph.graph.store.SearchRequest;
import org.litgraph.graph.store.SearchResults;
import org.litgraph.graph.store.SentenceHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code litgraph search QUERY}: searches from the terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Search documents and sentences (Lucene syntax, or an entity id such as MESH:D018805).")
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY")
  String query;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Hits of each kind (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try (LitGraphRuntime runtime = LitGraphRuntime.open(store.config("127.0.0.1", 0))) {
      SearchResults r = runtime.index().search(new SearchRequest(query, limit));
      out.printf("%d documents, %d sentences%n", r.documentHits(), r.sentenceHits());
      for (DocumentHit h : r.documents()) {
        out.printf("doc  %.2f %s  %s%n", h.score(), h.id(), h.title());
      }
      for (SentenceHit h : r.sentences()) {
        out.printf(
            "sent %.2f %s#%d  %s%n", h.score(), h.documentId(), h.index(), plain(h.snippet()));
      }
      return 0;
    }
  }

  private static String plain(String snippet) {
    return snippet
        .replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
