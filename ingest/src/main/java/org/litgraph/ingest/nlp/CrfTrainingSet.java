package org.litgraph.ingest.nlp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.pubtator.PubTatorAnnotation;
import org.litgraph.ingest.pubtator.PubTatorDocument;
import org.litgraph.ingest.pubtator.PubTatorTypes;

/**
 * PubTator documents turned into what the CRF learns from: sentences of tokens, as the ingest
 * pipeline's own CoreNLP stage splits them, with one BIO label per token.
 *
 * <p>Tokenising with the pipeline's tokenizer is the point: the CRF is later asked to label exactly
 * these tokens, so training on another tokenisation would teach it boundaries it never sees. Gold
 * mentions whose ends fall inside a token (0.4% in BC5CDR: "non-lithium-treated") label the whole
 * token and are counted.
 */
public final class CrfTrainingSet {
  private static final Pattern MESH_ID = Pattern.compile("[CD]\\d+");

  /** One sentence and its labels. */
  public record LabeledSentence(NlpSentence sentence, List<String> labels) {
    public LabeledSentence {
      labels = List.copyOf(labels);
      if (labels.size() != sentence.tokens().size()) {
        throw new IllegalArgumentException("one label per token expected");
      }
    }
  }

  private final List<LabeledSentence> sentences = new ArrayList<>();
  private final List<Integer> documentOfSentence = new ArrayList<>();
  private final List<Map<String, String>> namesOfDocument = new ArrayList<>();
  private final Map<String, Map<String, Integer>> idCounts = new HashMap<>();
  private int documents;
  private int mentions;
  private int misaligned;
  private int overlapping;
  private int tokens;

  /**
   * Adds one document: its gold mentions of the wanted categories (by {@link PubTatorTypes}) become
   * labels on the tokens of {@code annotated}, which must be the NLP stage's output for the
   * document's text.
   */
  public void add(PubTatorDocument document, AnnotatedText annotated, Set<EntityCategory> wanted) {
    if (!annotated.text().equals(document.text())) {
      throw new IllegalArgumentException(
          "document " + document.pmid() + ": annotated text differs from the document text");
    }
    List<BioLabels.Gold> gold = new ArrayList<>();
    for (PubTatorAnnotation a : document.annotations()) {
      PubTatorTypes.category(a.type())
          .filter(wanted::contains)
          .ifPresent(
              c -> {
                gold.add(new BioLabels.Gold(a.start(), a.end(), c));
                countId(a, c);
              });
    }
    mentions += gold.size();
    Map<String, String> names = new HashMap<>();
    for (BioLabels.Gold g : gold) {
      names.put(document.text().substring(g.start(), g.end()), g.category().biolinkName());
    }
    namesOfDocument.add(names);
    documents++;
    for (NlpSentence s : annotated.sentences()) {
      List<BioLabels.Gold> inside =
          gold.stream().filter(g -> g.start() >= s.start() && g.start() < s.end()).toList();
      BioLabels.Encoded encoded = BioLabels.encode(s, inside);
      misaligned += encoded.misaligned();
      overlapping += encoded.overlapping();
      tokens += s.tokens().size();
      sentences.add(new LabeledSentence(s, encoded.labels()));
      documentOfSentence.add(documents - 1);
    }
  }

  public List<LabeledSentence> sentences() {
    return List.copyOf(sentences);
  }

  /**
   * Writes the CRF's training file: columns as {@link CrfColumns#MAP} says.
   *
   * @param insideOnly write IO labels ({@code I-Disease} for every token of a name) instead of BIO:
   *     the CRF then has three classes instead of five, which makes the model about half as large,
   *     and loses only names that directly follow one of the same category (0.2% of BC5CDR's)
   */
  public void write(Path file, CrfGazetteer gazetteer, boolean insideOnly) throws IOException {
    write(file, List.of(gazetteer), insideOnly);
  }

  /**
   * Writes the training file, tagging the sentences of document {@code d} with gazetteer {@code d %
   * gazetteers.size()}.
   */
  void write(Path file, List<CrfGazetteer> gazetteers, boolean insideOnly) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < sentences.size(); i++) {
        LabeledSentence s = sentences.get(i);
        CrfGazetteer gazetteer = gazetteers.get(documentOfSentence.get(i) % gazetteers.size());
        List<String> labels = s.labels();
        if (insideOnly) {
          labels =
              labels.stream().map(l -> l.startsWith("B-") ? "I-" + l.substring(2) : l).toList();
        }
        CrfColumns.write(s.sentence(), labels, gazetteer, out);
      }
    }
  }

  /**
   * The gold names of the documents, as (text, category) pairs, except those of the documents in
   * fold {@code skip} of {@code folds} (document {@code d} is in fold {@code d % folds}; a {@code
   * skip} of -1 keeps all).
   */
  List<Map.Entry<String, String>> names(int folds, int skip) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (int d = 0; d < namesOfDocument.size(); d++) {
      if (skip < 0 || d % folds != skip) {
        out.addAll(namesOfDocument.get(d).entrySet());
      }
    }
    return out;
  }

  /** One concept id, MeSH ids prefixed: composite ids ("D1|D2") teach no id. */
  private void countId(PubTatorAnnotation a, EntityCategory category) {
    if (a.ids().size() != 1) {
      return;
    }
    String id = a.ids().getFirst();
    String curie = MESH_ID.matcher(id).matches() ? "MESH:" + id : id;
    if (!curie.contains(":")) {
      return;
    }
    idCounts
        .computeIfAbsent(CrfModel.idKey(a.mention(), category.biolinkName()), k -> new HashMap<>())
        .merge(curie, 1, Integer::sum);
  }

  /**
   * For each annotated (category, name) the id the corpora gave it most often (ties: the
   * alphabetically first), for normalising names the lexicon lacks or files elsewhere.
   */
  Map<String, String> trainingIds() {
    Map<String, String> out = new TreeMap<>();
    idCounts.forEach(
        (key, counts) ->
            out.put(
                key,
                counts.entrySet().stream()
                    .max(
                        Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey()));
    return out;
  }

  /** Counts for the training report. */
  public Summary summary() {
    return new Summary(documents, sentences.size(), tokens, mentions, misaligned, overlapping);
  }

  /**
   * What went into the training set.
   *
   * @param misaligned gold mentions whose boundaries fall inside a token
   * @param overlapping gold mentions skipped because they overlap an earlier one
   */
  public record Summary(
      int documents, int sentences, int tokens, int mentions, int misaligned, int overlapping) {}
}
