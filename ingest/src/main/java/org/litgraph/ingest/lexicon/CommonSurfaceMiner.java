package org.litgraph.ingest.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.SurfaceKeys;

/**
 * Finds lexicon surfaces that are too common to be names: surfaces that occur often in the train
 * splits of the gold corpora but are (almost) never inside a gold mention of any type there. Only
 * corpora that annotate a surface's category count for it. Train splits only: the dev splits are
 * for measuring, and would be leaked into the lexicon otherwise.
 *
 * <p>Its output is reviewed and committed as {@link StopList#MINED}; the lexicon build reads the
 * committed file, so a rebuild does not need the corpora.
 */
public final class CommonSurfaceMiner {
  /** A surface needs at least this many occurrences to be judged. */
  public static final int MIN_OCCURRENCES = 8;

  /** ...and at most this share of them inside gold mentions to be called common. */
  public static final double MAX_ANNOTATED_SHARE = 0.05;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  /** How often a surface occurred and how often inside a gold mention. */
  public record Count(String surface, String category, int occurrences, int annotated) {
    public String line() {
      return surface + "\t" + category + "\t" + occurrences + "\t" + annotated;
    }
  }

  private CommonSurfaceMiner() {}

  /** Writes the counts as the {@link StopList#MINED} resource, with a header that explains it. */
  public static void write(List<Count> counts, Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Lexicon surfaces too common to be names, mined from the train splits of the gold");
    lines.add("# corpora by CommonSurfaceMiner: at least " + MIN_OCCURRENCES + " occurrences in");
    lines.add("# corpora that annotate the surface's category, at most " + MAX_ANNOTATED_SHARE);
    lines.add("# of them inside a gold mention. Rebuild: see LEXICON.md. Do not edit by hand;");
    lines.add("# put additions in stop-surfaces.txt.");
    lines.add("#surface\tcategory\toccurrences\tannotated");
    counts.forEach(c -> lines.add(c.line()));
    Files.write(out, lines, StandardCharsets.UTF_8);
  }

  /** The train texts of the corpora under {@code ../shared/corpora}. */
  public static List<TrainText> trainTexts(Path corpora) {
    Set<EntityCategory> disease = Set.of(EntityCategory.DISEASE);
    List<TrainText> texts = new ArrayList<>();
    texts.addAll(
        TrainText.pubTator(corpora.resolve("ncbi-disease/NCBItrainset_corpus.txt"), disease));
    texts.addAll(
        TrainText.pubTator(
            corpora.resolve("bc5cdr/CDR_TrainingSet.PubTator.txt"),
            Set.of(EntityCategory.DISEASE, EntityCategory.CHEMICAL_ENTITY)));
    texts.addAll(
        TrainText.pubTator(
            corpora.resolve("biored/Train.PubTator"),
            Set.of(
                EntityCategory.DISEASE,
                EntityCategory.CHEMICAL_ENTITY,
                EntityCategory.GENE_OR_GENE_PRODUCT,
                EntityCategory.ORGANISM_TAXON)));
    texts.addAll(
        TrainText.iob(
            corpora.resolve("iob/BioNLP13CG-IOB/train.tsv"),
            Set.of(
                EntityCategory.DISEASE,
                EntityCategory.CHEMICAL_ENTITY,
                EntityCategory.GENE_OR_GENE_PRODUCT,
                EntityCategory.ORGANISM_TAXON,
                EntityCategory.CELL,
                EntityCategory.ANATOMICAL_ENTITY)));
    texts.addAll(
        TrainText.iob(
            corpora.resolve("iob/linnaeus-IOB/train.tsv"), Set.of(EntityCategory.ORGANISM_TAXON)));
    return texts;
  }

  /** Counts every surface of the rows in the texts; returns the common ones, by surface. */
  public static List<Count> mine(List<LexiconRow> rows, List<TrainText> texts) {
    Map<String, List<LexiconRow>> byKey = new HashMap<>();
    for (LexiconRow r : rows) {
      byKey.computeIfAbsent(SurfaceKeys.folded(r.surface()), k -> new ArrayList<>()).add(r);
    }
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, LexiconRow> first = new HashMap<>();
    for (TrainText t : texts) {
      List<int[]> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(t.text());
      while (m.find()) {
        tokens.add(new int[] {m.start(), m.end()});
      }
      for (int i = 0; i < tokens.size(); i++) {
        StringBuilder key = new StringBuilder();
        for (int j = i; j < Math.min(tokens.size(), i + SurfaceExpander.MAX_TOKENS + 2); j++) {
          String piece = SurfaceKeys.folded(t.text().substring(tokens.get(j)[0], tokens.get(j)[1]));
          key.append(piece);
          if (piece.isEmpty() || key.isEmpty()) {
            continue;
          }
          List<LexiconRow> hits = byKey.get(key.toString());
          if (hits == null) {
            continue;
          }
          int start = tokens.get(i)[0];
          int end = tokens.get(j)[1];
          String exact = SurfaceKeys.exact(t.text().substring(start, end));
          for (LexiconRow r : hits) {
            boolean caseOk =
                !(r.exactCase() || r.surface().length() < Lexicon.CASE_SENSITIVE_BELOW)
                    || SurfaceKeys.exact(r.surface()).equals(exact);
            if (caseOk && t.categories().contains(EntityCategory.parse(r.category()))) {
              int[] c = counts.computeIfAbsent(key.toString(), k -> new int[2]);
              first.putIfAbsent(key.toString(), r);
              c[0]++;
              c[1] += t.annotated(start, end) ? 1 : 0;
              break;
            }
          }
        }
      }
    }
    List<Count> common = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          if (c[0] >= MIN_OCCURRENCES && c[1] <= MAX_ANNOTATED_SHARE * c[0]) {
            LexiconRow r = first.get(key);
            common.add(new Count(r.surface(), r.category(), c[0], c[1]));
          }
        });
    return common;
  }
}
