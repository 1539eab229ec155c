package org.litgraph.graph.lucene;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Sentence;

/** Turns an {@link AnnotatedDocument} into the Lucene documents that represent it. */
final class LuceneDocuments {
  private LuceneDocuments() {}

  /** Analyzed text with offsets in the postings, so the highlighter need not re-analyze. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** The document first, then its sentences in order. */
  static List<Document> toLucene(AnnotatedDocument doc) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    doc.entities().forEach(e -> byId.put(e.id().toString(), e));
    List<Document> out = new ArrayList<>(doc.sentences().size() + 1);
    out.add(documentEntry(doc, byId));
    for (Sentence s : doc.sentences()) {
      out.add(sentenceEntry(doc, s, byId));
    }
    return out;
  }

  private static Document documentEntry(AnnotatedDocument doc, Map<String, Entity> byId) {
    var d = doc.document();
    Document lucene = common(doc, Fields.TYPE_DOCUMENT);
    lucene.add(new Field(Fields.TEXT, doc.text(), TEXT_WITH_OFFSETS));
    lucene.add(new StoredField(Fields.KIND, d.kind().name()));
    lucene.add(new StoredField(Fields.SOURCE, d.source()));
    d.published().ifPresent(p -> lucene.add(new StoredField(Fields.PUBLISHED, p.toString())));
    lucene.add(new StoredField(Fields.CONTENT_HASH, d.contentHash()));
    addFilters(lucene, d);
    addEntities(lucene, doc.mentions(), byId);
    addSearchFilters(lucene, doc, doc.mentions(), byId);
    addFacets(lucene, doc, doc.mentions(), byId);
    lucene.add(new SortedDocValuesField(Fields.SORT_KEY, new BytesRef(d.id())));
    return lucene;
  }

  /**
   * Keyword filters shared by documents and sentences: kind, source (whole and host), date,
   * categories of the entry's own mentions, and the document's species and study types.
   */
  private static void addSearchFilters(
      Document lucene, AnnotatedDocument doc, List<Mention> mentions, Map<String, Entity> byId) {
    var d = doc.document();
    lucene.add(new StringField(Fields.SOURCE_KEY, d.source(), Field.Store.NO));
    host(d.source())
        .ifPresent(h -> lucene.add(new StringField(Fields.SOURCE_KEY, h, Field.Store.NO)));
    d.published()
        .ifPresent(p -> lucene.add(new LongField(Fields.DAY, p.toEpochDay(), Field.Store.NO)));
    categories(mentions, byId)
        .forEach(c -> lucene.add(new StringField(Fields.CATEGORY, c, Field.Store.NO)));
    species(doc).forEach(v -> lucene.add(new StringField(Fields.SPECIES, v, Field.Store.NO)));
    studyTypes(doc).forEach(v -> lucene.add(new StringField(Fields.STUDY_TYPE, v, Field.Store.NO)));
  }

  /** Doc values for facet counting, on document entries only. */
  private static void addFacets(
      Document lucene, AnnotatedDocument doc, List<Mention> mentions, Map<String, Entity> byId) {
    lucene.add(
        new SortedSetDocValuesField(Fields.KIND_DV, new BytesRef(doc.document().kind().name())));
    categories(mentions, byId)
        .forEach(c -> lucene.add(new SortedSetDocValuesField(Fields.CATEGORY_DV, new BytesRef(c))));
    species(doc)
        .forEach(v -> lucene.add(new SortedSetDocValuesField(Fields.SPECIES_DV, new BytesRef(v))));
    studyTypes(doc)
        .forEach(
            v -> lucene.add(new SortedSetDocValuesField(Fields.STUDY_TYPE_DV, new BytesRef(v))));
  }

  private static Set<String> categories(List<Mention> mentions, Map<String, Entity> byId) {
    Set<String> out = new TreeSet<>();
    mentions.forEach(m -> out.add(byId.get(m.entityId().toString()).category().biolinkName()));
    return out;
  }

  private static Set<String> species(AnnotatedDocument doc) {
    Set<String> out = new TreeSet<>();
    doc.claims().forEach(c -> out.addAll(c.context().species()));
    return out;
  }

  /** Study types the claims state; "unknown" says nothing and is left out. */
  private static Set<String> studyTypes(AnnotatedDocument doc) {
    Set<String> out = new TreeSet<>();
    for (Claim c : doc.claims()) {
      if (!"unknown".equals(c.context().studyType())) {
        out.add(c.context().studyType());
      }
    }
    return out;
  }

  /** The host of a URL source, e.g. {@code pubmed.ncbi.nlm.nih.gov}; empty for other sources. */
  static Optional<String> host(String source) {
    try {
      return Optional.ofNullable(URI.create(source).getHost());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Keyword and year fields that later filters use; see {@link Fields#KIND_FILTER}. */
  private static void addFilters(Document lucene, org.litgraph.graph.model.Document d) {
    lucene.add(new StringField(Fields.KIND_FILTER, d.kind().name(), Field.Store.NO));
    d.metadata()
        .venue()
        .ifPresent(
            v -> {
              lucene.add(new StringField(Fields.VENUE, v, Field.Store.NO));
              lucene.add(new StoredField(Fields.VENUE_STORED, v));
            });
    d.metadata()
        .id("pmid")
        .ifPresent(v -> lucene.add(new StringField(Fields.PMID, v, Field.Store.NO)));
    d.metadata()
        .id("doi")
        .ifPresent(v -> lucene.add(new StringField(Fields.DOI, v, Field.Store.NO)));
    d.published()
        .ifPresent(p -> lucene.add(new IntField(Fields.YEAR, p.getYear(), Field.Store.YES)));
  }

  private static Document sentenceEntry(
      AnnotatedDocument doc, Sentence s, Map<String, Entity> byId) {
    Document lucene = common(doc, Fields.TYPE_SENTENCE);
    lucene.add(new Field(Fields.TEXT, s.text(), TEXT_WITH_OFFSETS));
    lucene.add(new StoredField(Fields.SENTENCE_INDEX, s.index()));
    lucene.add(new StringField(Fields.KIND_FILTER, doc.document().kind().name(), Field.Store.NO));
    lucene.add(
        new SortedDocValuesField(
            Fields.SORT_KEY,
            new BytesRef(doc.document().id() + "#" + String.format("%06d", s.index()))));
    List<Mention> mentions = doc.mentionsIn(s.index());
    addEntities(lucene, mentions, byId);
    addSearchFilters(lucene, doc, mentions, byId);
    mentions.stream()
        .map(m -> m.entityId().toString())
        .distinct()
        .forEach(id -> lucene.add(new StringField(Fields.MENTIONED, id, Field.Store.NO)));
    for (Mention m : mentions) {
      lucene.add(
          new StoredField(
              Fields.MENTION_SPAN,
              m.entityId() + "\t" + (m.start() - s.start()) + "\t" + (m.end() - s.start())));
    }
    return lucene;
  }

  private static Document common(AnnotatedDocument doc, String type) {
    Document lucene = new Document();
    lucene.add(new StringField(Fields.TYPE, type, Field.Store.NO));
    lucene.add(new StringField(Fields.DOCUMENT_ID, doc.document().id(), Field.Store.YES));
    lucene.add(new TextField(Fields.TITLE, doc.document().title(), Field.Store.YES));
    return lucene;
  }

  /** Entity keywords for id queries, and stored refs ordered by how often each is mentioned. */
  private static void addEntities(
      Document lucene, List<Mention> mentions, Map<String, Entity> byId) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    mentions.forEach(m -> counts.merge(m.entityId().toString(), 1, Integer::sum));
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(
            e -> {
              Entity entity = byId.get(e.getKey());
              lucene.add(new StringField(Fields.ENTITY, e.getKey(), Field.Store.NO));
              lucene.add(
                  new StoredField(
                      Fields.ENTITY_REF,
                      e.getKey() + "\t" + entity.category().biolinkName() + "\t" + entity.name()));
            });
  }
}
