package org.litgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Document;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Sentence;
import org.litgraph.ingest.claim.ClaimExtractor;
import org.litgraph.ingest.claim.ExtractedClaim;
import org.litgraph.ingest.entity.EntityRecognitionStage;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Runs the NLP and recognition stages on a document's text and assembles the {@link
 * AnnotatedDocument} that the stores take.
 */
final class DocumentAnnotator {
  private final CoreNlpStage nlp;
  private final EntityRecognitionStage recognition;
  private final ClaimExtractor claims = new ClaimExtractor();

  DocumentAnnotator(CoreNlpStage nlp, EntityRecognitionStage recognition) {
    this.nlp = nlp;
    this.recognition = recognition;
  }

  /**
   * @param droppedClaims claims over the per-sentence or per-document cap, not stored
   */
  record Annotated(
      AnnotatedDocument document, int tokens, int droppedClaims, boolean parseSkipped) {}

  Annotated annotate(Document document, String text) {
    return assemble(document, text, nlp(text));
  }

  /**
   * The CoreNLP part alone: what the ingest pipeline overlaps with the previous document's write.
   */
  AnnotatedText nlp(String text) {
    return nlp.annotate(text);
  }

  /** Recognition and claim extraction over CoreNLP's output, and the assembled document. */
  Annotated assemble(Document document, String text, AnnotatedText annotated) {
    List<Sentence> sentences = new ArrayList<>();
    for (NlpSentence s : annotated.sentences()) {
      sentences.add(
          new Sentence(
              document.id(), s.index(), s.start(), s.end(), text.substring(s.start(), s.end())));
    }
    Map<Curie, Entity> entities = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    List<RecognizedMention> recognized = recognition.recognize(annotated);
    for (RecognizedMention m : recognized) {
      entities.putIfAbsent(m.entity().id(), m.entity());
      mentions.add(
          new Mention(
              m.entity().id(),
              document.id(),
              m.sentenceIndex(),
              m.start(),
              m.end(),
              text.substring(m.start(), m.end()),
              m.provenance()));
    }
    ClaimExtractor.Result found = claims.extract(annotated, recognized, document.kind());
    List<Claim> stored = new ArrayList<>();
    for (ExtractedClaim c : found.claims()) {
      stored.add(toClaim(document.id(), c));
    }
    return new Annotated(
        new AnnotatedDocument(
            document, text, sentences, List.copyOf(entities.values()), mentions, stored),
        annotated.tokenCount(),
        found.dropped(),
        annotated.parseSkipped());
  }

  private static Claim toClaim(String documentId, ExtractedClaim c) {
    boolean structural = c.triggerStart() < 0;
    return new Claim(
        c.subject().entity().id(),
        c.predicate(),
        c.object().entity().id(),
        documentId,
        OptionalInt.of(c.sentenceIndex()),
        structural ? OptionalInt.empty() : OptionalInt.of(c.triggerStart()),
        structural ? OptionalInt.empty() : OptionalInt.of(c.triggerEnd()),
        c.provenance(),
        Map.of(),
        c.trigger(),
        c.context());
  }
}
