package org.litgraph.ingest.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tokenizes, splits sentences, tags parts of speech, lemmatizes and runs CoreNLP's named-entity
 * recognizer ({@code tokenize,ssplit,pos,lemma,ner}).
 *
 * <p>Consumes: plain text. Produces: {@link AnnotatedText} with sentences, tokens (lemma, POS, NER
 * tag, offsets) and CoreNLP's entity mentions. Build one per process: loading the models takes
 * seconds and hundreds of MB. Thread-safe (CoreNLP annotators are).
 */
public final class CoreNlpStage {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP pipeline;
  private final StanfordCoreNLP unparsed;

  private final int maxSentenceTokens;
  private final NlpConfig config;

  public CoreNlpStage(NlpConfig config) {
    this(config, "pos,lemma,ner" + (config.parse() ? ",depparse" : ""));
  }

  private CoreNlpStage(NlpConfig config, String annotatorsAfterSplitting) {
    Properties split = properties(config);
    split.setProperty("annotators", "tokenize,ssplit");
    this.splitter = new StanfordCoreNLP(split);
    Properties rest = properties(config);
    rest.setProperty("annotators", annotatorsAfterSplitting);
    rest.setProperty("enforceRequirements", "false");
    this.pipeline = new StanfordCoreNLP(rest);
    Properties noParse = properties(config);
    noParse.setProperty("annotators", annotatorsAfterSplitting.replace(",depparse", ""));
    noParse.setProperty("enforceRequirements", "false");
    // CoreNLP shares annotator instances between pipelines, so this one costs no second model load
    this.unparsed = config.parse() ? new StanfordCoreNLP(noParse) : pipeline;
    this.maxSentenceTokens = config.maxSentenceTokens();
    this.config = config;
  }

  /**
   * The same tokens, sentences, parts of speech and lemmas without CoreNLP's NER (tokens get {@code
   * O}) or the parser: what CRF training needs, at several times the speed.
   */
  static CoreNlpStage withoutNer(NlpConfig config) {
    return new CoreNlpStage(config.withoutParse(), "pos,lemma");
  }

  static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty(
        "annotators", "tokenize,ssplit,pos,lemma,ner" + (config.parse() ? ",depparse" : ""));
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
    p.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    if (!config.fullNer()) {
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
      p.setProperty("ner.docdate.usePresent", "false");
    }
    return p;
  }

  /**
   * Annotates a text. Sentences longer than the cap are cut into pieces of at most {@code
   * maxSentenceTokens} tokens <em>before</em> tagging and parsing, so a page without full stops (a
   * 5 MB single line) costs time and memory in proportion to its length, never a parse of one
   * enormous sentence.
   */
  public AnnotatedText annotate(String text) {
    Annotation annotation = new Annotation(text);
    splitter.annotate(annotation);
    annotation.set(
        CoreAnnotations.SentencesAnnotation.class,
        bounded(text, annotation.get(CoreAnnotations.SentencesAnnotation.class)));
    // a text over maxParsedChars is tagged but not parsed: parsing a 5 MB page costs minutes and
    // the whole heap; it keeps its entities and the ingest summary says its claims were skipped
    boolean parse = config.parse() && text.length() <= config.maxParsedChars();
    (parse ? pipeline : unparsed).annotate(annotation);
    CoreDocument doc = new CoreDocument(annotation);
    List<NlpSentence> sentences = new ArrayList<>();
    List<NerSpan> spans = new ArrayList<>();
    List<CoreSentence> coreSentences = doc.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreSentence s = coreSentences.get(i);
      List<Token> tokens = new ArrayList<>(s.tokens().size());
      for (CoreLabel t : s.tokens()) {
        tokens.add(
            new Token(
                t.word(),
                t.lemma() == null ? t.word() : t.lemma(),
                t.tag() == null ? "" : t.tag(),
                t.ner() == null ? "O" : t.ner(),
                t.beginPosition(),
                t.endPosition()));
      }
      List<Dependency> edges = parse ? dependencies(s) : List.of();
      List<CoreEntityMention> mentions =
          s.entityMentions() == null ? List.of() : s.entityMentions();
      // A "sentence" longer than the cap (a page with no full stops, a 5 MB single line) is cut
      // into pieces of at most maxSentenceTokens: later stages and the stores then work on
      // bounded units instead of one sentence with hundreds of thousands of mentions.
      for (int from = 0; from < tokens.size(); from += maxSentenceTokens) {
        List<Token> piece = tokens.subList(from, Math.min(tokens.size(), from + maxSentenceTokens));
        int start = piece.get(0).start();
        int end = piece.get(piece.size() - 1).end();
        int index = sentences.size();
        sentences.add(new NlpSentence(index, start, end, piece, edgesWithin(edges, from, piece)));
        for (CoreEntityMention m : mentions) {
          var span = m.charOffsets();
          if (span.first() >= start && span.first() < end) {
            spans.add(
                new NerSpan(
                    index, span.first(), Math.min(end, span.second()), m.text(), m.entityType()));
          }
        }
      }
    }
    return new AnnotatedText(text, sentences, spans, config.parse() && !parse);
  }

  /** The enhanced++ edges of a parsed sentence, with 0-based token indices. */
  private static List<Dependency> dependencies(CoreSentence s) {
    SemanticGraph graph =
        s.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      edges.add(
          new Dependency(
              e.getGovernor().index() - 1,
              e.getDependent().index() - 1,
              e.getRelation().toString()));
    }
    return edges;
  }

  /** The edges that lie inside one piece of a cut sentence, re-indexed to the piece. */
  private static List<Dependency> edgesWithin(List<Dependency> edges, int from, List<Token> piece) {
    if (edges.isEmpty()) {
      return List.of();
    }
    int to = from + piece.size();
    List<Dependency> inside = new ArrayList<>();
    for (Dependency d : edges) {
      boolean governorInside = d.governor() == -1 || (d.governor() >= from && d.governor() < to);
      if (governorInside && d.dependent() >= from && d.dependent() < to) {
        inside.add(
            new Dependency(
                d.governor() == -1 ? -1 : d.governor() - from, d.dependent() - from, d.relation()));
      }
    }
    return inside;
  }

  /** The sentences, each longer one cut into pieces of at most maxSentenceTokens tokens. */
  private List<CoreMap> bounded(String text, List<CoreMap> sentences) {
    if (sentences == null) {
      return List.of();
    }
    List<CoreMap> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxSentenceTokens) {
        out.add(s);
        continue;
      }
      int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (int from = 0; from < tokens.size(); from += maxSentenceTokens) {
        List<CoreLabel> piece =
            new ArrayList<>(
                tokens.subList(from, Math.min(tokens.size(), from + maxSentenceTokens)));
        int begin = piece.getFirst().beginPosition();
        int end = piece.getLast().endPosition();
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, piece);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + from + piece.size());
        out.add(sentence);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap sentence = out.get(i);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int k = 0; k < tokens.size(); k++) {
        tokens.get(k).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
        tokens.get(k).setIndex(k + 1);
      }
    }
    return out;
  }
}
