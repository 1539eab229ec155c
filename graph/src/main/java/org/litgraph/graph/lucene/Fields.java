package org.litgraph.graph.lucene;

/**
 * Every Lucene field name LitGraph uses. The index holds two kinds of Lucene document,
 * distinguished by {@link #TYPE}: one per source document and one per sentence. Both carry {@link
 * #DOCUMENT_ID}, so one {@code updateDocuments} call replaces a document and all its sentences
 * atomically.
 */
final class Fields {
  private Fields() {}

  /** Keyword: {@link #TYPE_DOCUMENT} or {@link #TYPE_SENTENCE}. */
  static final String TYPE = "type";

  static final String TYPE_DOCUMENT = "document";
  static final String TYPE_SENTENCE = "sentence";

  /** Keyword, stored: the source document's id (on both kinds). */
  static final String DOCUMENT_ID = "document_id";

  /** Analyzed, stored: the document title (on both kinds, for display and ranking). */
  static final String TITLE = "title";

  /** Analyzed, stored, with offsets for fast highlighting: the document or sentence text. */
  static final String TEXT = "text";

  /** Stored: document kind, source and ISO publication date. */
  static final String KIND = "kind";

  static final String SOURCE = "source";
  static final String PUBLISHED = "published";

  /**
   * Keyword filters on document entries, for later faceting and filtering ({@code kind:ARTICLE},
   * {@code venue:"N Engl J Med"}, {@code pmid:29768149}, {@code doi:10.1056/...}): indexed
   * untokenised, not stored (the stored copies are {@link #KIND} and {@link #VENUE_STORED}). They
   * get names of their own because Lucene requires one schema per field name.
   */
  static final String KIND_FILTER = "kind_filter";

  static final String VENUE = "venue";
  static final String VENUE_STORED = "venue_stored";
  static final String PMID = "pmid";
  static final String DOI = "doi";

  /** Int point and doc value: the publication year, for range filters and sorting. */
  static final String YEAR = "year";

  /** Stored: the content hash the index was built from (documents only). */
  static final String CONTENT_HASH = "content_hash";

  /** Stored int: the sentence's index in its document (sentences only). */
  static final String SENTENCE_INDEX = "sentence_index";

  /** Keyword, multi-valued: CURIEs of the entities mentioned, for id queries. */
  static final String ENTITY = "entity";

  /**
   * Stored, multi-valued: {@code id TAB category TAB name} for entity chips, most frequent first.
   */
  static final String ENTITY_REF = "entity_ref";

  /** Stored, multi-valued: {@code id TAB start TAB end}, offsets relative to the sentence. */
  static final String MENTION_SPAN = "mention_span";

  /** Keyword, stored: an entity entry's CURIE, for upserts (entity entries only). */
  static final String ENTITY_KEY = "entity_key";

  /**
   * Sorted doc value: the same CURIE, for ranking autocomplete candidates without loading stored
   * fields (a field of its own: entries written before it existed simply lack it).
   */
  static final String ENTITY_KEY_DV = "entity_key_dv";

  static final String TYPE_ENTITY = "entity";

  /** Analyzed without stemming: an entity's name and synonyms, for word-prefix autocomplete. */
  static final String NAME = "name";

  /** Keyword: each name's normalised key (see {@code EntityQueries.nameKey}), for expansion. */
  static final String NAME_KEY = "name_key";

  /** Stored, multi-valued: the preferred name first, then the synonyms. */
  static final String NAMES = "names";

  /** Stored: an entity entry's Biolink category. */
  static final String CATEGORY_STORED = "category_stored";

  /** Keyword, on sentences only: each entity the sentence mentions, counted for autocomplete. */
  static final String MENTIONED = "mentioned";

  /**
   * Filters on documents and sentences (keywords, not stored): categories of mentioned entities,
   * species and study types of the document's claims, the source and its host.
   */
  static final String CATEGORY = "category";

  static final String SPECIES = "species";
  static final String STUDY_TYPE = "study_type";
  static final String SOURCE_KEY = "source_key";

  /** Long point: the publication date as an epoch day (documents and sentences), for ranges. */
  static final String DAY = "day";

  /** Sorted-set doc values on document entries, for facet counting. */
  static final String KIND_DV = "kind_dv";

  static final String CATEGORY_DV = "category_dv";
  static final String SPECIES_DV = "species_dv";
  static final String STUDY_TYPE_DV = "study_type_dv";

  /**
   * Sorted doc value: a stable tie-break after the score ({@code docId} or {@code docId#000012}),
   * so a cursor still points at the same place after the index is merged.
   */
  static final String SORT_KEY = "sort_key";
}
