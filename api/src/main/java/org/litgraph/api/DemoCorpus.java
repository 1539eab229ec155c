package org.litgraph.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.litgraph.ingest.IngestPipeline;
import org.litgraph.ingest.source.SourceException;
import org.litgraph.ingest.source.SourceLimits;
import org.litgraph.ingest.source.SourceLoader;
import org.litgraph.ingest.source.SourceRef;

/**
 * The demo corpus bundled on the classpath: 15 short articles written for LitGraph about sepsis,
 * mesenchymal stem cells, cytokines and the (fictional) trials and companies studying them.
 */
public final class DemoCorpus {
  private static final String ROOT = "/demo/corpus/";

  private DemoCorpus() {}

  /** The articles as sources named {@code demo:<file>}, in the order of the index file. */
  public static List<SourceRef> sources() {
    List<SourceRef> refs = new ArrayList<>();
    for (String name : lines(ROOT + "index.txt")) {
      if (name.isBlank()) {
        continue;
      }
      String text = String.join("\n", lines(ROOT + name.strip()));
      refs.add(new SourceRef.TextRef("demo:" + name.strip().replaceFirst("\\.txt$", ""), text));
    }
    return refs;
  }

  /**
   * The texts the pipeline will annotate for the articles (title and body as ingest joins them),
   * for annotating them ahead while the stores start.
   */
  public static List<String> textsToAnnotate() {
    SourceLoader loader = new SourceLoader(SourceLimits.defaults());
    List<String> texts = new ArrayList<>();
    for (SourceRef ref : sources()) {
      try {
        loader.load(ref).forEach(d -> texts.add(IngestPipeline.textWithTitle(d)));
      } catch (SourceException e) {
        // the ingest run reports it; nothing to annotate ahead
      }
    }
    return texts;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing from the classpath: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
