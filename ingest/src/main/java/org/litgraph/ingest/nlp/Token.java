package org.litgraph.ingest.nlp;

/**
 * One token with its character offsets into the document text.
 *
 * @param ner CoreNLP's coarse named-entity tag ({@code O} when none)
 */
public record Token(String text, String lemma, String pos, String ner, int start, int end) {}
